import { isValidDay, isoWeekday } from '../calendar';
import { compilePattern, contextReading, fixedReading, periodEndReading, textBefore } from '../reading';
import { resolveMonth, resolveMonthDay, type Direction } from '../resolve-date';
import type { Reading, ResolutionContext, TimeRule } from '../rule';
import { formatDay, formatMonth } from '../timex-value';
import { APPROXIMATELY, EDGE, NUMBER_START, WORD_END, YEAR_DIGITS } from './fragments';
import { MONTH, MONTH_NAME, WEEKDAY, isCapitalised, monthNumber, weekdayNumber } from './lexicon';
import { ORDINAL, parseOrdinal, parseSpokenYear } from './numbers';

/** A year in words ("nineteen ninety-six", "two thousand"). */
export const SPOKEN_YEAR = String.raw`(?:(?:nineteen|eighteen|twenty)\s+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;

const DAY_NUMBER = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?(?!\d)|(${ORDINAL}))`;
const YEAR = `(${YEAR_DIGITS}|${SPOKEN_YEAR}|'\\d\\d(?!\\w))`;

/**
 * Reads a {@link YEAR} group: digits, words or an apostrophe and two digits, which fall in the
 * century that puts them at most ten years after `dctYear` (1999 when not given): '98 → 1998, '05 → 2005.
 */
export function readYear(text: string, dctYear?: number): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.startsWith("'")) {
    const twoDigits = Number(text.slice(1));
    const century = Math.floor((dctYear ?? 1999) / 100) * 100;
    return century + twoDigits > (dctYear ?? 1999) + 10 ? century - 100 + twoDigits : century + twoDigits;
  }
  return parseSpokenYear(text);
}

