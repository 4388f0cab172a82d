import { creditLine, type ExportTimeline } from './export-event';

const COLUMNS = ['start_date', 'end_date', 'date', 'granularity', 'title', 'sources', 'quote', 'note', 'edited'];

/**
 * The timeline as CSV (RFC 4180): a header row, then one row per event with its first and last
 * day, its TIMEX3 date value, granularity, title, sources, the first source's sentence, the user's
 * note and whether it was edited. Fields are quoted when they hold a comma, quote or line break;
 * rows end with CRLF. A field that a spreadsheet would run as a formula (starting with =, +, @ or
 * a tab) gets a leading apostrophe so it stays text.
 */
export function timelineToCsv(timeline: ExportTimeline): string {
  const rows = timeline.events.map((event) => [
    event.startDay,
    event.endDay,
    event.value,
    event.granularity,
    event.title,
    creditLine(event.sources),
    event.sources[0]?.quote ?? '',
    event.note ?? '',
    event.isEdited ? 'yes' : 'no',
  ]);
  return [COLUMNS, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
