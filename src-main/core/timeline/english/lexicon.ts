import type { Season } from '../timex-value';
import type { CalendarUnit } from '../shift';

/** A month's full name or its abbreviation (with or without the dot): safe before a day or a year. */
export const MONTH = '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?\\.?|july?\\.?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';

/** A month's full name or dotted abbreviation: what may stand alone as a month ("in March", "Nov."). */
export const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)';

/** A weekday's name, or its dotted abbreviation. */
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\\.|tue\\.|tues\\.|wed\\.|thu\\.|thurs\\.|fri\\.|sat\\.|sun\\.)';

/** A season's name. */
export const SEASON = '(?:spring|summer|fall|autumn|winter)';

/** A part of the day that TIMEX3 writes as a code after `T`. */
export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

/** A calendar unit word, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The month (1–12) a {@link MONTH} token names, or null. */
export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS[word.slice(0, 3).toLowerCase()] ?? null;
}

const WEEKDAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** The ISO weekday (1 Monday … 7 Sunday) a {@link WEEKDAY} token names, or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS[word.slice(0, 3).toLowerCase()] ?? null;
}

const SEASON_CODES: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** The TIMEX3 code of a {@link SEASON} word. */
export function seasonCode(word: string): Season {
  return SEASON_CODES[word.toLowerCase()] ?? 'SU';
}

const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** The TIMEX3 code (`MO`, `AF`, `EV`, `NI`) of a {@link PART_OF_DAY} word. */
export function partOfDayCode(word: string): string {
  return PART_OF_DAY_CODES[word.toLowerCase()] ?? 'DT';
}

/** How a duration in this unit is written in TIMEX3: the letter and whether it is a time (after `T`) unit. */
export interface DurationUnit {
  letter: string;
  isTime: boolean;
  /** How many of the letter one unit is (a decade is 10 `Y`). */
  size: number;
  calendar: CalendarUnit | null;
}

const DURATION_UNITS: Record<string, DurationUnit> = {
  second: { letter: 'S', isTime: true, size: 1, calendar: null },
  minute: { letter: 'M', isTime: true, size: 1, calendar: null },
  hour: { letter: 'H', isTime: true, size: 1, calendar: null },
  day: { letter: 'D', isTime: false, size: 1, calendar: 'day' },
  week: { letter: 'W', isTime: false, size: 1, calendar: 'week' },
  fortnight: { letter: 'W', isTime: false, size: 2, calendar: 'week' },
  month: { letter: 'M', isTime: false, size: 1, calendar: 'month' },
  quarter: { letter: 'Q', isTime: false, size: 1, calendar: 'quarter' },
  year: { letter: 'Y', isTime: false, size: 1, calendar: 'year' },
  decade: { letter: 'Y', isTime: false, size: 10, calendar: 'decade' },
  century: { letter: 'Y', isTime: false, size: 100, calendar: 'century' },
  millennium: { letter: 'Y', isTime: false, size: 1000, calendar: null },
};

/** The duration unit a {@link UNIT} word names (plural or not). */
export function durationUnit(word: string): DurationUnit {
  const lower = word.toLowerCase();
  const singular = lower.startsWith('centur') ? 'century' : lower.startsWith('millenni') ? 'millennium' : lower.replace(/s$/, '');
  return DURATION_UNITS[singular] ?? { letter: 'D', isTime: false, size: 1, calendar: 'day' };
}

/**
 * True when a name starts with a capital letter (or the whole text around it is in capitals):
 * English capitalises month and day names, so "march" and "may" in lower case are verbs.
 */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
