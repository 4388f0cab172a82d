import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_W3C_SCHEMAS, loadMustAssertions, W3C_SCHEMAS } from '../support/w3c-annotation-validator';

/** Samples the corpus README says use classes removed from the model before it became a Recommendation. */
const WITHDRAWN = new Set(['anno11.json', 'anno12.json', 'anno13.json']);

function samples(folder: 'correct' | 'incorrect'): { name: string; document: unknown }[] {
  return fs
    .readdirSync(path.join(W3C_SCHEMAS, 'samples', folder))
    .filter((name) => name.startsWith('anno') && !WITHDRAWN.has(name))
    .flatMap((name) => {
      try {
        return [{ name, document: JSON.parse(fs.readFileSync(path.join(W3C_SCHEMAS, 'samples', folder, name), 'utf8')) as unknown }];
      } catch {
        return []; // Some incorrect samples are not JSON at all; they test parsers, not schemas.
      }
    });
}

describe.runIf(HAS_W3C_SCHEMAS)('the W3C MUST assertions as this project runs them', () => {
  const annotationMusts = loadMustAssertions('annotations/annotationMusts.test');

  it('compiles all 54 MUST assertions for an annotation', () => {
    expect(annotationMusts.count).toBe(54);
  });

  it('passes the working group’s correct sample annotations', () => {
    const correct = samples('correct');
    expect(correct.length).toBeGreaterThan(30);
    for (const { name, document } of correct) expect({ name, failures: annotationMusts.check(document) }).toEqual({ name, failures: [] });
  });

  it('fails most of the incorrect sample annotations that are JSON, so it can catch a bad export', () => {
    const incorrect = samples('incorrect');
    const caught = incorrect.filter(({ document }) => annotationMusts.check(document).length > 0);
    expect(incorrect.length).toBeGreaterThan(10);
    expect(caught.length / incorrect.length).toBeGreaterThan(0.8);
  });
});
