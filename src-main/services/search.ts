import type MiniSearch from 'minisearch';
import type { ArticleMeta } from '../shared/article';
import type { SearchQuery, SearchResult, SearchStatus } from '../shared/search';
import type { LibraryStore } from '../store/library-store';
import { readSearchIndexFile, searchIndexPath, writeSearchIndexFile } from '../store/search-index-file';
import type { StoreChange } from '../store/store-events';
import { belongsAmong, describeHit, isSameTitle, keepBest, type RankedHit, TextCache } from './search-hits';
import { ARTICLE_FIELDS, ARTICLE_INDEX_FORMAT, ARTICLE_QUERY, NOTE_INDEX_FORMAT, NOTE_INDEX_OPTIONS, NOTE_QUERY, newArticleIndex, newNoteIndex } from './search-index';
import { indexLines, loadIndexLines, pause } from './search-persist';
import { miniSearchIndex, RankedQuery } from './search-query';
import { SearchSync } from './search-sync';
import { PACK_AFTER_POSTINGS, type TextIndex } from './search-text-index';
import { loadTextIndex, textIndexLines } from './search-text-persist';

/** How long after the last change each index is saved: notes change often and are cheap to save. */
const SAVE_DELAY_MS = { articles: 10_000, notes: 1_500 } as const;
const DEFAULT_LIMIT = 10;

type IndexName = 'articles' | 'notes';

interface Loaded {
  articles: TextIndex;
  notes: MiniSearch;
  sync: SearchSync;
}

/**
 * Full-text search over articles (title, source and every word of the text: a packed index of
 * our own, search-text-index.ts) and notes (MiniSearch), in the main process.
 * The index is derived data: loaded from `.local/search/` on first use (or built when missing,
 * damaged or of another format), brought up to date with the library, kept up to date from the
 * store's change feed, and saved a little after changes and when the library closes.
 */
export class SearchService {
  private loading: Promise<Loaded> | null = null;
  /** Index updates and saves, one at a time after the index is loaded: a save never sees the index change under it. */
  private work: Promise<unknown> = Promise.resolve();
  /** Settles when the last update asked for has been applied: what a search waits for (not for saves). */
  private applied: Promise<unknown> = Promise.resolve();
  private readonly dirty = new Set<IndexName>();
  private readonly timers = new Map<IndexName, NodeJS.Timeout>();
  private readonly texts: TextCache;
  private progress: SearchStatus = { phase: 'loading', done: 0, total: 0 };
  private isLoaded = false;

  /** @param store the open library; the service follows its changes from now on */
  constructor(private readonly store: LibraryStore) {
    this.texts = new TextCache(store);
    store.events.subscribe((change) => this.follow(change));
    store.events.onClose(() => this.close());
  }

  /** Loads (or builds) the index now rather than on the first search; resolves when it is up to date. */
  async prepare(): Promise<void> {
    await this.ready();
  }

  /**
   * The hits for `query`: an article whose title is exactly the query first, then by relevance
   * (BM25, titles weighing most; words matched by prefix and with small typos count for less).
   * Every word of the query must match. An empty query finds nothing.
   */
  async search({ query, limit = DEFAULT_LIMIT, kinds = ['article', 'note'] }: SearchQuery): Promise<SearchResult> {
    const index = await this.ready();
    const best: RankedHit[] = [];
    let total = 0;
    if (kinds.includes('article')) total += this.rankArticles(index.articles, query, best, limit);
    if (kinds.includes('note')) total += this.rankNotes(index.notes, query, best, limit);
    const hits = await Promise.all(best.map((hit) => describeHit(this.store, this.texts, hit)));
    return { hits: hits.filter((hit) => hit !== null), total };
  }

  /**
   * Adds the best article hits to `best`; answers how many articles matched. The article index
   * holds exactly the library's articles once its updates are applied (a removed article is
   * dropped by its change event, or by the reconciliation on load), so only the hits that may be
   * kept are looked up in the library: a word found in every article costs no lookup per match.
   */
  private rankArticles(index: TextIndex, query: string, best: RankedHit[], limit: number): number {
    const ranked = new RankedQuery(index, query, ARTICLE_QUERY);
    let total = 0;
    ranked.forEachMatch((shortId, score) => {
      total += 1;
      let meta: ArticleMeta | null = null;
      let isExactTitle = false;
      if (ranked.mayEqualField(shortId, 'title')) {
        meta = this.store.findArticle(ranked.idOf(shortId));
        isExactTitle = meta !== null && isSameTitle(query, meta.title);
      }
      const worst = best.length >= limit ? best.at(-1) : undefined;
      if (worst && !isExactTitle && (worst.isExactTitle || score < worst.score)) return;
      meta ??= this.store.findArticle(ranked.idOf(shortId));
      if (!meta) {
        total -= 1;
        return;
      }
      if (belongsAmong(best, { isExactTitle, score, id: meta.id }, limit)) keepBest(best, { kind: 'article', id: meta.id, articleId: meta.id, score, isExactTitle, shortId, query: ranked }, limit);
    });
    return total;
  }

