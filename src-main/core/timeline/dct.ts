import { isValidDay, type CalendarDay } from './calendar';

/** A document creation time: its day and, when the source gave one, its time of day. */
export interface DocumentTime {
  day: CalendarDay;
  /** Hour 0–23 and minute 0–59, or null when the DCT is a bare date. */
  time: { hour: number; minute: number } | null;
}

const DCT_PATTERN = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a DCT given as an ISO date or date-time (`2019-02-25`, `2019-02-25T14:30:00+08:00`,
 * `19980807`, `1998-08-07T08:15`). The date is taken as written, in the publication's own time
 * zone, because that is the calendar its "today" refers to. Returns null when `value` is not a
 * valid date.
 */
export function parseDocumentTime(value: string): DocumentTime | null {
  const match = DCT_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  const calendarDay = { year: Number(year), month: Number(month), day: Number(day) };
  if (!isValidDay(calendarDay.year, calendarDay.month, calendarDay.day)) return null;
  if (hour === undefined || minute === undefined) return { day: calendarDay, time: null };
  const time = { hour: Number(hour), minute: Number(minute) };
  if (time.hour > 23 || time.minute > 59) return null;
  return { day: calendarDay, time };
}
