import * as fs from 'node:fs/promises';
import path from 'node:path';
import { Parser, type Node } from 'commonmark';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importAnnotations } from '../../../src-main/services/import-annotations';
import type { Note } from '../../../src-main/shared/annotation';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';
import { HAS_W3C_SCHEMAS, loadMustAssertions } from '../support/w3c-annotation-validator';

const PARAGRAPHS = [
  'The ministry said on Friday that *envoys* met [privately] in Beijing & Shanghai.',
  '1. A numbered claim, # not a heading, and <b>not markup</b> either.',
  'Deputy Minister Zhang Hanhui (張漢暉) spoke last.',
];

/** Every note record of the library, by id, as stored. */
async function storedNotes(library: TempLibrary): Promise<Note[]> {
  const all: Note[] = [];
  for (const articleId of await library.services.store.notes.articleIds()) all.push(...(await library.services.store.notes.list(articleId)));
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** The text of a CommonMark node and its children (soft breaks as spaces). */
function textOf(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    if (event.node.type === 'text' || event.node.type === 'code') text += event.node.literal ?? '';
    if (event.node.type === 'softbreak') text += ' ';
  }
  return text;
}

describe('exporting and importing notes', () => {
  let library: TempLibrary;
  let articleId: string;
  let text: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-export-');
    articleId = await library.add('Envoys meet in Beijing', PARAGRAPHS);
    text = (await library.services.articles.get(articleId)).content.text;
    const { notes } = library.services;
    await notes.create({ articleId, range: rangeOf(text, 'that *envoys* met [privately]'), body: 'Which **envoys**?\n\n- one\n- two', color: 'blue', tags: ['diplomacy', 'open question'] });
    await notes.create({ articleId, range: rangeOf(text, '1. A numbered claim, # not a heading, and <b>not markup</b>'), body: '', color: 'green' });
    await notes.create({ articleId, range: null, body: 'About the whole piece.', tags: ['xinjiang'] });
    await library.services.tags.add(articleId, 'China');
  });
  afterEach(async () => {
    await library.close();
  });

  it.runIf(HAS_W3C_SCHEMAS)('writes JSON-LD that passes every W3C MUST assertion, for the collection, its page and each annotation', async () => {
    const [file] = await library.services.exports.build({ articleId }, 'jsonld');
    const document = JSON.parse(file?.content ?? '') as { first: { items: unknown[] } };
    expect(document.first.items).toHaveLength(3);
    expect(loadMustAssertions('collections/collectionMusts.test').check(document)).toEqual([]);
    expect(loadMustAssertions('collections/pages/pageMusts.test').check(document)).toEqual([]);
    const annotationMusts = loadMustAssertions('annotations/annotationMusts.test');
    for (const item of document.first.items) expect(annotationMusts.check(item)).toEqual([]);
    // The check can fail: an annotation without its target breaks a MUST.
    expect(annotationMusts.check({ ...(document.first.items[0] as object), target: undefined, id: 'not a uri' }).length).toBeGreaterThan(0);
  });

  it('imports its own JSON-LD into an empty library with the same article to exactly the same notes', async () => {
    const before = await storedNotes(library);
    const [out] = await library.services.exports.write({ all: true }, 'jsonld', path.join(library.dir, '..', `${path.basename(library.dir)}-notes.jsonld`));
    const other = await openTempLibrary('dateline-import-');
    try {
      await other.add('Envoys meet in Beijing', PARAGRAPHS);
      const summary = await importAnnotations(other.services.store, out as string);
      expect(summary).toEqual({ imported: 3, updated: 0, unchanged: 0, skipped: [] });
      expect(await storedNotes(other)).toEqual(before);
      // A second import changes nothing.
      expect(await importAnnotations(other.services.store, out as string)).toEqual({ imported: 0, updated: 0, unchanged: 3, skipped: [] });
    } finally {
      await other.close();
      await fs.rm(out as string, { force: true });
    }
  });

  it('skips annotations of articles the library does not have, and says why', async () => {
    const [file] = await library.services.exports.build({ articleId }, 'jsonld');
    const other = await openTempLibrary('dateline-import-');
    const out = path.join(other.dir, 'notes.jsonld');
    try {
      await fs.writeFile(out, file?.content ?? '');
      const summary = await importAnnotations(other.services.store, out);
      expect(summary.imported).toBe(0);
      expect(summary.skipped).toHaveLength(3);
      expect(summary.skipped[0]?.reason).toContain('import the article first');
    } finally {
      await other.close();
    }
  });

  it('writes Markdown whose YAML front matter parses and whose quotes read back as the article’s words', async () => {
    const [file] = await library.services.exports.build({ articleId }, 'md');
    const content = file?.content ?? '';
    expect(file?.name).toBe('Envoys meet in Beijing.md');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
    expect(match).not.toBeNull();
    const front = parseYaml(match?.[1] ?? '') as Record<string, unknown>;
    expect(front).toMatchObject({ title: 'Envoys meet in Beijing', source: 'Reuters', published: '2019-02-25', dateline: `dateline://article/${articleId}`, tags: ['China'] });

    const document = new Parser().parse(match?.[2] ?? '');
    const quotes: string[] = [];
    const links: string[] = [];
    const walker = document.walker();
    for (let event = walker.next(); event; event = walker.next()) {
      if (!event.entering) continue;
      if (event.node.type === 'block_quote') quotes.push(textOf(event.node));
      if (event.node.type === 'link') links.push(event.node.destination ?? '');
    }
    expect(quotes).toEqual(['that *envoys* met [privately]', '1. A numbered claim, # not a heading, and <b>not markup</b>']);
    expect(links).toContain(`dateline://article/${articleId}`);
    // The note body stays Markdown: its bold and its list are parsed as such.
    expect(match?.[2]).toContain('Which **envoys**?\n\n- one\n- two');
    expect(match?.[2]).toContain('#diplomacy #open-question');
  });

  it('writes one Markdown file per article with notes into a folder, with safe names', async () => {
    const hostile = await library.add('CON', ['Paragraph about CON.']);
    const hostileText = (await library.services.articles.get(hostile)).content.text;
    await library.services.notes.create({ articleId: hostile, range: rangeOf(hostileText, 'Paragraph'), body: 'x' });
    await library.add('../../etc/passwd', ['No notes here.']);
    const folder = path.join(library.dir, 'export');
    const written = await library.services.exports.write({ all: true }, 'md', folder);
    expect(written.map((file) => path.basename(file)).sort()).toEqual(['CON_.md', 'Envoys meet in Beijing.md']);
    for (const file of written) expect(path.dirname(file)).toBe(folder);
  });
});
