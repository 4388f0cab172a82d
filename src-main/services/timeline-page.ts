import type { CollectionEvent, CollectionTimeline, CollectionTimelinePage, EventPageQuery } from '../shared/timeline-views';

/** Flag of an axis triple: the event is a point (a day or a time). */
export const AXIS_POINT = 1;
/** Flag of an axis triple: the event is told by several sources. */
export const AXIS_STRONG = 2;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (years before 1 written with a minus sign). */
export function dayNumber(day: string): number {
  const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return Number.NaN;
  const time = new Date(0);
  time.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.round(time.getTime() / 86_400_000);
}

/** True when an event matches the words (already lower-cased; empty matches all) and the source (empty matches all). */
export function eventMatches(event: CollectionEvent, words: string, source: string): boolean {
  if (source && !event.sources.some((candidate) => candidate.source === source)) return false;
  if (!words) return true;
  return event.title.toLowerCase().includes(words) || event.sources.some((candidate) => candidate.quote.toLowerCase().includes(words) || candidate.articleTitle.toLowerCase().includes(words));
}

/** Every event's place on the axis as flat triples (see `EventPageSchema`). */
export function axisTriples(events: readonly CollectionEvent[]): number[] {
  const triples: number[] = new Array(events.length * 3);
  events.forEach((event, index) => {
    const start = dayNumber(event.startDay);
    const isPoint = event.granularity === 'day' || event.granularity === 'time';
    triples[index * 3] = start;
    triples[index * 3 + 1] = Math.max(0, dayNumber(event.endDay) - start);
    triples[index * 3 + 2] = (isPoint ? AXIS_POINT : 0) | (event.sources.length > 1 ? AXIS_STRONG : 0);
  });
  return triples;
}

/**
 * One page of a built collection timeline, for the window: the key dates and sources whole, and of
 * the events only those of the page. A collection of a thousand articles has some fifteen
 * thousand events; the window shows a hundred at a time, so sending them all would cost more
 * than showing them. A page asked for `eventsOnly` carries no key dates or sources (empty).
 * `matching` filters the events (it may answer a kept result).
 */
export function pageOf(timeline: CollectionTimeline, query: EventPageQuery, matching: (words: string, source: string) => readonly CollectionEvent[]): CollectionTimelinePage {
  const events = matching(query.words?.trim().toLowerCase() ?? '', query.source ?? '');
  return {
    ...timeline,
    ...(query.eventsOnly ? { keyDates: [], sources: [] } : {}),
    events: events.slice(query.offset, query.offset + query.limit),
    page: { total: timeline.events.length, count: events.length, offset: query.offset, axis: query.withAxis ? axisTriples(events) : null },
  };
}
