import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, fromDayNumber, isLeapYear, isValidDay, isoWeek, isoWeekday, mondayOfIsoWeek, toDayNumber } from '../../../../src-main/core/timeline/calendar';

describe('calendar arithmetic', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 1999, 2000, 2019, 2020, 2100].map(isLeapYear)).toEqual([false, false, true, false, true, false]);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(isValidDay(2019, 2, 29)).toBe(false);
    expect(isValidDay(2000, 2, 29)).toBe(true);
  });

  it('moves across a leap day and a year end', () => {
    expect(addDays({ year: 2020, month: 2, day: 28 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addDays({ year: 2019, month: 2, day: 28 }, 1)).toEqual({ year: 2019, month: 3, day: 1 });
    expect(addDays({ year: 1998, month: 12, day: 31 }, 1)).toEqual({ year: 1999, month: 1, day: 1 });
    expect(addMonths(1998, 11, 3)).toEqual({ year: 1999, month: 2 });
    expect(addMonths(1998, 1, -1)).toEqual({ year: 1997, month: 12 });
  });

  it('numbers ISO weeks across year boundaries', () => {
    expect(isoWeek({ year: 2020, month: 12, day: 31 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2021, month: 1, day: 4 })).toEqual({ year: 2021, week: 1 });
    expect(isoWeek({ year: 2018, month: 12, day: 31 })).toEqual({ year: 2019, week: 1 });
    expect(isoWeek({ year: 2019, month: 2, day: 25 })).toEqual({ year: 2019, week: 9 });
    expect(mondayOfIsoWeek(2020, 53)).toEqual({ year: 2020, month: 12, day: 28 });
    expect(mondayOfIsoWeek(2019, 1)).toEqual({ year: 2018, month: 12, day: 31 });
  });

  it('agrees with the JavaScript Date on day numbers and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000);
        const day = fromDayNumber(dayNumber);
        expect(day).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(toDayNumber(day)).toBe(dayNumber);
        expect(isoWeekday(day)).toBe(((date.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
