import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../src-main/core/timeline/duration';
import { shiftCalendarValue, unitValue } from '../../../../src-main/core/timeline/shift';
import { formatCalendarValue, granularityOf, parseCalendarValue } from '../../../../src-main/core/timeline/timex-value';

describe('TIMEX3 values', () => {
  it('reads and writes every calendar granularity', () => {
    const values = ['1998', '1998-08', '1998-08-07', '1998-W32', '1998-W32-WE', '1998-Q3', '1998-H2', '1998-SU', '1998-08-07T10:35', '1998-08-07TNI', '199', '19'];
    for (const value of values) expect(formatCalendarValue(parseCalendarValue(value) ?? { granularity: 'year', year: 0 })).toBe(value);
    expect(values.map(granularityOf)).toEqual(['year', 'month', 'day', 'week', 'week', 'quarter', 'half', 'season', 'time', 'time', 'decade', 'century']);
  });

  it('has no calendar reading for durations, sets, vague references or impossible days', () => {
    for (const value of ['P3Y', 'XXXX-WXX-5', 'PRESENT_REF', '2019-02-29', '1998-13']) expect(parseCalendarValue(value)).toBeNull();
  });

  it('names the unit around a day, moved by an offset', () => {
    const day = { year: 2019, month: 2, day: 25 };
    expect(unitValue(day, 'day', -1)).toBe('2019-02-24');
    expect(unitValue(day, 'week', -1)).toBe('2019-W08');
    expect(unitValue(day, 'month', -2)).toBe('2018-12');
    expect(unitValue(day, 'quarter', -1)).toBe('2018-Q4');
    expect(unitValue(day, 'half', 1)).toBe('2019-H2');
    expect(unitValue(day, 'decade')).toBe('201');
    expect(unitValue(day, 'century')).toBe('20');
    expect(unitValue({ year: 2021, month: 1, day: 5 }, 'week', -1)).toBe('2020-W53');
  });

  it('shifts a value keeping its granularity, clamping a leap day', () => {
    expect(shiftCalendarValue({ granularity: 'quarter', year: 1989, period: 3 }, 'year', -1)).toBe('1988-Q3');
    expect(shiftCalendarValue({ granularity: 'quarter', year: 1989, period: 1 }, 'quarter', -1)).toBe('1988-Q4');
    expect(shiftCalendarValue({ granularity: 'day', year: 2020, month: 2, day: 29 }, 'year', -1)).toBe('2019-02-28');
    expect(shiftCalendarValue({ granularity: 'day', year: 2020, month: 2, day: 28 }, 'day', 1)).toBe('2020-02-29');
    expect(shiftCalendarValue({ granularity: 'month', year: 1998, month: 1 }, 'month', -1)).toBe('1997-12');
  });

  it('writes durations, carrying fractions into smaller units', () => {
    expect(formatDuration(3, { letter: 'Y', isTime: false })).toBe('P3Y');
    expect(formatDuration(2.5, { letter: 'Y', isTime: false })).toBe('P2Y6M');
    expect(formatDuration(5.5, { letter: 'H', isTime: true })).toBe('PT5H30M');
    expect(formatDuration(1.5, { letter: 'M', isTime: true })).toBe('PT1M30S');
    expect(formatDuration(null, { letter: 'W', isTime: false })).toBe('PXW');
  });
});
