import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatelineApi } from '../../../src-renderer/lib/api';
import { findAll, splitHighlights } from '../../../src-renderer/lib/highlight-text';
import { LibraryState } from '../../../src-renderer/lib/state/library-state.svelte';
import { SearchState, STATUS_DELAY_MS } from '../../../src-renderer/lib/state/search-state.svelte';
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

describe('a search that waits for the index', () => {
  it('says what it waits for, not that nothing matches, and shows the hits once they come', async () => {
    vi.useFakeTimers();
    try {
      let answer: (value: unknown) => void = () => undefined;
      let asked = 0;
      const statuses = [
        { phase: 'loading', done: 0, total: 0 },
        { phase: 'indexing', done: 1_200, total: 10_000 },
      ];
      const api = {
        search: {
          query: () => new Promise((resolve) => (answer = resolve)),
          status: async () => {
            asked += 1;
            return { ok: true, value: statuses.shift() ?? { phase: 'ready', done: 0, total: 0 } };
          },
        },
      } as unknown as DatelineApi;
      const search = new SearchState(api);
      search.type('zeppelin');
      const running = search.run();
      expect(search.isSearching).toBe(true);
      expect(search.waitingFor).toBeNull();
      await vi.advanceTimersByTimeAsync(STATUS_DELAY_MS + 1);
      expect(search.waitingFor).toEqual({ phase: 'loading', done: 0, total: 0 });
      await vi.advanceTimersByTimeAsync(STATUS_DELAY_MS);
      expect(search.waitingFor).toEqual({ phase: 'indexing', done: 1_200, total: 10_000 });
      answer({ ok: true, value: { hits: [], total: 0 } });
      await running;
      expect(search.isSearching).toBe(false);
      expect(search.waitingFor).toBeNull();
      // Answered: no more asking.
      const askedBefore = asked;
      await vi.advanceTimersByTimeAsync(STATUS_DELAY_MS * 3);
      expect(asked).toBe(askedBefore);
      expect(search.waitingFor).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
