import { rankKeyDates, type KeyDateArticle } from '../core/timeline/key-dates';
import { mergeEvents } from '../core/timeline/merge-events';
import type { ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { defaultKeyDateCount } from '../shared/timeline-limits';
import type { CollectionEvent, CollectionTimeline, CollectionTimelinePage, EventPageQuery, TimelineScope } from '../shared/timeline-views';
import type { LibraryStore } from '../store/library-store';
import type { CollectionService } from './collections';
import { tagsOfArticle } from './tags';
import type { TimelineService } from './timeline';
import { eventMatches, pageOf } from './timeline-page';

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
  /** The last filter's result, so that paging and scrolling through it does not filter again. */
  private lastMatch: { timeline: CollectionTimeline; words: string; source: string; events: readonly CollectionEvent[] } | null = null;

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
  }

  /**
   * The collection timeline of a scope as the window reads it: with a `page` query, only that page
   * of its (filtered) events; without, the whole timeline as {@link build} answers it.
   */
  async view(query: CollectionTimelineQuery = {}): Promise<CollectionTimelinePage> {
    const { page, ...rest } = query;
    const timeline = await this.build(rest);
    if (!page) return timeline;
    return pageOf(timeline, page, (words, source) => this.matching(timeline, words, source));
  }

  /** The collection timeline of a scope. `not-found` for a collection that no longer exists. */
  build(query: CollectionTimelineQuery = {}): Promise<CollectionTimeline> {
    const key = JSON.stringify([query.scope ?? { all: true }, query.keyDates ?? null, query.sentences ?? null]);
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

  private async compute(query: CollectionTimelineQuery): Promise<CollectionTimeline> {
    const inputs = await this.inputsOf(query.scope);
    const sources = [...new Set(inputs.flatMap((input) => (input.source ? [input.source] : [])))].sort((a, b) => a.localeCompare(b));
    return {
      articleCount: inputs.length,
      events: mergeEvents(inputs),
      keyDates: rankKeyDates(inputs, { count: query.keyDates ?? defaultKeyDateCount(inputs.length), sentences: query.sentences }),
      sources,
    };
  }
}
