import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { rankKeyDates, type KeyDateArticle } from '../core/timeline/key-dates';
import { mergeEvents } from '../core/timeline/merge-events';
import type { ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { defaultKeyDateCount } from '../shared/timeline-limits';
import type { CollectionEvent, CollectionTimeline, CollectionTimelinePage, EventPageQuery, TimelineScope } from '../shared/timeline-views';
import { collectionTimelinePath, readCollectionTimeline, writeCollectionTimeline } from '../store/collection-timeline-cache';
import type { LibraryStore } from '../store/library-store';
import { timelineStamp } from './article-timeline';
import type { CollectionService } from './collections';
import { tagsOfArticle } from './tags';
import type { TimelineService } from './timeline';
import { eventMatches, pageOf } from './timeline-page';

/**
 * The shape of a saved collection timeline and of the merging and ranking that built it: change it
 * when they change, so timelines saved by an older version are built again.
 */
const SAVED_TIMELINE_VERSION = 1;
/** How long after answering a first page from its saved file the whole timeline is read. */
const WHOLE_TIMELINE_DELAY_MS = 1_000;

/** The key a built timeline is kept (and saved) under: its scope, key-date count and summary length. */
function buildKey(query: CollectionTimelineQuery): string {
  return JSON.stringify([query.scope ?? { all: true }, query.keyDates ?? null, query.sentences ?? null]);
}

/** What a collection timeline is built from; every field is optional. */
export interface CollectionTimelineQuery {
  /** Which articles (default: the whole library). */
  scope?: TimelineScope;
  /** How many key dates (default: {@link defaultKeyDateCount} of the number of articles). */
  keyDates?: number;
  /** How many sentences summarise each key date (default 2). */
  sentences?: number;
  /** Only one page of the events (the window's view); default every event. */
  page?: EventPageQuery;
}

/**
 * Collection timelines: the events of many articles merged (the same date and a similar sentence
 * become one event listing its sources) and the key dates ranked, for the whole library, a
 * collection or a tag. A built timeline is kept until any timeline or the library's organisation
 * changes.
 */
export class CollectionTimelineService {
  private readonly built = new Map<string, Promise<CollectionTimeline>>();
  /** What each built timeline was built from (see fingerprintOf), to save its first page under. */
  private readonly fingerprints = new WeakMap<CollectionTimeline, string>();
  /** The last filter's result, so that paging and scrolling through it does not filter again. */
  private lastMatch: { timeline: CollectionTimeline; words: string; source: string; events: readonly CollectionEvent[] } | null = null;
  /** Saves still being written, waited for when the library closes (so none writes into a closed or removed folder). */
  private readonly saving = new Set<Promise<void>>();
  /** Whole timelines waiting to be read after a saved first page was answered; cancelled on close. */
  private readonly waiting = new Set<NodeJS.Timeout>();
  private isClosed = false;

  /** @param store the library; @param timeline the article timelines; @param collections the collections */
  constructor(
    private readonly store: LibraryStore,
    private readonly timeline: TimelineService,
    private readonly collections: CollectionService,
  ) {
    timeline.onChange(() => {
      this.built.clear();
      this.lastMatch = null;
    });
    store.events.onClose(async () => {
      this.isClosed = true;
      for (const timer of this.waiting) clearTimeout(timer);
      this.waiting.clear();
      await Promise.all(this.saving);
    });
  }

  /** Saves a built timeline (or first page) in the background; a failure is logged, never thrown. */
  private save(file: string, fingerprint: string, timeline: CollectionTimeline | CollectionTimelinePage): void {
    if (this.store.isReadOnly || this.isClosed) return;
    const write = writeCollectionTimeline(file, fingerprint, timeline)
      .catch((error: unknown) => console.error('Could not save the collection timeline', error))
      .finally(() => this.saving.delete(write));
    this.saving.add(write);
  }

  /**
   * The collection timeline of a scope as the window reads it: with a `page` query, only that page
   * of its (filtered) events; without, the whole timeline as {@link build} answers it.
   */
  async view(query: CollectionTimelineQuery = {}): Promise<CollectionTimelinePage> {
    const { page, ...rest } = query;
    const isFirstPage = page !== undefined && page.offset === 0 && !page.words && !page.source && !page.eventsOnly;
    if (isFirstPage && !this.built.has(buildKey(rest))) {
      // After a restart the window's first page is one small file; the whole timeline is read meanwhile.
      const saved = await this.savedFirstPage(rest, page);
      if (saved) {
        // Once the window has drawn it: reading the whole timeline holds the main process a moment.
        const timer = setTimeout(() => {
          this.waiting.delete(timer);
          void this.build(rest).catch(() => undefined);
        }, WHOLE_TIMELINE_DELAY_MS).unref();
        this.waiting.add(timer);
        return saved;
      }
    }
    const timeline = await this.build(rest);
    if (!page) return timeline;
    const answer = pageOf(timeline, page, (words, source) => this.matching(timeline, words, source));
    const fingerprint = this.fingerprints.get(timeline);
    if (isFirstPage && fingerprint) this.save(this.firstPageFile(rest, page), fingerprint, answer);
    return answer;
  }

  /** The first page saved for this query and page size, when nothing it was built from has changed since. */
  private async savedFirstPage(query: CollectionTimelineQuery, page: EventPageQuery): Promise<CollectionTimelinePage | null> {
    try {
      const fingerprint = await this.fingerprintOf(query, this.articlesOf(query.scope));
      return (await readCollectionTimeline(this.firstPageFile(query, page), fingerprint)) as CollectionTimelinePage | null;
    } catch {
      return null;
    }
  }

  private firstPageFile(query: CollectionTimelineQuery, page: EventPageQuery): string {
    return collectionTimelinePath(this.store.dir, JSON.stringify([buildKey(query), 'first page', page.limit, page.withAxis ?? false]));
  }

  /** The collection timeline of a scope. `not-found` for a collection that no longer exists. */
  build(query: CollectionTimelineQuery = {}): Promise<CollectionTimeline> {
    const key = buildKey(query);
    let timeline = this.built.get(key);
    if (!timeline) {
      timeline = this.compute(query);
      this.built.set(key, timeline);
      timeline.catch(() => this.built.delete(key));
    }
    return timeline;
  }

  /** The articles of a scope, newest first. `not-found` for a collection that no longer exists. */
  articlesOf(scope: TimelineScope = { all: true }): ArticleMeta[] {
    const all = this.store.listArticles();
    if ('collectionId' in scope) {
      const members = new Set(this.collections.get(scope.collectionId).articleIds);
      return all.filter((meta) => members.has(meta.id));
    }
    if ('tag' in scope) {
      const wanted = scope.tag.trim().toLowerCase();
      const tagged = all.filter((meta) => tagsOfArticle(meta, this.store.organisation).some((tag) => tag.toLowerCase() === wanted));
      if (tagged.length === 0) throw new DatelineError('not-found', `No article has the tag "${scope.tag}". Run "dateline tag list" to see the tags.`);
      return tagged;
    }
    return all;
  }

  /** The articles of a scope with their visible events, as the merge and the key dates read them. */
  async inputsOf(scope?: TimelineScope): Promise<KeyDateArticle[]> {
    const articles = this.articlesOf(scope);
    const entries = await this.timeline.entriesOf(articles);
    return articles.map((meta, index) => {
      const entry = entries[index] as (typeof entries)[number];
      const visible = entry.view.events.flatMap((event, position) => (event.isHidden ? [] : [{ event, quote: entry.quotes[position] ?? '' }]));
      return {
        articleId: meta.id,
        articleTitle: meta.title,
        source: meta.source,
        published: meta.published?.value.slice(0, 10) ?? null,
        events: visible.map(({ event }) => event),
        quotes: visible.map(({ quote }) => quote),
        leads: entry.leads,
      };
    });
  }

  private matching(timeline: CollectionTimeline, words: string, source: string): readonly CollectionEvent[] {
    const last = this.lastMatch;
    if (last && last.timeline === timeline && last.words === words && last.source === source) return last.events;
    const events = !words && !source ? timeline.events : timeline.events.filter((event) => eventMatches(event, words, source));
    this.lastMatch = { timeline, words, source, events };
    return events;
  }

  /**
   * Builds a scope's timeline, or reads it as it was saved when nothing it is built from has
   * changed since (after a restart: one file instead of every article's text, timeline and edits).
   */
  private async compute(query: CollectionTimelineQuery): Promise<CollectionTimeline> {
    const articles = this.articlesOf(query.scope);
    const file = collectionTimelinePath(this.store.dir, buildKey(query));
    const fingerprint = await this.fingerprintOf(query, articles);
    const saved = await readCollectionTimeline(file, fingerprint);
    if (saved) {
      this.fingerprints.set(saved, fingerprint);
      return saved;
    }
    const inputs = await this.inputsOf(query.scope);
    const sources = [...new Set(inputs.flatMap((input) => (input.source ? [input.source] : [])))].sort((a, b) => a.localeCompare(b));
    const timeline = {
      articleCount: inputs.length,
      events: mergeEvents(inputs),
      keyDates: rankKeyDates(inputs, { count: query.keyDates ?? defaultKeyDateCount(inputs.length), sentences: query.sentences }),
      sources,
    };
    this.fingerprints.set(timeline, fingerprint);
    this.save(file, fingerprint, timeline);
    return timeline;
  }

  /**
   * What a scope's timeline is built from, as a hash: the query, and each article's timeline
   * stamp (extractor, date, language, text), title and source, and its notes file's size and time
   * (event corrections are saved there).
   */
  private async fingerprintOf(query: CollectionTimelineQuery, articles: readonly ArticleMeta[]): Promise<string> {
    const stamps = await Promise.all(
      articles.map(async (meta) => {
        const stat = await fs.stat(path.join(this.store.notes.dir, `${meta.id}.json`)).catch(() => null);
        return [meta.id, timelineStamp(meta), meta.title, meta.source ?? '', stat ? `${stat.size}:${stat.mtimeMs}` : 'none'];
      }),
    );
    const inputs = JSON.stringify([SAVED_TIMELINE_VERSION, query.scope ?? { all: true }, query.keyDates ?? null, query.sentences ?? null, stamps]);
    return createHash('sha256').update(inputs).digest('hex');
  }
}
