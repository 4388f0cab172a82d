import { describe, expect, it } from 'vitest';
import { matchShortcut } from '../../../src-renderer/lib/shortcuts';
import { dayNumber, dayOfNumber, fittingZoom, layOutLabels, ticksBetween, ZOOM_LEVELS } from '../../../src-renderer/lib/timeline-axis';
import { expressionTooltip, formatDay, formatEventDate } from '../../../src-renderer/lib/timeline-format';
import { axisRange, firstFrom, massOf } from '../../../src-renderer/lib/timeline-mass';

const keys = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('timeline dates as the reader sees them', () => {
  it('writes a day with its weekday, and each coarser date at its own precision', () => {
    expect(formatDay('2019-02-22')).toBe('Fri 22 Feb 2019');
    expect(formatEventDate('week', '2019-02-18', '2019-02-24')).toBe('week of Mon 18 Feb 2019');
    expect(formatEventDate('month', '2018-08-01', '2018-08-31')).toBe('August 2018');
    // "the weekend" (2009-W24-WE) is Saturday and Sunday: not a week that starts on a Saturday.
    expect(formatEventDate('week', '2009-06-13', '2009-06-14')).toBe('weekend of Sat 13 Jun 2009');
    expect(formatEventDate('quarter', '1998-07-01', '1998-09-30')).toBe('Jul–Sep 1998');
    expect(formatEventDate('decade', '1990-01-01', '1999-12-31')).toBe('1990s');
    expect(expressionTooltip('Friday', 'day', '2019-02-22', '2019-02-22')).toBe('Friday → Fri 22 Feb 2019');
  });
});

describe('the time axis', () => {
  it('numbers days so that neighbours differ by one, across months and leap days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    expect(dayOfNumber(dayNumber('2019-02-22'))).toBe('2019-02-22');
  });

  it('picks the closest zoom at which the dates fit, down to days', () => {
    expect(ZOOM_LEVELS[fittingZoom(20, 600)]?.name).toBe('weeks');
    expect(ZOOM_LEVELS[fittingZoom(365 * 40, 600)]?.name).toBe('decades');
    expect(ZOOM_LEVELS[fittingZoom(2, 600)]?.name).toBe('days');
  });

  it('marks Mondays at the weeks zoom and months at the months zoom', () => {
    const weeks = ticksBetween(dayNumber('2019-02-15'), dayNumber('2019-03-01'), ZOOM_LEVELS[3] as (typeof ZOOM_LEVELS)[number]);
    expect(weeks.map((tick) => dayOfNumber(tick.day))).toEqual(['2019-02-18', '2019-02-25']);
    const months = ticksBetween(dayNumber('2018-11-15'), dayNumber('2019-02-01'), ZOOM_LEVELS[2] as (typeof ZOOM_LEVELS)[number]);
    expect(months.map((tick) => tick.label)).toEqual(['Dec', 'Jan 2019', 'Feb']);
  });

  it('puts overlapping items on separate lanes, a day as a point and a week as a span', () => {
    const zoom = ZOOM_LEVELS[3] as (typeof ZOOM_LEVELS)[number];
    const items = [
      { start: dayNumber('2019-02-18'), end: dayNumber('2019-02-24'), isPoint: false },
      { start: dayNumber('2019-02-22'), end: dayNumber('2019-02-22'), isPoint: true },
      { start: dayNumber('2019-03-20'), end: dayNumber('2019-03-20'), isPoint: true },
    ];
    const { placed, crowds } = layOutLabels(items, (item) => item, dayNumber('2019-02-18'), zoom, 4, 100, 40);
    expect(placed.map((mark) => [mark.left, mark.width, mark.lane])).toEqual([
      [0, 7 * zoom.dayWidth, 0],
      [4 * zoom.dayWidth, 0, 1],
      [30 * zoom.dayWidth, 0, 0],
    ]);
    expect(crowds).toEqual([]);
  });

  it('counts the items whose labels find no free lane as a crowd ("+N") instead of drawing labels over each other', () => {
    const zoom = ZOOM_LEVELS[3] as (typeof ZOOM_LEVELS)[number];
    const day = dayNumber('2019-02-22');
    const items = [0, 0, 0, 1, 1, 2, 30].map((offset) => ({ start: day + offset, end: day + offset, isPoint: true }));
    const { placed, crowds } = layOutLabels(items, (item) => item, day, zoom, 3, 100, 40);
    expect(placed.map((mark) => [mark.left, mark.lane])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [30 * zoom.dayWidth, 0],
    ]);
    // The three that found no lane are a day or two apart (14 px a day): one crowd of three.
    expect(crowds).toEqual([{ left: zoom.dayWidth, count: 3 }]);
    // No two labels on a lane overlap: each starts at or after the end the one before it holds.
    for (const lane of [0, 1, 2]) {
      const onLane = placed.filter((mark) => mark.lane === lane);
      onLane.slice(1).forEach((mark, index) => expect(mark.left).toBeGreaterThanOrEqual((onLane[index] as { left: number }).left + 100));
    }
  });

  it('opens and closes the timeline with Ctrl or Cmd+Shift+T, leaving Ctrl+T alone', () => {
    expect(matchShortcut(keys('T', { ctrlKey: true, shiftKey: true }))).toBe('toggle-timeline');
    expect(matchShortcut(keys('t', { metaKey: true, shiftKey: true }))).toBe('toggle-timeline');
    expect(matchShortcut(keys('t', { ctrlKey: true }))).toBeNull();
  });
});

describe('the range of a collection’s axis', () => {
  const day = (value: string) => dayNumber(value);
  const mass = (days: string[]) => massOf(days.map((value, index) => ({ key: String(index), startDay: value, endDay: value, isPoint: true, label: value })));

  it('covers every date of a small timeline, with a margin', () => {
    expect(axisRange(mass(['2019-02-18', '2019-02-25']))).toEqual({ first: day('2019-02-15'), last: day('2019-02-28'), before: 0, after: 0 });
  });

  it('leaves out the stray dates far from the mass, counting them, but keeps the key dates', () => {
    const days = Array.from({ length: 500 }, (_, index) => dayOfNumber(day('2011-01-01') + (index % 300)));
    const range = axisRange(mass(['1066-10-14', ...days, '4989-01-01']), [day('2010-12-01')]);
    expect(range?.before).toBe(1);
    expect(range?.after).toBe(1);
    expect(range?.first).toBe(day('2010-12-01') - 3);
    expect(range?.last).toBe(day('2011-01-01') + 299 + 3);
  });

  it('finds the first event from a day by its first day', () => {
    const placed = mass(['2019-02-18', '2019-02-22', '2019-02-22', '2019-02-25']);
    expect(firstFrom(placed, day('2019-02-22'))).toBe(1);
    expect(firstFrom(placed, day('2019-02-23'))).toBe(3);
    expect(firstFrom(placed, day('2020-01-01'))).toBe(4);
  });
});
