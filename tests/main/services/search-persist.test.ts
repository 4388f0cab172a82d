import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { NOTE_INDEX_OPTIONS } from '../../../src-main/services/search-index';
import { indexLines, loadIndexLines } from '../../../src-main/services/search-persist';

/** A MiniSearch of three fields and nothing stored. */
const ARTICLE_INDEX_OPTIONS: Options = { fields: ['title', 'meta', 'text'], storeFields: [] };

/** An index of 3,000 distinct made-up words over 300 documents: more terms than one saved line holds. */
function bigIndex(): MiniSearch {
  const index = new MiniSearch(ARTICLE_INDEX_OPTIONS);
  for (let doc = 0; doc < 300; doc += 1) {
    const words = Array.from({ length: 10 }, (_, at) => `w${(doc * 10 + at).toString(36)}x`);
    index.add({ id: `d${doc}`, title: `Title ${doc}`, meta: 'Reuters', text: `${words.join(' ')} common` });
  }
  return index;
}

async function linesOf(index: MiniSearch): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of indexLines(index)) lines.push(line);
  return lines;
}

/** MiniSearch's own serialisation with its terms sorted (a radix tree lists them in the order it grew). */
function snapshot(index: MiniSearch): unknown {
  const js = JSON.parse(JSON.stringify(index)) as { index: [string, unknown][] };
  return { ...js, index: js.index.sort(([a], [b]) => (a < b ? -1 : 1)) };
}

const search = (index: MiniSearch, query: string) => index.search(query).map((result) => [result.id, result.score]);

describe('saving a search index as lines', () => {
  it('cuts the terms into several lines and loads them back into the same index', async () => {
    const index = bigIndex();
    index.discard('d7');
    await index.vacuum();
    const lines = await linesOf(index);
    expect(lines.length).toBeGreaterThan(3);
    const loaded = await loadIndexLines(lines, ARTICLE_INDEX_OPTIONS);
    expect(loaded?.documentCount).toBe(299);
    expect(loaded?.termCount).toBe(index.termCount);
    for (const query of ['common', 'title', `w${(55).toString(36)}x`, `w${(75).toString(36)}x`]) expect(search(loaded as MiniSearch, query)).toEqual(search(index, query));
    expect(snapshot(loaded as MiniSearch)).toEqual(snapshot(index));
  });

  it('keeps the stored fields of more documents than one line holds', async () => {
    const index = new MiniSearch(NOTE_INDEX_OPTIONS);
    index.addAll(Array.from({ length: 4_500 }, (_, at) => ({ id: `n${at}`, articleId: `a${at % 7}`, body: `Note ${at} on “quotes” and 張漢暉`, quote: 'q', tags: '', passage: `${at}:${at + 5}` })));
    const lines = await linesOf(index);
    const loaded = (await loadIndexLines(lines, NOTE_INDEX_OPTIONS)) as MiniSearch;
    expect(snapshot(loaded)).toEqual(snapshot(index));
    expect(loaded.getStoredFields('n4321')).toEqual({ articleId: 'a2', body: 'Note 4321 on “quotes” and 張漢暉', passage: '4321:4326' });
  });

  it('lets other work run between lines while it loads', async () => {
    const lines = await linesOf(bigIndex());
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const loading = loadIndexLines(lines, ARTICLE_INDEX_OPTIONS);
    let isLoaded = false;
    void loading.then(() => (isLoaded = true));
    await new Promise((resolve) => setImmediate(resolve));
    // Loading has started but not finished in one go: the event loop turned in between.
    expect(isLoaded).toBe(false);
    await loading;
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
  });

  it('answers null for lines that are not an index, or are damaged part way', async () => {
    const lines = await linesOf(bigIndex());
    expect(await loadIndexLines(['{"nope": 1}'], ARTICLE_INDEX_OPTIONS)).toBeNull();
    expect(await loadIndexLines([], ARTICLE_INDEX_OPTIONS)).toBeNull();
    expect(await loadIndexLines([...lines.slice(0, 2), '[["abc", {"0": ', ...lines.slice(3)], ARTICLE_INDEX_OPTIONS)).toBeNull();
  });
});