  /** Adds the best note hits to `best`; answers how many notes (of articles still in the library) matched. */
  private rankNotes(index: MiniSearch, query: string, best: RankedHit[], limit: number): number {
    const ranked = new RankedQuery(miniSearchIndex(index), query, NOTE_QUERY);
    let total = 0;
    ranked.forEachMatch((shortId, score) => {
      const articleId = String(ranked.storedOf(shortId).articleId);
      if (!this.store.findArticle(articleId)) return;
      total += 1;
      const id = ranked.idOf(shortId);
      if (belongsAmong(best, { isExactTitle: false, score, id }, limit)) keepBest(best, { kind: 'note', id, articleId, score, isExactTitle: false, shortId, query: ranked }, limit);
    });
    return total;
  }

  /** Where the index stands: loading, indexing (how many of how many articles), or ready. */
  status(): SearchStatus {
    return this.isLoaded ? { phase: 'ready', done: 0, total: 0 } : { ...this.progress };
  }

  /** Saves whatever changed and stops the save timers (the store calls it when it closes). */
  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (!this.loading) return;
    await Promise.all([...this.dirty].map((name) => this.enqueue(() => this.save(name))));
  }

  private ready(): Promise<Loaded> {
    if (!this.loading) {
      const loading = this.load();
      this.loading = loading;
      // A load that fails (a disk error) is tried again by the next search.
      this.work = loading.catch(() => {
        if (this.loading === loading) this.loading = null;
      });
      this.applied = this.work;
    }
    const loading = this.loading;
    return this.applied.then(() => loading);
  }

  /** Runs `task` after every update and save asked for before it. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task);
    this.work = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Loaded> {
    this.progress = { phase: 'loading', done: 0, total: 0 };
    const [articleFile, noteFile] = await Promise.all([
      readSearchIndexFile(searchIndexPath(this.store.dir, 'articles'), ARTICLE_INDEX_FORMAT),
      readSearchIndexFile(searchIndexPath(this.store.dir, 'notes'), NOTE_INDEX_FORMAT),
    ]);
    // One after the other: each holds its parsed lines and new postings while it loads.
    const articles = (articleFile && (await loadTextIndex(articleFile.lines, ARTICLE_FIELDS, pause))) ?? newArticleIndex();
    const notes = (noteFile && (await loadIndexLines(noteFile.lines, NOTE_INDEX_OPTIONS))) ?? newNoteIndex();
    // Fingerprints are trusted only beside the index they describe.
    const sync = new SearchSync(this.store, articles, notes, articles.documentCount > 0 ? (articleFile?.fingerprints ?? {}) : {}, notes.documentCount > 0 ? (noteFile?.fingerprints ?? {}) : {});
    const indexing = (done: number, total: number) => (this.progress = { phase: 'indexing', done, total });
    if ((await sync.reconcileArticles(indexing)) || !articleFile) this.markDirty('articles');
    if ((await sync.reconcileNotes()) || !noteFile) this.markDirty('notes');
    this.isLoaded = true;
    return { articles, notes, sync };
  }

  /** Applies a library change once the index is loaded; before that, loading will see it on disk. */
  private follow(change: StoreChange): void {
    if (!this.loading || (change.kind !== 'article' && change.kind !== 'note')) return;
    const apply = async () => {
      const { sync, articles } = await (this.loading as Promise<Loaded>);
      if (change.kind === 'article') {
        await sync.indexArticle(change.articleId);
        // A long import adds thousands of articles before the index is next saved: pack as they pile up.
        if (articles.pendingPostings >= PACK_AFTER_POSTINGS) await articles.pack(pause);
      } else await sync.applyNote(change.note);
      this.markDirty(change.kind === 'article' ? 'articles' : 'notes');
    };
    this.applied = this.enqueue(apply).catch((error: unknown) => console.error('Updating the search index failed', error));
  }

  private markDirty(name: IndexName): void {
    if (this.store.isReadOnly) return;
    this.dirty.add(name);
    clearTimeout(this.timers.get(name));
    const timer = setTimeout(() => {
      this.timers.delete(name);
      void this.enqueue(() => this.save(name)).catch((error: unknown) => console.error('Saving the search index failed', error));
    }, SAVE_DELAY_MS[name]);
    // A pending save must not keep a command-line process alive; close() saves instead.
    timer.unref();
    this.timers.set(name, timer);
  }

  private async save(name: IndexName): Promise<void> {
    if (!this.dirty.has(name) || !this.loading) return;
    const loaded = await this.loading;
    this.dirty.delete(name);
    const fingerprints = Object.fromEntries(name === 'articles' ? loaded.sync.articleFingerprints : loaded.sync.noteFingerprints);
    try {
      const file = searchIndexPath(this.store.dir, name);
      if (name === 'articles') {
        // What was indexed since the last pack is packed first, in parts between other work.
        await loaded.articles.pack(pause);
        await writeSearchIndexFile(file, { format: ARTICLE_INDEX_FORMAT, fingerprints, lines: textIndexLines(loaded.articles.snapshot(), pause) });
        return;
      }
      // Postings of discarded entries are dropped before saving (in batches, between other work).
      if (loaded.notes.dirtCount > 0) await loaded.notes.vacuum();
      await writeSearchIndexFile(file, { format: NOTE_INDEX_FORMAT, fingerprints, lines: indexLines(loaded.notes) });
    } catch (error) {
      this.dirty.add(name);
      throw error;
    }
  }
}
