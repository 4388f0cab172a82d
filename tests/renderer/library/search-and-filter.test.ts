import { afterEach, describe, expect, it } from 'vitest';
import { findAll, splitHighlights } from '../../../src-renderer/lib/highlight-text';
import { LibraryState } from '../../../src-renderer/lib/state/library-state.svelte';
import { SearchState } from '../../../src-renderer/lib/state/search-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('splitHighlights and findAll', () => {
  it('marks the matched words of a snippet placed in its source', () => {
    expect(splitHighlights('the ministry said', 100, [{ start: 104, end: 112 }])).toEqual([
      { text: 'the ', isMatch: false },
      { text: 'ministry', isMatch: true },
      { text: ' said', isMatch: false },
    ]);
    expect(splitHighlights('abc', 0, [{ start: 1, end: 9 }, { start: 0, end: 2 }])).toEqual([{ text: 'ab', isMatch: true }, { text: 'c', isMatch: true }]);
  });

  it('finds every match regardless of case, and nothing for no words', () => {
    expect(findAll('China, china and CHINA', 'china')).toEqual([{ start: 0, end: 5 }, { start: 7, end: 12 }, { start: 17, end: 22 }]);
    expect(findAll('text', '  ')).toEqual([]);
  });
});

describe('SearchState and LibraryState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('finds the seed by a word of its text and by its CJK name, and says when nothing matches', async () => {
    real = await openRealApi();
    const search = new SearchState(real.api);
    search.type('Xinjiang');
    await search.run();
    expect(search.hits[0]).toMatchObject({ kind: 'article', articleId: real.services.articles.list()[0]?.id });
    search.type('張漢暉');
    await search.run();
    expect(search.hits.length).toBeGreaterThan(0);
    search.type('zzzqqq');
    await search.run();
    expect(search.hits).toEqual([]);
  });

  it('tags an article, filters by the tag, and keeps the open article while filtering', async () => {
    real = await openRealApi();
    const library = new LibraryState(real.api);
    await library.load();
    const id = library.selectedId ?? '';
    expect(await library.setTag(id, 'xinjiang', true)).toBeNull();
    expect(library.tagsOf(id)).toEqual(['xinjiang']);
    expect(library.tags).toEqual([{ tag: 'xinjiang', articles: 1 }]);
    await library.setFilter({ tag: 'xinjiang' });
    expect(library.articles.map((article) => article.id)).toEqual([id]);
    await library.setFilter({ text: 'no such words here' });
    expect(library.articles).toEqual([]);
    expect(library.selectedId).toBe(id);
    await library.setFilter({ text: undefined, tag: undefined });
    expect(await library.setTag(id, 'xinjiang', false)).toBeNull();
    expect(library.tagsOf(id)).toEqual([]);
  });
});
