import { addDays, isoWeek, isoWeekday, type CalendarDay } from '../calendar';
import { compilePattern, contextReading } from '../reading';
import { yearOf, type Direction } from '../resolve-date';
import type { TimeRule } from '../rule';
import { formatDay, formatWeek } from '../timex-value';
import { readYear } from './calendar-date-rules';
import { WORD_END, YEAR_DIGITS } from './fragments';

/** The `nth` (1-based; -1 for the last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDay {
  if (nth < 0) {
    const last = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, (weekday - isoWeekday(first) + 7) % 7 + (nth - 1) * 7);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDay {
  const goldenNumber = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapDays = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const lunarCorrection = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  const epact = (19 * goldenNumber + century - skippedLeapDays - lunarCorrection + 15) % 30;
  const leapDaysOfCentury = Math.floor(yearOfCentury / 4);
  const weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapDaysOfCentury - epact - (yearOfCentury % 4)) % 7;
  const monthCorrection = Math.floor((goldenNumber + 11 * epact + 22 * weekdayOffset) / 451);
  const daysFromMarch = epact + weekdayOffset - 7 * monthCorrection + 114;
  return { year, month: Math.floor(daysFromMarch / 31), day: (daysFromMarch % 31) + 1 };
}

/** Each holiday's day in a given year. */
const HOLIDAYS: Record<string, (year: number) => CalendarDay> = {
  christmas: (year) => ({ year, month: 12, day: 25 }),
  'christmas day': (year) => ({ year, month: 12, day: 25 }),
  'christmas eve': (year) => ({ year, month: 12, day: 24 }),
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  halloween: (year) => ({ year, month: 10, day: 31 }),
  'independence day': (year) => ({ year, month: 7, day: 4 }),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'memorial day': (year) => nthWeekday(year, 5, 1, -1),
  'election day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  easter: easterSunday,
  'easter sunday': easterSunday,
};

const DIRECTIONS: Record<string, Direction> = { last: 'past', next: 'future', this: 'this' };

const holiday: TimeRule = {
  name: 'holiday',
  pattern: compilePattern(
    String.raw`\b(?:(last|next|this)\s+)?(christmas(?:\s+(?:eve|day))?|new\s+year's\s+(?:day|eve)|valentine's\s+day|halloween|independence\s+day|thanksgiving(?:\s+day)?|labor\s+day|memorial\s+day|election\s+day|easter(?:\s+sunday)?)(?:,?\s+(${YEAR_DIGITS}))?(\s+week)?${WORD_END}`,
  ),
  read: (match) => {
    const [, which, name = '', yearText, week] = match;
    const dayOf = HOLIDAYS[name.toLowerCase().replace(/\s+/g, ' ')];
    if (!dayOf || name.charAt(0) === name.charAt(0).toLowerCase()) return null;
    const direction = which === undefined ? 'tense' : (DIRECTIONS[which.toLowerCase()] ?? 'tense');
    return contextReading('DATE', (context) => {
      let year = yearText === undefined ? null : readYear(yearText);
      if (year === null) {
        const around = dayOf(context.dct.day.year);
        year = yearOf(context, around.month, around.day, direction);
      }
      const day = dayOf(year);
      if (week === undefined) return formatDay(day);
      const { year: weekYear, week: weekNumber } = isoWeek(day);
      return formatWeek(weekYear, weekNumber);
    });
  },
};

/** Holidays with a fixed or computed date: "Christmas", "Thanksgiving Day", "last Easter", "Election Day 1998". */
export const holidayRules: readonly TimeRule[] = [holiday];
