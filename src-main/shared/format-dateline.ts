/** The parts of an article's metadata a dateline is made of. */
export interface DatelineParts {
  published: { value: string } | null;
  source: string | null;
  place: string | null;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** An ISO date or date-time as a reader writes it: "25 February 2019". Null for a malformed value. */
export function formatLongDate(iso: string): string | null {
  const date = calendarDate(iso);
  return date ? longDate.format(date) : null;
}

/** An ISO date or date-time, short: "25 Feb 2019". Null for a malformed value. */
export function formatShortDate(iso: string): string | null {
  const date = calendarDate(iso);
  return date ? shortDate.format(date) : null;
}

/** The calendar day an ISO value names, at midnight UTC (a date-time keeps the day it was written with). */
function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * An article's dateline as shown above it: "25 February 2019 · Reuters · Beijing", leaving out
 * what is not known. An empty string when nothing is.
 */
export function formatDateline(parts: DatelineParts): string {
  const date = parts.published ? formatLongDate(parts.published.value) : null;
  return [date, parts.source, parts.place].filter((part): part is string => Boolean(part)).join(' · ');
}
