import { addDays } from '../timeline/calendar';
import { creditLine, stableHash, type ExportTimeline } from './export-event';

/**
 * The timeline as an iCalendar file (RFC 5545): one all-day VEVENT per event, from its first day
 * to the day after its last (DTEND is exclusive), its title as SUMMARY, its sources, sentence and
 * note as DESCRIPTION, and a UID stable across exports of the same event. `exportedAt` is the
 * DTSTAMP (an ISO date-time). Text is escaped and lines folded at 75 octets, CRLF line ends.
 */
export function timelineToIcs(timeline: ExportTimeline, exportedAt: string): string {
  const stamp = exportedAt.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15) + 'Z';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline export//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(timeline.title)}`];
  for (const event of timeline.events) {
    const description = [creditLine(event.sources), event.sources[0]?.quote ?? '', event.note ? `Note: ${event.note}` : ''].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${stableHash(event.key)}-${stableHash(`${timeline.title}|${event.key}`)}@dateline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(event.startDay)}`,
      `DTEND;VALUE=DATE:${compactDay(dayAfter(event.endDay))}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = addDays({ year, month, day: date }, 1);
  return `${String(next.year).padStart(4, '0')}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`;
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never splitting a character. */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
