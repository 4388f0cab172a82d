import type { ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import type { ArticleTimelineView } from '../shared/timeline-views';
import { readArticleText } from '../store/article-text';
import type { LibraryStore } from '../store/library-store';
import { readTimelineCache, writeTimelineCache, type TimelineCache } from '../store/timeline-cache';
import { buildTimelineEntry, extractArticleTimeline, isCacheFresh, timelineStamp, type ArticleTimelineEntry } from './article-timeline';

/** How many articles' timelines are read or extracted at once. */
const CONCURRENCY = 16;

/**
 * Every article's timeline: extracted once and cached in articles/<id>/timeline.json (derived data,
 * computed again when the extractor version, the publication date, the language or the text
 * differ), with the user's event edits applied. Follows the library: a corrected article (its date
 * changed) has its timeline computed again at once. Other services (the collection timeline,
 * edits, exports) read entries through here.
 */
export class TimelineService {
  private readonly entries = new Map<string, Promise<ArticleTimelineEntry>>();
  private readonly writes = new Set<Promise<void>>();
  private readonly listeners = new Set<() => void>();

  /** @param store the open library */
  constructor(private readonly store: LibraryStore) {
    store.events.subscribe((change) => {
      if (change.kind === 'article') {
        const wasLoaded = this.entries.delete(change.articleId);
        // A corrected date moves every relative date: extract again now, not on the next look
        // (unless the article was deleted: then its timeline is simply let go).
        if (wasLoaded && this.store.findArticle(change.articleId)) void this.entry(change.articleId).catch(() => undefined);
      }
      if (change.kind === 'article' || change.kind === 'organisation') this.changed();
    });
    store.events.onClose(() => this.flush());
  }

  /** An article's timeline as the reader shows it; `not-found` for an unknown article. */
  async article(articleId: string): Promise<ArticleTimelineView> {
    return (await this.entry(articleId)).view;
  }

  /**
   * An article's in-memory timeline, computed (from the cache, or by extracting) when missing or
   * stale. `not-found` for an unknown article.
   */
  entry(articleId: string): Promise<ArticleTimelineEntry> {
    const meta = this.requireArticle(articleId);
    const loaded = this.entries.get(articleId);
    if (loaded) return loaded.then((entry) => (entry.stamp === timelineStamp(this.requireArticle(articleId)) ? entry : this.reload(articleId)));
    return this.load(meta);
  }

  /** The timelines of many articles, in their order, a few at a time. */
  async entriesOf(articles: readonly ArticleMeta[]): Promise<ArticleTimelineEntry[]> {
    const results: ArticleTimelineEntry[] = new Array(articles.length);
    let next = 0;
    const work = async () => {
      while (next < articles.length) {
        const index = next++;
        results[index] = await this.entry((articles[index] as ArticleMeta).id);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, articles.length) }, work));
    return results;
  }

  /** Forgets an article's in-memory timeline after its edits changed, and recomputes it. */
  reload(articleId: string): Promise<ArticleTimelineEntry> {
    this.entries.delete(articleId);
    this.changed();
    return this.load(this.requireArticle(articleId));
  }

  /** Lets go of every timeline held in memory (they are read from their caches again when next asked for). */
  forget(): void {
    this.entries.clear();
    this.changed();
  }

  /** Subscribes to "some timeline may have changed"; answers the function that unsubscribes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for timelines being read or extracted, then for the cache files they write. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.entries.values()]);
    await Promise.all([...this.writes]);
  }

  /** The article's metadata; `not-found` when the library has no such article. */
  requireArticle(articleId: string): ArticleMeta {
    const meta = this.store.findArticle(articleId);
    if (!meta) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
    return meta;
  }

  private load(meta: ArticleMeta): Promise<ArticleTimelineEntry> {
    const loading = this.compute(meta);
    this.entries.set(meta.id, loading);
    loading.catch(() => this.entries.get(meta.id) === loading && this.entries.delete(meta.id));
    return loading;
  }

  private async compute(meta: ArticleMeta): Promise<ArticleTimelineEntry> {
    // Only the text: reading and checking every block of a thousand articles was most of opening a collection timeline.
    const [text, cached, edits] = await Promise.all([readArticleText(this.store.dir, meta.id), readTimelineCache(this.store.dir, meta.id), this.store.notes.listEventEdits(meta.id)]);
    let cache: TimelineCache;
    if (cached && isCacheFresh(cached, meta)) cache = cached;
    else {
      cache = extractArticleTimeline(meta, text);
      this.saveCache(meta.id, cache);
    }
    return buildTimelineEntry(meta, text, cache, edits);
  }

  /** Writes the cache in the background; a cache that cannot be written is computed again next time. */
  private saveCache(articleId: string, cache: TimelineCache): void {
    if (this.store.isReadOnly) return;
    const write = writeTimelineCache(this.store.dir, articleId, cache).catch((error: unknown) => console.error(`Could not save the timeline cache of ${articleId}`, error));
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
