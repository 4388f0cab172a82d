import type { Granularity } from '../../shared/timeline';
import { isValidDay, type CalendarDay } from './calendar';

/** A season code as TIMEX3 writes it. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * A calendar TIMEX3 value taken apart: its granularity and the fields that granularity uses
 * (`period` is the quarter, half or season; `time` the part after `T`, such as `MO` or `10:35`).
 */
export interface CalendarValue {
  granularity: Granularity;
  year: number;
  month?: number;
  day?: number;
  week?: number;
  period?: number | Season;
  time?: string;
  /** A week value naming only its weekend (`1998-W32-WE`). */
  isWeekend?: boolean;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** `YYYY` for a year (four digits, zero-padded). */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

/** `YYYY-MM-DD`. */
export function formatDay({ year, month, day }: CalendarDay): string {
  return `${formatMonth(year, month)}-${pad(day)}`;
}

/** `YYYY-Www` for an ISO week-numbering year and week. */
export function formatWeek(year: number, week: number): string {
  return `${formatYear(year)}-W${pad(week)}`;
}

const VALUE_PATTERN =
  /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})(-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?(?:T(\d{2}:\d{2}|MO|AF|EV|NI|DT))?$/;

/**
 * Reads a calendar TIMEX3 value (`1998`, `1998-08`, `1998-08-07`, `1998-W32`, `1998-W32-WE`, `1998-Q3`,
 * `1998-H1`, `1998-SU`, `1998-08-07T10:35`, `1998-08-07TMO`, plus decades `199` and centuries
 * `19`). Returns null for anything else: durations, sets, `PRESENT_REF`, values with `X`.
 */
export function parseCalendarValue(value: string): CalendarValue | null {
  if (/^\d{3}$/.test(value)) return { granularity: 'decade', year: Number(value) * 10 };
  if (/^\d{2}$/.test(value)) return { granularity: 'century', year: Number(value) * 100 };
  const match = VALUE_PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day, week, weekend, quarter, half, season, time] = match;
  const result: CalendarValue = { granularity: 'year', year: Number(year) };
  if (day !== undefined) {
    if (!isValidDay(result.year, Number(month), Number(day))) return null;
    Object.assign(result, { granularity: 'day', month: Number(month), day: Number(day) });
  } else if (month !== undefined) {
    if (Number(month) < 1 || Number(month) > 12) return null;
    Object.assign(result, { granularity: 'month', month: Number(month) });
  } else if (week !== undefined) Object.assign(result, { granularity: 'week', week: Number(week), isWeekend: weekend !== undefined });
  else if (quarter !== undefined) Object.assign(result, { granularity: 'quarter', period: Number(quarter) });
  else if (half !== undefined) Object.assign(result, { granularity: 'half', period: Number(half) });
  else if (season !== undefined) Object.assign(result, { granularity: 'season', period: season as Season });
  if (time !== undefined) {
    if (result.granularity !== 'day') return null;
    Object.assign(result, { granularity: 'time', time });
  }
  return result;
}

/** Writes a {@link CalendarValue} back as its TIMEX3 value. */
export function formatCalendarValue(value: CalendarValue): string {
  const { year } = value;
  switch (value.granularity) {
    case 'century':
      return pad(Math.floor(year / 100), 2);
    case 'decade':
      return pad(Math.floor(year / 10), 3);
    case 'year':
      return formatYear(year);
    case 'half':
      return `${formatYear(year)}-H${String(value.period)}`;
    case 'season':
      return `${formatYear(year)}-${String(value.period)}`;
    case 'quarter':
      return `${formatYear(year)}-Q${String(value.period)}`;
    case 'month':
      return formatMonth(year, value.month ?? 1);
    case 'week':
      return `${formatWeek(year, value.week ?? 1)}${value.isWeekend ? '-WE' : ''}`;
    case 'day':
      return formatDay({ year, month: value.month ?? 1, day: value.day ?? 1 });
    case 'time':
      return `${formatDay({ year, month: value.month ?? 1, day: value.day ?? 1 })}T${value.time ?? ''}`;
  }
}

/** The granularity of a calendar TIMEX3 value, or null when it is not a calendar value (see {@link parseCalendarValue}). */
export function granularityOf(value: string): Granularity | null {
  return parseCalendarValue(value)?.granularity ?? null;
}
