import type { Granularity } from '../../src-main/shared/timeline';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Year, month (1–12) and day of a `YYYY-MM-DD` day. */
export function dayParts(day: string): { year: number; month: number; date: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, date };
}

/** A count as the app writes it, "28,691", in English whatever the system's locale (as the search palette's counts and the dates are). */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (timeline-axis has the same; it imports this module). */
function dayNumberOf(day: string): number {
  const { year, month, date } = dayParts(day);
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, date);
  return Math.round(time.getTime() / 86_400_000);
}

/** "Fri 22 Feb 2019" for `2019-02-22`, in English whatever the system's locale, like the rest of the app. */
export function formatDay(day: string): string {
  const { year, month, date } = dayParts(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A date as a reader says it, at the precision it has: "Fri 22 Feb 2019" for a day, "week of Mon
 * 18 Feb 2019" for a week ("weekend of Sat 23 Feb 2019" for its weekend), "February 2019" for a month, "2019" for a year, "1990s" for a decade,
 * and the first and last day for the rest ("Apr–Jun 2019" for a quarter).
 */
export function formatEventDate(granularity: Granularity, startDay: string, endDay: string): string {
  const start = dayParts(startDay);
  const end = dayParts(endDay);
  switch (granularity) {
    case 'day':
    case 'time':
      return formatDay(startDay);
    case 'week':
      // A weekend (`2009-W24-WE`) is a week value spanning its Saturday and Sunday only.
      return `${dayNumberOf(endDay) - dayNumberOf(startDay) < 6 ? 'weekend' : 'week'} of ${formatDay(startDay)}`;
    case 'month':
      return `${LONG_MONTHS[start.month - 1]} ${start.year}`;
    case 'year':
      return String(start.year);
    case 'decade':
      return `${start.year}s`;
    case 'century':
      return `${start.year}–${end.year}`;
    default:
      return start.year === end.year ? `${MONTHS[start.month - 1]}–${MONTHS[end.month - 1]} ${start.year}` : `${MONTHS[start.month - 1]} ${start.year}–${MONTHS[end.month - 1]} ${end.year}`;
  }
}

/** The tooltip of an underlined expression: "Friday → Fri 22 Feb 2019". */
export function expressionTooltip(quote: string, granularity: Granularity, startDay: string, endDay: string): string {
  return `${quote} → ${formatEventDate(granularity, startDay, endDay)}`;
}
