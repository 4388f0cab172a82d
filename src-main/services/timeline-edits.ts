import { randomBytes } from 'node:crypto';
import { splitSentences } from '../core/timeline/split-sentences';
import { parseCalendarValue } from '../core/timeline/timex-value';
import { uuidV7 } from '../core/uuid-v7';
import { DatelineError } from '../shared/result';
import type { ArticleTimelineView, EventEdit } from '../shared/timeline-views';
import type { LibraryStore } from '../store/library-store';
import type { TimelineService } from './timeline';

/** A change to one event: each field given replaces the extractor's (or the earlier edit's); an empty title or note clears it. */
export interface EventChange {
  value?: string;
  title?: string;
  isHidden?: boolean;
  note?: string;
}

/**
 * The user's corrections of timelines: change an event's date or title, hide it, note it, add an
 * event from a passage, or revert. Each is its own small record in the article's notes file (see
 * EventEditSchema), so it survives re-extraction and replicates on its own. Every method answers the
 * article's timeline with the change applied.
 */
export class EventEditService {
  /** @param store the library; @param timeline the timelines; @param now the clock; @param random random bytes for ids */
  constructor(
    private readonly store: LibraryStore,
    private readonly timeline: TimelineService,
    private readonly now: () => Date = () => new Date(),
    private readonly random: (size: number) => Uint8Array = randomBytes,
  ) {}

  /** Edits an event of an article. `not-found` when it has no event with this key; `invalid-input` for a date not in the calendar. */
  async edit(articleId: string, key: string, change: EventChange): Promise<ArticleTimelineView> {
    const view = await this.timeline.article(articleId);
    const event = view.events.find((candidate) => candidate.key === key);
    if (!event) throw new DatelineError('not-found', 'This event is no longer in the article’s timeline. Reopen the timeline to see its events.');
    const existing = await this.liveEdit(articleId, key, event.expression);
    const time = this.now().toISOString();
    const edit: EventEdit = existing ?? {
      key,
      articleId,
      target: { ...event.expression, quote: event.quote },
      sentence: event.sentence,
      isAdded: false,
      createdAt: time,
      updatedAt: time,
      deviceId: this.store.deviceId,
      isDeleted: false,
    };
    return this.save(applyChange(edit, change, time, this.store.deviceId));
  }

  /**
   * Adds an event dated `value` for the passage `range` (UTF-16 offsets into the canonical text)
   * with an optional title (else the passage). `invalid-input` for an empty or out-of-text passage
   * or a date not in the calendar.
   */
  async add(articleId: string, range: { start: number; end: number }, value: string, title?: string): Promise<ArticleTimelineView> {
    const text = (await this.store.readArticle(articleId)).content.text;
    if (range.end > text.length || range.end <= range.start || !text.slice(range.start, range.end).trim()) {
      throw new DatelineError('invalid-input', 'Select some of the article’s text to add an event for it.');
    }
    checkDate(value);
    const covering = splitSentences(text).filter((sentence) => sentence.end > range.start && sentence.start < range.end);
    const sentence = covering.length > 0 ? { start: (covering[0] as { start: number }).start, end: (covering.at(-1) as { end: number }).end } : { ...range };
    const time = this.now();
    const edit: EventEdit = {
      key: `u${uuidV7(time.getTime(), this.random(10))}`,
      articleId,
      target: { start: range.start, end: range.end, quote: text.slice(range.start, range.end) },
      sentence,
      value,
      isAdded: true,
      createdAt: time.toISOString(),
      updatedAt: time.toISOString(),
      deviceId: this.store.deviceId,
      isDeleted: false,
    };
    return this.save(applyChange(edit, { title }, time.toISOString(), this.store.deviceId));
  }

  /** Undoes every edit of an event (an added event goes away). `not-found` when the event has no edit. */
  async revert(articleId: string, key: string): Promise<ArticleTimelineView> {
    const event = (await this.timeline.article(articleId)).events.find((candidate) => candidate.key === key);
    const existing = await this.liveEdit(articleId, key, event?.expression);
    if (!existing) throw new DatelineError('not-found', 'This event has no changes to undo.');
    return this.save({ ...existing, isDeleted: true, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId });
  }

  /**
   * The live edit of an event: by key, or (when the extractor's offsets moved since the edit was
   * made) the extracted-event edit whose target overlaps the event's expression.
   */
  private async liveEdit(articleId: string, key: string, expression?: { start: number; end: number }): Promise<EventEdit | null> {
    const edits = (await this.store.notes.listEventEdits(articleId)).filter((edit) => !edit.isDeleted);
    const byKey = edits.find((edit) => edit.key === key);
    if (byKey || !expression) return byKey ?? null;
    return edits.find((edit) => !edit.isAdded && edit.target.start < expression.end && expression.start < edit.target.end) ?? null;
  }

  private async save(edit: EventEdit): Promise<ArticleTimelineView> {
    await this.store.notes.putEventEdit(edit);
    return (await this.timeline.reload(edit.articleId)).view;
  }
}

function applyChange(edit: EventEdit, change: EventChange, time: string, deviceId: string): EventEdit {
  const next: EventEdit = { ...edit, updatedAt: time, deviceId };
  if (change.value !== undefined) {
    checkDate(change.value);
    next.value = change.value;
  }
  if (change.title !== undefined) {
    const title = change.title.replace(/\s+/g, ' ').trim();
    if (title) next.title = title;
    else delete next.title;
  }
  if (change.isHidden !== undefined) next.isHidden = change.isHidden;
  if (change.note !== undefined) {
    if (change.note.trim()) next.note = change.note;
    else delete next.note;
  }
  return next;
}

function checkDate(value: string): void {
  if (!parseCalendarValue(value)) {
    throw new DatelineError('invalid-input', `"${value}" is not a date in the calendar. Write it as YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-Qn, for example 2019-02-22.`);
  }
}
