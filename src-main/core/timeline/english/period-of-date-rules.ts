import { addDays, isValidDay, isoWeek, type CalendarDay } from '../calendar';
import { compilePattern, contextReading, textBefore } from '../reading';
import { resolveMonthDay, resolveWeekday, type Direction } from '../resolve-date';
import type { ResolutionContext, TimeRule } from '../rule';
import { formatDay, formatWeek, formatYear } from '../timex-value';
import { readYear } from './calendar-date-rules';
import { WORD_END, YEAR_DIGITS } from './fragments';
import { MONTH, WEEKDAY, isCapitalised, monthNumber, weekdayNumber } from './lexicon';

/** A written date the rules below count from: a month and day with an optional year ("March 6", "Oct. 23, 1998"). */
const MONTH_DAY = String.raw`(${MONTH})\s*(\d{1,2})(?!\d)(?:,?\s*(${YEAR_DIGITS}))?`;

/** The day of a month and day written with or without a year; null when no such day exists. */
function writtenDay(context: ResolutionContext, monthWord: string, dayText: string, yearText: string | undefined): CalendarDay | null {
  const month = monthNumber(monthWord);
  const day = Number(dayText);
  if (month === null) return null;
  if (yearText !== undefined) {
    const year = readYear(yearText);
    return year !== null && isValidDay(year, month, day) ? { year, month, day } : null;
  }
  const value = resolveMonthDay(context, month, day);
  return value === null ? null : { year: Number(value.slice(0, 4)), month, day };
}

/** "the week of March 6": the ISO week that holds the date. */
const weekOfDate: TimeRule = {
  name: 'week-of-date',
  pattern: compilePattern(String.raw`\bthe\s+week\s+of\s+${MONTH_DAY}${WORD_END}`),
  read: (match) => {
    const [, monthWord = '', dayText = '', yearText] = match;
    if (!isCapitalised(monthWord) || monthNumber(monthWord) === null) return null;
    return contextReading('DATE', (context) => {
      const day = writtenDay(context, monthWord, dayText, yearText);
      if (day === null) return formatWeek(context.dct.day.year, isoWeek(context.dct.day).week);
      const week = isoWeek(day);
      return formatWeek(week.year, week.week);
    });
  },
};

const WEEKDAY_DIRECTIONS: Readonly<Record<string, Direction>> = { last: 'past', next: 'future', this: 'this' };

/** "the day before last Tuesday", "the day after March 6": a day counted from a named day. */
const dayBeforeOrAfter: TimeRule = {
  name: 'day-before-or-after-date',
  pattern: compilePattern(String.raw`\bthe\s+day\s+(before|after)\s+(?:(?:(last|next|this)\s+)?(${WEEKDAY})|${MONTH_DAY})${WORD_END}`),
  read: (match) => {
    const [, side = '', which, weekdayWord, monthWord, dayText, yearText] = match;
    const offset = side.toLowerCase() === 'before' ? -1 : 1;
    if (weekdayWord !== undefined) {
      const weekday = weekdayNumber(weekdayWord);
      if (weekday === null || !isCapitalised(weekdayWord)) return null;
      const direction = which === undefined ? 'tense' : (WEEKDAY_DIRECTIONS[which.toLowerCase()] ?? 'tense');
      return contextReading('DATE', (context) => formatDay(addDays(resolveWeekday(context, weekday, direction), offset)));
    }
    if (monthWord === undefined || dayText === undefined || !isCapitalised(monthWord)) return null;
    return contextReading('DATE', (context) => {
      const day = writtenDay(context, monthWord, dayText, yearText);
      return day === null ? formatDay(context.dct.day) : formatDay(addDays(day, offset));
    });
  },
};

const HALF_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, last: 2, latter: 2 };

/**
 * The halves of a named year: "the last half of 1989", "the latter half of 1990" and, as TimeML
 * writes them, "the first two quarters of 1990" (H1) and "the last two quarters of next year" (H2). A hedge
 * before it ("at least the first two quarters of 1990") stays in the extent, so that the shorter
 * span without the year ("at least the first two quarters") cannot win the overlap.
 */
const halfOfYear: TimeRule = {
  name: 'half-of-year',
  pattern: compilePattern(String.raw`\b(?:(?:at\s+least|at\s+most|about|nearly|almost|roughly)\s+)?(?:the\s+)?(first|second|last|latter)\s+(half|two\s+quarters)\s+of\s+(?:fiscal\s+)?(?:(${YEAR_DIGITS})|(this|last|next)\s+year)${WORD_END}`),
  read: (match) => {
    const [, ordinal = '', part = '', yearText, relative = ''] = match;
    const half = HALF_ORDINALS[ordinal.toLowerCase()];
    const year = yearText === undefined ? null : readYear(yearText);
    // "the second two quarters" is not said; a half has no second pair of quarters.
    if (half === undefined || (yearText !== undefined && year === null) || (/quarters/i.test(part) && ordinal.toLowerCase() === 'second')) return null;
    const offset = relative.toLowerCase() === 'last' ? -1 : relative.toLowerCase() === 'next' ? 1 : 0;
    return contextReading('DATE', (context) => `${formatYear(year ?? context.dct.day.year + offset)}-H${half}`);
  },
};

/**
 * The second day of a pair written with one month ("April 24 and 25", "May 3-4, 1999"): the
 * number after the first date is a day of the same month, in the same year as the first date.
 */
/** Words that may follow the second day of a pair; any other lower-case word makes the number an amount ("5 and 6 people"). */
const JOINING_WORD = '(?:in|at|on|of|for|to|when|with|during|and|or|by|before|after|this|next|last|as|is|are|was|were|will)';

/** What comes before the second day of a pair: a month, the first day and a joining word ("April 24 and "). */
const PAIR_START = new RegExp(String.raw`\b(${MONTH})\s{0,2}\d{1,2}(?:st|nd|rd|th)?\s{0,2}(?:and|or|to|through|-|–)\s{0,2}$`, 'i');

const pairedDay: TimeRule = {
  name: 'paired-day',
  // The pattern starts at the number and looks back only after it, which keeps it fast; the month is checked in `read`.
  pattern: compilePattern(
    String.raw`\b(\d{1,2})(?!\d)(?<=(?:\b(?:and|or|to|through)\s{1,2}|\d\s{0,2}[-–]\s{0,2})\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(${YEAR_DIGITS}))?(?![,.]\d|\s*(?:%|percent\b|per\b)|\s+(?!${JOINING_WORD}\b)[a-z])`,
  ),
  read: (match) => {
    const [, dayText = '', yearText] = match;
    const monthWord = PAIR_START.exec(textBefore(match, 24))?.[1];
    const month = monthWord === undefined ? null : monthNumber(monthWord);
    const day = Number(dayText);
    if (monthWord === undefined || month === null || !isCapitalised(monthWord) || !isValidDay(2000, month, day)) return null;
    return contextReading('DATE', (context) => {
      const first = context.reference;
      if (yearText === undefined && first && first.granularity === 'day' && first.month === month && isValidDay(first.year, month, day)) return formatDay({ year: first.year, month, day });
      return formatDay(writtenDay(context, monthWord, dayText, yearText) ?? { ...context.dct.day, month, day });
    });
  },
};

/** Dates read with a date or year they hold or follow: "the week of March 6", "the day before last Tuesday", "the last half of 1989", "April 24 and 25". */
export const periodOfDateRules: readonly TimeRule[] = [weekOfDate, dayBeforeOrAfter, halfOfYear, pairedDay];
