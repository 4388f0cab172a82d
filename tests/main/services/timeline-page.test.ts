import { describe, expect, it } from 'vitest';
import { AXIS_POINT, AXIS_STRONG, axisTriples, dayNumber, eventMatches, pageOf } from '../../../src-main/services/timeline-page';
import type { CollectionEvent, CollectionTimeline } from '../../../src-main/shared/timeline-views';

function event(key: string, startDay: string, endDay: string, title: string, sources: [string, string | null][]): CollectionEvent {
  return {
    key,
    value: startDay,
    granularity: startDay === endDay ? 'day' : 'week',
    startDay,
    endDay,
    title,
    isEdited: false,
    sources: sources.map(([quote, source], index) => ({ articleId: `000000000000000${index}`, key: null, articleTitle: `Article ${index}`, source, published: null, sentence: { start: 0, end: quote.length }, quote })),
  };
}

const timeline: CollectionTimeline = {
  articleCount: 2,
  keyDates: [],
  sources: ['AP', 'NYT'],
  events: [
    event('a', '2019-02-18', '2019-02-24', 'Talks last week', [['Talks were held last week.', 'AP']]),
    event('b', '2019-02-22', '2019-02-22', 'Envoys met', [['Envoys met on Friday.', 'AP'], ['The envoys met Friday.', 'NYT']]),
    event('c', '2019-02-25', '2019-02-25', 'Ceasefire today', [['A CEASEFIRE began today.', 'NYT']]),
  ],
};

describe('a page of a collection timeline', () => {
  it('numbers days from 1970 like the window does, before year 100 too', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('0050-01-01')).toBeLessThan(dayNumber('1066-10-14'));
    expect(dayNumber('2019-02-25') - dayNumber('2019-02-18')).toBe(7);
  });

  it('answers only the page asked for, counting what matches words (any case) and source', () => {
    const all = pageOf(timeline, { offset: 1, limit: 1 }, (words, source) => timeline.events.filter(() => !words && !source));
    expect(all.events.map((item) => item.key)).toEqual(['b']);
    expect(all.page).toEqual({ total: 3, count: 3, offset: 1, axis: null });
    const matching = (words: string, source: string) => timeline.events.filter((item) => eventMatches(item, words, source));
    const ceasefire = pageOf(timeline, { offset: 0, limit: 10, words: ' Ceasefire ' }, matching);
    expect(ceasefire.events.map((item) => item.key)).toEqual(['c']);
    expect(ceasefire.page?.count).toBe(1);
    expect(pageOf(timeline, { offset: 0, limit: 10, source: 'NYT' }, matching).events.map((item) => item.key)).toEqual(['b', 'c']);
  });

  it('places every matching event on the axis as start, length and flags', () => {
    const start = dayNumber('2019-02-18');
    expect(axisTriples(timeline.events)).toEqual([start, 6, 0, start + 4, 0, AXIS_POINT | AXIS_STRONG, start + 7, 0, AXIS_POINT]);
    expect(pageOf(timeline, { offset: 0, limit: 1, withAxis: true }, () => timeline.events).page?.axis).toHaveLength(9);
  });

  it('leaves the key dates and sources out of a page asked for its events only', () => {
    const withKeyDates = { ...timeline, keyDates: [{ value: '2019-02-22', score: 1, articleCount: 1, mentionCount: 1, publishedCount: 0, summary: ['Envoys met.'], sources: [] }] };
    const first = pageOf(withKeyDates, { offset: 0, limit: 1 }, () => timeline.events);
    expect(first.keyDates).toHaveLength(1);
    expect(first.sources).toEqual(['AP', 'NYT']);
    const later = pageOf(withKeyDates, { offset: 1, limit: 1, eventsOnly: true }, () => timeline.events);
    expect(later.keyDates).toEqual([]);
    expect(later.sources).toEqual([]);
    expect(later.events.map((item) => item.key)).toEqual(['b']);
  });
});
