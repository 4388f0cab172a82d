import { applyEventEdits } from '../core/timeline/apply-event-edits';
import { buildEvents, datingExpression } from '../core/timeline/build-events';
import { EXTRACTOR_VERSION } from '../core/timeline/extractor-version';
import { extractTimeExpressions } from '../core/timeline/extract-time-expressions';
import { splitSentences } from '../core/timeline/split-sentences';
import { granularityOf } from '../core/timeline/timex-value';
import { daySpanOf } from '../core/timeline/value-span';
import type { ArticleMeta } from '../shared/article';
import type { ArticleTimelineView, EventEdit } from '../shared/timeline-views';
import type { TimelineCache } from '../store/timeline-cache';

/** An article's timeline as the services keep it in memory: the view, and the text the collection timeline quotes. */
export interface ArticleTimelineEntry {
  /** What it was computed from (see {@link timelineStamp}); a different stamp means it is stale. */
  stamp: string;
  view: ArticleTimelineView;
  /** The text of each event's sentence, in the order of `view.events`. */
  quotes: string[];
  /** The article's first sentences of some length (what happened the day it was published). */
  leads: { sentence: { start: number; end: number }; quote: string }[];
}

/** The date an article's relative dates are resolved against: its publication date, else its import date. */
export function documentDate(meta: ArticleMeta): { dct: string; isGuessed: boolean } {
  return meta.published ? { dct: meta.published.value, isGuessed: false } : { dct: meta.importedAt, isGuessed: true };
}

/** What an article's extracted timeline depends on: extractor version, document date, language and text. */
export function timelineStamp(meta: ArticleMeta): string {
  return `${EXTRACTOR_VERSION}|${documentDate(meta).dct}|${meta.language}|${meta.contentHash}`;
}

/** True when a cached timeline was computed for this article as it is now, by this extractor. */
export function isCacheFresh(cache: TimelineCache, meta: ArticleMeta): boolean {
  return cache.extractorVersion === EXTRACTOR_VERSION && cache.dct === documentDate(meta).dct && cache.language === meta.language && cache.contentHash === meta.contentHash;
}

/** Runs the extractor over an article's text: its expressions and events, as a cache record. */
export function extractArticleTimeline(meta: ArticleMeta, text: string): TimelineCache {
  const { dct } = documentDate(meta);
  const expressions = extractTimeExpressions(text, { dct, language: meta.language });
  return {
    schemaVersion: 1,
    extractorVersion: EXTRACTOR_VERSION,
    dct,
    language: meta.language,
    contentHash: meta.contentHash,
    expressions,
    events: buildEvents(text, expressions, dct),
  };
}

/** A lead sentence has at least this many words; shorter openings are headlines or datelines. */
const LEAD_MIN_WORDS = 8;
/** How many lead sentences an article offers its publication day's summary. */
const LEADS = 2;

/** Builds an article's in-memory timeline from its extracted timeline, its text and the user's edits. */
export function buildTimelineEntry(meta: ArticleMeta, text: string, cache: TimelineCache, edits: readonly EventEdit[]): ArticleTimelineEntry {
  const { dct, isGuessed } = documentDate(meta);
  const events = applyEventEdits(meta.id, text, cache.events, edits);
  const expressions = cache.expressions.map((found) => {
    const expression = found.anchor ? (datingExpression(found) ?? found) : found;
    const span = expression.type === 'DATE' || expression.type === 'TIME' ? daySpanOf(expression.value) : null;
    return { ...expression, granularity: span ? granularityOf(expression.value) : null, startDay: span?.startDay ?? null, endDay: span?.endDay ?? null };
  });
  const leads = splitSentences(text.slice(0, 4000))
    .filter((sentence) => text.slice(sentence.start, sentence.end).split(/\s+/).length >= LEAD_MIN_WORDS)
    .slice(0, LEADS)
    .map((sentence) => ({ sentence, quote: text.slice(sentence.start, sentence.end) }));
  return {
    stamp: timelineStamp(meta),
    view: { articleId: meta.id, dct, isDctGuessed: isGuessed, expressions, events },
    quotes: events.map((event) => text.slice(event.sentence.start, event.sentence.end)),
    leads,
  };
}
