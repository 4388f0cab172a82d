/** The formats a timeline exports to: TimelineJS JSON, CSV (one row per event) and iCalendar. */
export const TIMELINE_EXPORT_FORMATS = ['timelinejs', 'csv', 'ics'] as const;

/** One of {@link TIMELINE_EXPORT_FORMATS}. */
export type TimelineExportFormat = (typeof TIMELINE_EXPORT_FORMATS)[number];

/** The longest title a user may give an event, in characters. */
export const MAX_EVENT_TITLE_EDIT = 200;

/** The longest note on an event, in characters. */
export const MAX_EVENT_NOTE_LENGTH = 10_000;

/** The most events the window asks for in one page of a collection timeline. */
export const MAX_EVENT_PAGE = 1_000;

/** The most key dates a collection timeline can be asked for. */
export const MAX_KEY_DATES = 500;

/**
 * The calendar dates a user may type for an event: a day `2019-02-22`, a month `2019-02`, a year
 * `2019`, an ISO week `2019-W08` or a quarter `2019-Q1`. (A day that does not exist, such as
 * 2019-02-30, passes this pattern and is refused by the service.)
 */
export const CALENDAR_VALUE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3])|-Q[1-4])?$/;

/** An event key: `x<start>-<end>` (an extracted event) or `u<uuid>` (one the user added). */
export const EVENT_KEY_PATTERN = /^(?:x\d{1,9}-\d{1,9}|u[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/;

/**
 * How many key dates a collection of `articleCount` articles opens on when none is asked for:
 * about two per article for a handful, growing with the square root for more (10 articles → 10,
 * 100 → 20, 1,000 → 63), never more than 100.
 */
export function defaultKeyDateCount(articleCount: number): number {
  if (articleCount <= 0) return 0;
  return Math.min(100, Math.max(Math.min(10, articleCount * 2), Math.round(2 * Math.sqrt(articleCount))));
}
