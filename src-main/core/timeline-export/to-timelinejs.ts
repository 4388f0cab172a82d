import type { Granularity } from '../../shared/timeline';
import { creditLine, stableHash, type ExportEvent, type ExportTimeline } from './export-event';

/** A TimelineJS date: numbers as strings, the finer parts left out for a coarser date. */
interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The timeline as TimelineJS 3 JSON (`{title, events}`): one slide per event, its start (and end,
 * for a span) at the precision the date has (a month is year and month only), a display date,
 * its title as the headline, the first cited sentence as the slide's media (a blockquote) with
 * every source as its credit, the other sentences and the note as text. TimelineJS shows these as
 * HTML, so every text is escaped.
 */
export function timelineToTimelineJs(timeline: ExportTimeline): object {
  return {
    title: { text: { headline: escapeHtml(timeline.title), text: `<p>${timeline.events.length} events, exported from Dateline.</p>` } },
    events: timeline.events.map((event, index) => {
      const [start, end] = datesOf(event);
      return {
        start_date: start,
        ...(end ? { end_date: end } : {}),
        display_date: escapeHtml(displayDate(event)),
        text: { headline: escapeHtml(event.title), text: bodyOf(event) },
        // TimelineJS credits media, so the first cited sentence is the slide's media (a blockquote) and the sources its credit.
        media: { url: `<blockquote>${escapeHtml(event.sources[0]?.quote ?? event.title)}</blockquote>`, credit: escapeHtml(creditLine(event.sources)) },
        unique_id: `event-${index + 1}-${stableHash(event.key)}`,
      };
    }),
  };
}

function datesOf(event: ExportEvent): [TimelineJsDate, TimelineJsDate | null] {
  const start = partsOf(event.startDay);
  const end = partsOf(event.endDay);
  const precision: Record<Granularity, 'day' | 'month' | 'year'> = { time: 'day', day: 'day', week: 'day', month: 'month', quarter: 'month', season: 'month', half: 'month', year: 'year', decade: 'year', century: 'year' };
  const cut = (date: TimelineJsDate): TimelineJsDate => (precision[event.granularity] === 'day' ? date : precision[event.granularity] === 'month' ? { year: date.year, month: date.month } : { year: date.year });
  const isSpan = event.granularity === 'week' || event.granularity === 'quarter' || event.granularity === 'season' || event.granularity === 'half' || event.granularity === 'decade' || event.granularity === 'century';
  return [cut(start), isSpan ? cut(end) : null];
}

function partsOf(day: string): TimelineJsDate {
  const [year, month, date] = day.split('-');
  return { year: String(Number(year)), month: String(Number(month)), day: String(Number(date)) };
}

function displayDate(event: ExportEvent): string {
  const [year, month, day] = event.startDay.split('-').map(Number) as [number, number, number];
  if (event.granularity === 'day' || event.granularity === 'time') return `${day} ${MONTHS[month - 1]} ${year}`;
  if (event.granularity === 'month') return `${MONTHS[month - 1]} ${year}`;
  if (event.granularity === 'year') return String(year);
  if (event.granularity === 'week') return `Week of ${day} ${MONTHS[month - 1]} ${year}`;
  return `${event.startDay} – ${event.endDay} (${event.value})`;
}

function bodyOf(event: ExportEvent): string {
  const others = event.sources.slice(1, 4).map((source) => `<p>${escapeHtml(source.quote)}</p>`);
  const note = event.note ? [`<p><strong>Note:</strong> ${escapeHtml(event.note)}</p>`] : [];
  return [...others, ...note].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
