import type { TimelineEvent } from '../../shared/timeline';
import type { EventEdit, EventView } from '../../shared/timeline-views';
import { eventTitle } from './event-title';
import { granularityOf } from './timex-value';
import { daySpanOf } from './value-span';

/** The key of an event the extractor found: `x<start>-<end>` of the expression that dated it. */
export function extractedEventKey(event: Pick<TimelineEvent, 'expression'>): string {
  return `x${event.expression.start}-${event.expression.end}`;
}

/**
 * An article's events with the user's edits applied, in date order (first day, then last day,
 * then position in the text). An edit finds its event by key; when the extractor's offsets have
 * moved, by the event whose expression overlaps the edit's target most (so edits survive
 * re-extraction). An edit whose event the extractor no longer finds still shows, from its own
 * record, if it gave a date; otherwise it waits, kept, until the event comes back. Added events
 * come from their records. Tombstoned edits are ignored. Events whose date covers no calendar
 * days are left out.
 */
export function applyEventEdits(articleId: string, text: string, events: readonly TimelineEvent[], edits: readonly EventEdit[]): EventView[] {
  const live = edits.filter((edit) => !edit.isDeleted);
  const byKey = new Map(live.filter((edit) => !edit.isAdded).map((edit) => [edit.key, edit]));
  const claimed = new Set<EventEdit>();
  const keyed = events.map((event) => ({ event, key: extractedEventKey(event) }));
  const editOf = new Map<string, EventEdit>();
  for (const { key } of keyed) {
    const edit = byKey.get(key);
    if (edit) {
      editOf.set(key, edit);
      claimed.add(edit);
    }
  }
  for (const edit of byKey.values()) {
    if (claimed.has(edit)) continue;
    const moved = closestEvent(keyed.filter(({ key }) => !editOf.has(key)), edit);
    if (moved) {
      editOf.set(moved.key, edit);
      claimed.add(edit);
    }
  }
  const views: EventView[] = [];
  for (const { event, key } of keyed) {
    const view = toView(articleId, text, key, event, editOf.get(key) ?? null);
    if (view) views.push(view);
  }
  for (const edit of live) {
    if (claimed.has(edit) || edit.value === undefined) continue;
    const orphan = { value: edit.value, sentence: edit.sentence, expression: { start: edit.target.start, end: edit.target.end }, title: '' };
    const view = toView(articleId, text, edit.key, { ...orphan, title: edit.isAdded ? passageTitle(text, edit) : eventTitle(text, edit.sentence, edit.target) }, edit, !edit.isAdded);
    if (view) views.push(view);
  }
  return views.sort((a, b) => a.startDay.localeCompare(b.startDay) || a.endDay.localeCompare(b.endDay) || a.sentence.start - b.sentence.start);
}

interface EventLike {
  value: string;
  title: string;
  sentence: { start: number; end: number };
  expression: { start: number; end: number };
}

function toView(articleId: string, text: string, key: string, event: EventLike, edit: EventEdit | null, isOrphaned = false): EventView | null {
  const value = edit?.value ?? event.value;
  const granularity = granularityOf(value);
  const span = daySpanOf(value);
  if (!granularity || !span) return null;
  const title = edit?.title ?? event.title;
  const isAdded = edit?.isAdded ?? false;
  const isEdited = isAdded || isOrphaned || (edit !== null && (value !== event.value || title !== event.title || edit.isHidden === true || Boolean(edit.note)));
  return {
    key,
    articleId,
    value,
    granularity,
    ...span,
    title,
    sentence: { start: event.sentence.start, end: event.sentence.end },
    expression: { start: event.expression.start, end: event.expression.end },
    quote: text.slice(event.expression.start, event.expression.end),
    isEdited,
    isHidden: edit?.isHidden === true,
    isAdded,
    note: edit?.note ? edit.note : null,
    extracted: isEdited && !isAdded && !isOrphaned ? { value: event.value, title: event.title } : null,
  };
}

/** The unclaimed event whose expression overlaps the edit's target most, or null when none does. */
function closestEvent<T extends { event: TimelineEvent; key: string }>(candidates: readonly T[], edit: EventEdit): T | null {
  let best: T | null = null;
  let bestOverlap = 0;
  for (const candidate of candidates) {
    const overlap = Math.min(candidate.event.expression.end, edit.target.end) - Math.max(candidate.event.expression.start, edit.target.start);
    if (overlap > bestOverlap) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}

const MAX_PASSAGE_TITLE = 80;

/** An added event's title when the user gave none: the passage, shortened at a word. */
function passageTitle(text: string, edit: EventEdit): string {
  const passage = text.slice(edit.target.start, edit.target.end).replace(/\s+/g, ' ').trim();
  if (passage.length <= MAX_PASSAGE_TITLE) return passage;
  const cut = passage.slice(0, MAX_PASSAGE_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_PASSAGE_TITLE / 2))}…`;
}
