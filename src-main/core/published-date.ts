import type { Published } from '../shared/article';
import type { DatelineDate } from './parse-dateline';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';

/** `2019-02-25`, `2019/02/25`, with an optional time (`T` or a space) and zone (`Z`, `+0100`, `+01:00`). */
const NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;
/** `February 25, 2019`, `Mon, Feb. 25 2019 10:00`: the day is kept, a time after it is dropped. */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** `25 February 2019`, `Mon, 25 Feb 2019 10:00:00 GMT` (RFC 2822). */
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

/** The earliest and latest years taken as a publication date; anything else is a placeholder or a typo. */
const YEAR_RANGE = { min: 1800, max: 2200 };

/**
 * Reads a publication date as a page or file states it and answers it as an ISO date
 * (`2019-02-25`) or date-time (`2019-02-25T10:52:50+01:00`), keeping the day and zone it was
 * written with (never converted to UTC, so comparing by day compares the day the publisher
 * wrote). Answers null for anything that is not a real calendar date: an unparseable string, an
 * impossible day, a year before 1800 or after 2200.
 */
export function normalisePublishedDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, year, month, day, hour, minute, second, fraction, zone] = numeric;
    const date = isoDate(Number(year), Number(month), Number(day));
    if (!date || hour === undefined || minute === undefined) return date;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return date;
    const seconds = second === undefined ? '' : `:${second}${fraction ? `.${fraction.slice(0, 3)}` : ''}`;
    return `${date}T${hour}:${minute}${seconds}${isoZone(zone)}`;
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return null;
}

/**
 * The publication date a dateline states. A dateline without a year ("Dec. 30 (AP) —") takes the
 * year from `fileDate` (the latest such day not more than two days after it) and is marked
 * `dateline-and-file-date`; with `fileDate` null such a dateline gives no date at all.
 */
export function publishedFromDateline(date: DatelineDate, fileDate: Date | null): Published | null {
  if (date.year !== null) {
    const value = isoDate(date.year, date.month, date.day);
    return value ? { value, origin: 'dateline' } : null;
  }
  if (!fileDate) return null;
  let year = fileDate.getUTCFullYear();
  // Two days' grace: a file saved just after midnight UTC on the dateline's day is still that year.
  if (Date.UTC(year, date.month - 1, date.day) > fileDate.getTime() + 2 * 86_400_000) year -= 1;
  // 29 February needs a leap year.
  while (date.month === 2 && date.day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) year -= 1;
  const value = isoDate(year, date.month, date.day);
  return value ? { value, origin: 'dateline-and-file-date' } : null;
}

/** `YYYY-MM-DD` for a real calendar day within the accepted years, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoZone(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
