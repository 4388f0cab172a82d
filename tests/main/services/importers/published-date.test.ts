import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePublishedDate, publishedFromDateline } from '../../../../src-main/core/published-date';
import { PublishedSchema } from '../../../../src-main/shared/article';

describe('normalisePublishedDate', () => {
  it.each([
    ['2024-06-25', '2024-06-25'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2016/02/22', '2016-02-22'],
    ['February 25, 2019', '2019-02-25'],
    ['Mon, 25 Feb 2019 10:00:00 GMT', '2019-02-25'],
    ['Sept. 3rd, 2018', '2018-09-03'],
  ])('reads %s as %s, keeping the day and zone it was written with', (raw, iso) => {
    expect(normalisePublishedDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '2019-02-30', '2019-13-01', '0001-01-01', '2019-02-25T25:00', 'February 30, 2019', '12/03/2019'])('gives no date for %j', (raw) => {
    const value = normalisePublishedDate(raw);
    // An impossible time keeps its real day; anything else is no date at all.
    expect(value === null || value === '2019-02-25').toBe(true);
  });

  it('answers only values the article schema accepts, for any calendar day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), fc.boolean(), (date, withTime) => {
        const raw = withTime ? date.toISOString() : date.toISOString().slice(0, 10);
        const value = normalisePublishedDate(raw);
        expect(value?.slice(0, 10)).toBe(raw.slice(0, 10));
        expect(PublishedSchema.safeParse({ value, origin: 'meta' }).success).toBe(true);
      }),
    );
  });
});

describe('publishedFromDateline', () => {
  it('takes the year of a year-less dateline from the file date, and gives no date without one', () => {
    expect(publishedFromDateline({ year: null, month: 12, day: 30 }, new Date('2020-01-02T10:00:00Z'))).toEqual({ value: '2019-12-30', origin: 'dateline-and-file-date' });
    expect(publishedFromDateline({ year: null, month: 12, day: 30 }, null)).toBeNull();
    expect(publishedFromDateline({ year: 2019, month: 2, day: 25 }, null)).toEqual({ value: '2019-02-25', origin: 'dateline' });
  });
});