function readDay(digits: string | undefined, words: string | undefined): number | null {
  const day = digits !== undefined ? Number(digits) : words !== undefined ? parseOrdinal(words) : null;
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

/** Words before a date that make it the end of a period ("the quarter ended Sept. 30"), not the date under discussion. */
const PERIOD_END = /\b(?:ended|ending|ends)\s+(?:on\s+)?$/i;

/** A day and month with an optional year and weekday; without a year, the weekday or else the tense settles it. */
function dayReading(match: RegExpExecArray, weekdayWord: string | undefined, month: number, day: number, yearText: string | undefined, direction: Direction = 'tense'): Reading | null {
  const reading = PERIOD_END.test(textBefore(match, 14)) ? periodEndReading : (resolve: (context: ResolutionContext) => string) => contextReading('DATE', resolve);
  if (yearText !== undefined) {
    const year = readYear(yearText);
    if (year === null || !isValidDay(year, month, day)) return null;
    return reading((context) => formatDay({ year: readYear(yearText, context.dct.day.year) ?? year, month, day }));
  }
  if (!isValidDay(2000, month, day)) return null;
  return reading((context) => {
    const year = weekdayWord === undefined ? null : yearOfWeekday(context.dct.day.year, weekdayNumber(weekdayWord), month, day);
    if (year !== null) return formatDay({ year, month, day });
    return resolveMonthDay(context, month, day, direction) ?? formatMonth(context.dct.day.year, month);
  });
}

/** The year nearest the DCT's (same, previous, next) in which the date falls on the weekday written with it, or null. */
function yearOfWeekday(dctYear: number, weekday: number | null, month: number, day: number): number | null {
  if (weekday === null) return null;
  return [dctYear, dctYear - 1, dctYear + 1].find((year) => isValidDay(year, month, day) && isoWeekday({ year, month, day }) === weekday) ?? null;
}

/** "the" before a month and day belongs to the noun the date modifies ("the Aug. 7 bombings"), so it stays out. */
const monthDay: TimeRule = {
  name: 'month-day-year',
  pattern: compilePattern(String.raw`\b${APPROXIMATELY}?(?:(${WEEKDAY}),?\s+)?(${MONTH})\s*${DAY_NUMBER}(?:,?\s*${YEAR})?${WORD_END}`),
  read: (match) => {
    const [, weekday, monthWord = '', digits, words, year] = match;
    const month = monthNumber(monthWord);
    const day = readDay(digits, words);
    if (month === null || day === null || !isCapitalised(monthWord)) return null;
    // A bare abbreviation ("Jan", "Sat") is a month only before digits: "Jan third" is more likely a name.
    if (!monthWord.includes('.') && monthWord.length <= 4 && words !== undefined) return null;
    return dayReading(match, weekday, month, day, year);
  },
};

/**
 * "last Oct. 23" is the latest Oct. 23 before the DCT, "next March 3" the first one after it. A rule
 * of its own, so that the month-day pattern does not start at every "last", "next" and "this".
 */
const directedMonthDay: TimeRule = {
  name: 'directed-month-day',
  pattern: compilePattern(String.raw`\b(last|next|this\s+past|this\s+coming)\s+(${MONTH})\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s*${YEAR})?${WORD_END}`),
  read: (match) => {
    const [, which = '', monthWord = '', digits, year] = match;
    const month = monthNumber(monthWord);
    const day = readDay(digits, undefined);
    if (month === null || day === null || !isCapitalised(monthWord)) return null;
    return dayReading(match, undefined, month, day, year, MONTH_DIRECTIONS[which.toLowerCase().replace(/\s+/g, ' ')] ?? 'tense');
  },
};

const dayMonth: TimeRule = {
  name: 'day-month-year',
  pattern: compilePattern(String.raw`\b${APPROXIMATELY}?(?:(${WEEKDAY}),?\s+)?(?:the\s+)?${DAY_NUMBER}(?:\s+of)?\s+(${MONTH})(?:,?\s*${YEAR})?${WORD_END}`),
  read: (match) => {
    const [, weekday, digits, words, monthWord = '', year] = match;
    const month = monthNumber(monthWord);
    const day = readDay(digits, words);
    if (month === null || day === null || !isCapitalised(monthWord)) return null;
    return dayReading(match, weekday, month, day, year);
  },
};

const monthYear: TimeRule = {
  name: 'month-year',
  pattern: compilePattern(String.raw`\b${EDGE}?(${MONTH})\s*,?\s+(?:of\s+)?${YEAR}${WORD_END}`),
  read: (match) => {
    const [, monthWord = '', yearText = ''] = match;
    const month = monthNumber(monthWord);
    if (month === null || !isCapitalised(monthWord)) return null;
    if (!yearText.startsWith("'")) {
      const year = readYear(yearText);
      return year === null ? null : fixedReading('DATE', formatMonth(year, month));
    }
    return contextReading('DATE', (context) => formatMonth(readYear(yearText, context.dct.day.year) ?? context.dct.day.year, month));
  },
};

const monthRelativeYear: TimeRule = {
  name: 'month-relative-year',
  pattern: compilePattern(String.raw`\b${EDGE}?(${MONTH_NAME})\s+(?:of\s+)?(this|last|next|the\s+previous|the\s+following)\s+year\b`),
  read: (match) => {
    const [, monthWord = '', which = ''] = match;
    const month = monthNumber(monthWord);
    if (month === null || !isCapitalised(monthWord)) return null;
    const offset = /last|previous/i.test(which) ? -1 : /next|following/i.test(which) ? 1 : 0;
    return contextReading('DATE', (context) => formatMonth(context.dct.day.year + offset, month));
  },
};

const numericDate: TimeRule = {
  name: 'numeric-date',
  pattern: compilePattern(String.raw`${NUMBER_START}(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))(?![\d/.-]\d)`),
  read: (match) => {
    const [, isoYear, isoMonth, isoDay, usMonth, usDay, usYear] = match;
    const year = isoYear !== undefined ? Number(isoYear) : usYear !== undefined && usYear.length === 2 ? null : Number(usYear);
    const month = Number(isoMonth ?? usMonth);
    const day = Number(isoDay ?? usDay);
    if (year === null) {
      if (!isValidDay(2000, month, day)) return null;
      return contextReading('DATE', (context) => formatDay({ year: readYear(`'${usYear ?? ''}`, context.dct.day.year) ?? 2000, month, day }));
    }
    return isValidDay(year, month, day) ? fixedReading('DATE', formatDay({ year, month, day })) : null;
  },
};

const MONTH_DIRECTIONS: Record<string, Direction> = { last: 'past', next: 'future', this: 'this', 'this past': 'past', 'this coming': 'future' };

/** Prepositions and modifiers after which "May" is the month, not the verb. */
const MAY_CONTEXT = /\b(?:in|since|until|till|by|from|through|of|during|before|after|early|late|mid|last|next|this|to|and|or|between)\s+$/i;

const monthAlone: TimeRule = {
  name: 'month',
  pattern: compilePattern(String.raw`\b${EDGE}?(?:(last|next|this|this\s+past|this\s+coming)\s+)?(${MONTH_NAME})${WORD_END}`),
  read: (match) => {
    const [whole, which, monthWord = ''] = match;
    const month = monthNumber(monthWord);
    if (month === null || !isCapitalised(monthWord)) return null;
    const isAfterPreposition = MAY_CONTEXT.test(textBefore(match, 12));
    if (month === 5 && whole.length === 3 && !isAfterPreposition) return null;
    // "march on the capital" is the verb, "in March for talks" the month.
    if (month === 3 && whole.length === 5 && !isAfterPreposition && /^\s+(?:on|to|for|through|in|against|with)\b/i.test(match.input.slice(match.index + 5, match.index + 15))) return null;
    const direction = which === undefined ? 'tense' : (MONTH_DIRECTIONS[which.toLowerCase().replace(/\s+/g, ' ')] ?? 'tense');
    return contextReading('DATE', (context) => resolveMonth(context, month, direction));
  },
};

/** Absolute and month-based dates: "Aug. 7, 1998", "7 August", "August 1988", "1998-08-07", "in March". */
export const calendarDateRules: readonly TimeRule[] = [monthDay, directedMonthDay, dayMonth, monthYear, monthRelativeYear, numericDate, monthAlone];
