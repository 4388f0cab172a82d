import { describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS, ARTICLE_QUERY } from '../../../src-main/services/search-index';
import { RankedQuery, type SearchableIndex } from '../../../src-main/services/search-query';
import { TextIndex } from '../../../src-main/services/search-text-index';
import { loadTextIndex, textIndexLines } from '../../../src-main/services/search-text-persist';

const immediately = () => Promise.resolve();

/** 400 documents of made-up words: enough words and postings for several saved lines when the lines are small. */
function filled(count = 400): TextIndex {
  const index = new TextIndex(ARTICLE_FIELDS);
  for (let doc = 0; doc < count; doc += 1) {
    const words = Array.from({ length: 30 }, (_, at) => `w${((doc * 7 + at * 13) % 997).toString(36)}z`);
    index.add(`d${doc}`, { title: `Report ${doc}`, meta: doc % 2 === 0 ? 'Reuters' : 'AP', text: `${words.join(' ')} common ${doc % 10 === 0 ? 'rare' : ''}` });
  }
  return index;
}

function results(index: SearchableIndex, query: string): [string, number][] {
  const search = new RankedQuery(index, query, ARTICLE_QUERY);
  const found: [string, number][] = [];
  search.forEachMatch((doc, score) => found.push([search.idOf(doc), Math.round(score * 1e9) / 1e9]));
  return found.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

async function linesOf(index: TextIndex): Promise<string[]> {
  await index.pack(immediately);
  const lines: string[] = [];
  for await (const line of textIndexLines(index.snapshot(), immediately)) lines.push(line);
  return lines;
}

const QUERIES = ['common rare', 'w1z', 'reuters report', 'w2z', 'repor', 'commn', 'nothing'];

describe('the packed full-text index', () => {
  it('saves and loads back into an index that answers every query the same', async () => {
    const index = filled();
    index.discard('d3');
    const loaded = await loadTextIndex(await linesOf(index), ARTICLE_FIELDS, immediately);
    expect(loaded).not.toBeNull();
    for (const query of QUERIES) expect(results(loaded as TextIndex, query)).toEqual(results(index, query));
    expect(results(loaded as TextIndex, 'report').map(([id]) => id)).not.toContain('d3');
    expect(loaded?.documentCount).toBe(399);
    // The loaded index goes on indexing, and the new words are found by prefix too.
    loaded?.add('fresh', { title: 'Zeppelins return', meta: '', text: 'common' });
    expect(results(loaded as TextIndex, 'zeppeli').map(([id]) => id)).toEqual(['fresh']);
  });

  it('answers null for lines that are not a saved index of its fields, or are cut short', async () => {
    const lines = await linesOf(filled());
    expect(await loadTextIndex(lines.slice(0, -1), ARTICLE_FIELDS, immediately)).toBeNull();
    expect(await loadTextIndex(['{"version": 1}'], ARTICLE_FIELDS, immediately)).toBeNull();
    expect(await loadTextIndex([], ARTICLE_FIELDS, immediately)).toBeNull();
    expect(await loadTextIndex(lines, ['title', 'text'], immediately)).toBeNull();
  });

  it('drops the postings of discarded documents once they are a large share, and still finds the rest', async () => {
    const index = filled();
    await index.pack(immediately);
    const before = index.snapshot().packed[2]?.bytes.length ?? 0;
    const expected = new Map(QUERIES.map((query) => [query, results(index, query).filter(([id]) => Number(id.slice(1)) % 2 === 1).map(([id]) => id)]));
    for (let doc = 0; doc < 400; doc += 2) index.discard(`d${doc}`);
    await index.pack(immediately);
    expect(index.snapshot().packed[2]?.bytes.length).toBeLessThan(before * 0.6);
    for (const query of QUERIES) expect(results(index, query).map(([id]) => id)).toEqual(expected.get(query));
    // What a vacuum dropped is not counted again: the next pack copies the runs instead of rewriting them.
    expect(index.discardedCount).toBe(0);
    index.discard('d1');
    expect(index.discardedCount).toBe(1);
    const loaded = await loadTextIndex(await linesOf(index), ARTICLE_FIELDS, immediately);
    expect(loaded?.discardedCount).toBe(1);
  });

  it('finds a re-indexed document by its new words only', () => {
    const index = filled(10);
    index.add('d1', { title: 'Corrected', meta: '', text: 'balloon' });
    expect(results(index, 'balloon').map(([id]) => id)).toEqual(['d1']);
    expect(results(index, 'report').map(([id]) => id)).not.toContain('d1');
    expect(index.documentCount).toBe(10);
  });
});

describe('the packed full-text index while it packs', () => {
  it('finds the same documents at every pause of a pack, and what is added meanwhile', async () => {
    // More words than a pack handles between two pauses.
    const index = filled(300);
    for (let doc = 0; doc < 2_000; doc += 1) index.add(`v${doc}`, { title: '', meta: '', text: Array.from({ length: 10 }, (_, at) => `u${doc}x${at}`).join(' ') });
    const queries = [...QUERIES, 'u1999x9', 'u12x'];
    const ids = (query: string) => results(index, query).map(([id]) => id);
    const expected = new Map(queries.map((query) => [query, ids(query)]));
    let pauses = 0;
    await index.pack(async () => {
      pauses += 1;
      for (const query of queries) expect(ids(query)).toEqual(expected.get(query));
      if (pauses === 2) index.add('late', { title: 'Zeppelins', meta: '', text: 'airship' });
      if (pauses >= 2) expect(ids('zeppel')).toEqual(['late']);
    });
    expect(pauses).toBeGreaterThan(3);
    expect(ids('zeppel')).toEqual(['late']);
    expect(ids('airship')).toEqual(['late']);
    // Added while the title field was being packed: its title waits for the next pack, its text went into this one.
    expect(index.pendingPostings).toBe(1);
    await index.pack(async () => undefined);
    expect(index.pendingPostings).toBe(0);
    expect(ids('zeppel')).toEqual(['late']);
  });
});
