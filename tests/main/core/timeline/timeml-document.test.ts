import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_FOLDER } from '../../../support/shared-folder';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeMlDocument } from '../../../../src-main/core/timeline/timeml-document';

const SHARED = SHARED_FOLDER ?? '';
const CORPUS = path.join(SHARED, 'corpora/tempeval3-tbaq/TimeBank');

describe('parseTimeMlDocument', () => {
  it('keeps the TEXT element\'s text with tags removed and entities decoded', () => {
    const xml = `<?xml version="1.0"?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/98</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; &#x263A; <![CDATA[a<b]]>.
</TEXT></TimeML>`;
    const document = parseTimeMlDocument(xml);
    expect(document.dct).toBe('1998-08-07');
    expect(document.text).toBe('\nBombs exploded Friday & ☺ a<b.\n');
  });

  it('takes the DCT from the first TIMEX3 in DCT when none is marked CREATION_TIME, and fails without TEXT', () => {
    expect(parseTimeMlDocument('<DCT><TIMEX3 tid="t9" value="1989-11-02">Nov 2</TIMEX3></DCT><TEXT>x</TEXT>').dct).toBe('1989-11-02');
    expect(parseTimeMlDocument('<TEXT>x</TEXT>').dct).toBeNull();
    expect(() => parseTimeMlDocument('<DCT></DCT>')).toThrow(/no <TEXT>/);
  });

  it.runIf(existsSync(CORPUS))('agrees with the shared scorer on the corpus text and DCT', async () => {
    const scorer = (await import(pathToFileURL(path.join(SHARED, 'tools/te3-eval.mjs')).href)) as {
      parseTml: (xml: string, name: string) => { text: string; dct: string | null };
    };
    const names = readdirSync(CORPUS).filter((name) => name.endsWith('.tml'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const xml = readFileSync(path.join(CORPUS, name), 'utf8');
      const expected = scorer.parseTml(xml, name);
      expect(parseTimeMlDocument(xml), name).toEqual({ text: expected.text, dct: expected.dct });
    }
  });
});
