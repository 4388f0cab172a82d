import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexPath } from '../../../src-main/store/search-index-file';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

describe('searching the library', () => {
  let library: TempLibrary;
  let talks: string;
  let envoys: string;
  let chinese: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-search-');
    // Many articles mention trade talks; one is titled exactly that.
    talks = await library.add('Trade talks', ['Negotiators met again, and officials said progress was slow.']);
    envoys = await library.add('Envoys meet in Beijing', ['Trade talks resumed on Friday. Trade talks are expected to go on. The trade talks stalled over tariffs and talks on trade.']);
    await library.add('Markets fall', ['Investors worried the trade talks would fail, and talks of tariffs spread.']);
    chinese = await library.add('外交部記者會', ['外交部發言人張漢暉說，中國將於周五與各國大使會面。']);
  });
  afterEach(async () => {
    await library.close();
  });

  it('ranks an exact title match first, above articles that repeat the words more often', async () => {
    const { hits } = await library.services.search.search({ query: 'trade talks' });
    expect(hits[0]).toMatchObject({ kind: 'article', articleId: talks, titleHighlights: [{ start: 0, end: 5 }, { start: 6, end: 11 }] });
    expect(hits.map((hit) => hit.articleId)).toContain(envoys);
  });

  it('finds Chinese text by a name, with the highlight on the whole name in the canonical text', async () => {
    const text = (await library.services.articles.get(chinese)).content.text;
    const { hits } = await library.services.search.search({ query: '張漢暉' });
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ kind: 'article', articleId: chinese, passage: rangeOf(text, '張漢暉') });
    expect(hit?.snippet?.highlights).toEqual([rangeOf(text, '張漢暉')]);
    expect(text.slice(hit?.snippet?.start, hit?.snippet?.end)).toBe(hit?.snippet?.text);
    // A name the article does not hold (two of its characters, apart) is not found.
    expect((await library.services.search.search({ query: '張暉' })).hits).toEqual([]);
  });

  it('matches prefixes and small typos, and every word of the query', async () => {
    expect((await library.services.search.search({ query: 'negotiat' })).hits.map((hit) => hit.articleId)).toEqual([talks]);
    expect((await library.services.search.search({ query: 'negociators' })).hits.map((hit) => hit.articleId)).toEqual([talks]);
    expect((await library.services.search.search({ query: 'negotiators tariffs' })).hits).toEqual([]);
    expect((await library.services.search.search({ query: 'the' })).hits).toEqual([]);
  });

  it('finds notes as they are written, changed and deleted, with snippets in the note body', async () => {
    const text = (await library.services.articles.get(envoys)).content.text;
    const { notes, search } = library.services;
    expect((await search.search({ query: 'skeptical' })).hits).toEqual([]);
    const note = await notes.create({ articleId: envoys, range: rangeOf(text, 'stalled over tariffs'), body: 'I am skeptical about this claim.' });
    const { hits } = await search.search({ query: 'skeptical' });
    expect(hits).toEqual([
      expect.objectContaining({ kind: 'note', noteId: note.id, articleId: envoys, passage: rangeOf(text, 'stalled over tariffs'), snippet: expect.objectContaining({ highlights: [{ start: 5, end: 14 }] }) }),
    ]);
    await notes.update({ articleId: envoys, id: note.id, body: 'Now I believe it.' });
    expect((await search.search({ query: 'skeptical' })).hits).toEqual([]);
    expect((await search.search({ query: 'believe' })).hits).toHaveLength(1);
    await notes.remove(envoys, note.id);
    expect((await search.search({ query: 'believe' })).hits).toEqual([]);
    await notes.restore(envoys, note.id);
    expect((await search.search({ query: 'believe' })).hits).toHaveLength(1);
  });

  it('finds a word at the end of a long article, with its snippet and passage there, after a reopen too', async () => {
    const filler = Array.from({ length: 60 }, (_, at) => `Paragraph ${at} repeats what the envoys said about the trade talks at some length, as long reads do.`);
    const id = await library.add('A long read', [...filler, 'At the very end the delegation mentioned a stratosphere balloon.']);
    const text = (await library.services.articles.get(id)).content.text;
    expect(text.indexOf('stratosphere')).toBeGreaterThan(5_000);
    const expectHit = async (query: string) => {
      const { hits } = await library.services.search.search({ query });
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ kind: 'article', articleId: id, passage: rangeOf(text, 'stratosphere') });
      expect(text.slice(hits[0]?.snippet?.start, hits[0]?.snippet?.end)).toBe(hits[0]?.snippet?.text);
    };
    await expectHit('stratosphere balloon');
    await expectHit('stratosph');
    const services = await library.reopen();
    expect((await services.search.search({ query: 'stratosphere balloon' })).hits.map((hit) => hit.articleId)).toEqual([id]);
  });

  it('finds an article imported after the index was built, without reopening', async () => {
    expect((await library.services.search.search({ query: 'zeppelin' })).hits).toEqual([]);
    const id = await library.add('Airships return', ['A zeppelin flew over the city.']);
    expect((await library.services.search.search({ query: 'zeppelin' })).hits.map((hit) => hit.articleId)).toEqual([id]);
  });

  it('saves the index on close and loads it on the next open, up to date with what changed meanwhile', async () => {
    await library.services.search.search({ query: 'talks' });
    const services = await library.reopen();
    const saved = await fs.stat(searchIndexPath(library.dir, 'articles'));
    // Added while the index is not loaded: the next load must notice it.
    const id = await library.add('Airships return', ['A zeppelin flew over the city.']);
    expect((await services.search.search({ query: 'zeppelin' })).hits.map((hit) => hit.articleId)).toEqual([id]);
    expect((await services.search.search({ query: 'negotiators' })).hits.map((hit) => hit.articleId)).toEqual([talks]);
    await library.reopen();
    const updated = await fs.stat(searchIndexPath(library.dir, 'articles'));
    expect(updated.mtimeMs).toBeGreaterThan(saved.mtimeMs);
    // Nothing changed since: the saved index is loaded as it is, not rebuilt and written again.
    await library.services.search.search({ query: 'zeppelin' });
    await library.reopen();
    expect((await fs.stat(searchIndexPath(library.dir, 'articles'))).mtimeMs).toBe(updated.mtimeMs);
  });

  it('answers a search asked while the saved index is still loading, once it has loaded', async () => {
    await library.services.search.search({ query: 'talks' });
    const services = await library.reopen();
    const loading = services.search.prepare();
    const [first, second] = await Promise.all([services.search.search({ query: 'negotiators' }), services.search.search({ query: '張漢暉' })]);
    await loading;
    expect(first.hits.map((hit) => hit.articleId)).toEqual([talks]);
    expect(second.hits.map((hit) => hit.articleId)).toEqual([chinese]);
  });

  it('leaves out an article whose files are gone from the library folder', async () => {
    await library.services.search.search({ query: 'talks' });
    await library.services.store.close();
    await fs.rm(path.join(library.dir, 'articles', envoys), { recursive: true });
    const services = await library.reopen();
    const { hits } = await services.search.search({ query: 'trade talks' });
    expect(hits.map((hit) => hit.articleId)).not.toContain(envoys);
    expect(hits.map((hit) => hit.articleId)).toContain(talks);
  });

  it('drops a deleted article and its notes from the results at once and after a reopen', async () => {
    const text = (await library.services.articles.get(envoys)).content.text;
    await library.services.notes.create({ articleId: envoys, range: rangeOf(text, 'stalled over tariffs'), body: 'Zeppelin envoys' });
    expect((await library.services.search.search({ query: 'zeppelin' })).total).toBe(1);
    await library.services.articles.remove(envoys);
    const found = async () => (await library.services.search.search({ query: 'trade talks zeppelin envoys' })).hits.concat((await library.services.search.search({ query: 'trade talks' })).hits);
    expect((await found()).map((hit) => hit.articleId)).not.toContain(envoys);
    expect((await library.services.search.search({ query: 'zeppelin' })).total).toBe(0);
    await library.reopen();
    expect((await found()).map((hit) => hit.articleId)).not.toContain(envoys);
    expect((await found()).map((hit) => hit.articleId)).toContain(talks);
    expect((await library.services.search.search({ query: 'zeppelin' })).total).toBe(0);
  });

  it.each([
    ['garbled', '{"format": "dateline-sea'],
    ['of another format', JSON.stringify({ format: 'dateline-search-0', fingerprints: {}, index: {} })],
    ['not an index', JSON.stringify({ format: 'x', fingerprints: null, index: 3 })],
  ])('rebuilds a saved index that is %s', async (_what, bytes) => {
    await library.services.search.search({ query: 'talks' });
    await library.services.store.close();
    await fs.writeFile(searchIndexPath(library.dir, 'articles'), bytes);
    await fs.writeFile(searchIndexPath(library.dir, 'notes'), bytes);
    const services = await library.reopen();
    expect((await services.search.search({ query: 'negotiators' })).hits.map((hit) => hit.articleId)).toEqual([talks]);
    await library.reopen();
    const [format, fingerprintLine] = (await fs.readFile(searchIndexPath(library.dir, 'articles'), 'utf8')).split('\n');
    expect(format).toMatch(/^dateline-search-/);
    const fingerprints = JSON.parse(fingerprintLine ?? '') as Record<string, string>;
    expect(Object.keys(fingerprints)).toHaveLength(4);
    expect(Object.keys(fingerprints)).toEqual(expect.arrayContaining([talks, envoys, chinese]));
  });
});

describe('the search index status', () => {
  it('says how many articles it has indexed while it builds, and ready once it has', async () => {
    const library = await openTempLibrary('dateline-search-status-');
    try {
      for (let at = 0; at < 5; at += 1) await library.add(`Report ${at}`, [`Paragraph ${at} of the report.`]);
      const { search } = library.services;
      const seen: string[] = [];
      const prepared = search.prepare();
      let done = false;
      void prepared.then(() => (done = true));
      while (!done) {
        const { phase, done: indexed, total } = search.status();
        seen.push(`${phase} ${indexed}/${total}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(seen).toContain('indexing 3/5');
      expect(seen.filter((each) => each.startsWith('indexing')).every((each) => each.endsWith('/5'))).toBe(true);
      expect(search.status()).toEqual({ phase: 'ready', done: 0, total: 0 });
    } finally {
      await library.close();
    }
  });
});
