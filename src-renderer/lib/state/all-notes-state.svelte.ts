import type { NoteView } from '../../../src-main/shared/annotation';
import type { NoteColor } from '../../../src-main/shared/note-limits';
import type { Result } from '../../../src-main/shared/result';
import type { DatelineApi } from '../api';
import { articlesOfNotes, groupByArticle, orderNotes, tagsOfNotes, type AllNotesSort, type ListedNote, type NoteGroup } from '../all-notes-order';
import { UndoHistory } from '../undo-history';
import { Autosave, type SaveState } from './autosave.svelte';

/** The filters of the "all notes" view; each left out lets every note through. `text` is words the body, quote or tags contain. */
export interface AllNotesFilter {
  text?: string;
  tag?: string;
  color?: NoteColor;
  articleId?: string;
}

/** The most notes one listing asks for (the channel's own limit); more are reached by narrowing the filters. */
export const ALL_NOTES_PAGE = 1000;

/**
 * The "all notes" view across the library: which notes pass the filters, in which order, and
 * editing them in place (body autosaved while typing, colour, tags, delete) with undo and redo,
 * through the same note channels the margin uses. `changed` is called after each saved change
 * that adds or removes a note, so the library can refresh its counts.
 */
export class AllNotesState {
  isOpen = $state(false);
  filter = $state.raw<AllNotesFilter>({});
  sort = $state<AllNotesSort>('article');
  /** The notes that pass the filters (at most {@link ALL_NOTES_PAGE}), as main answered them. */
  notes = $state.raw<ListedNote[]>([]);
  /** How many notes pass the filters in all. */
  total = $state(0);
  /** How many notes the library has, filters aside. */
  libraryTotal = $state(0);
  /** Every tag on a note, and every article with notes: what the filters offer. */
  tags = $state.raw<string[]>([]);
  articles = $state.raw<Array<{ id: string; title: string }>>([]);
  isLoading = $state(false);
  editingId = $state<string | null>(null);
  /** The last failure, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** What the last change, undo or redo did, for the status line and a screen reader. */
  status = $state('');
  /** True while the last change was a delete that Undo would bring back. */
  canUndoDelete = $state(false);

  private readonly history = new UndoHistory();
  private readonly autosave = new Autosave<{ note: ListedNote; body: string }>(async ({ note, body }) => (await this.updateQuietly(note, { body })) === null);
  private bodyAtOpen: { note: ListedNote; body: string } | null = null;
  private request = 0;

  /** @param api the renderer's API to main; @param changed called after a note is deleted or restored */
  constructor(
    private readonly api: DatelineApi,
    private readonly changed: () => void = () => undefined,
  ) {}

  /** The listed notes in the chosen order. */
  get ordered(): ListedNote[] {
    return orderNotes(this.notes, this.sort);
  }

  /** The listed notes under their articles (sorted by article), or one group per run of one article (by date). */
  get groups(): NoteGroup[] {
    return groupByArticle(this.ordered);
  }

  /** True when any filter is set. */
  get isFiltered(): boolean {
    return Object.values(this.filter).some((value) => value !== undefined && value !== '');
  }

  /** Shows the view and lists the notes. */
  async open(): Promise<void> {
    this.isOpen = true;
    await this.load();
  }

  /** Saves what is pending and hides the view. */
  async close(): Promise<void> {
    await this.closeEditor();
    this.isOpen = false;
  }

  /** Lists the notes that pass the filters, and what the filters can offer. A later call wins over an earlier one still answering. */
  async load(): Promise<void> {
    const request = ++this.request;
    this.isLoading = true;
    const filter = { ...this.filter, text: this.filter.text?.trim() || undefined };
    const [filtered, every] = await Promise.all([this.api.notes.all({ ...filter, limit: ALL_NOTES_PAGE }), this.api.notes.all({ limit: ALL_NOTES_PAGE })]);
    if (request !== this.request) return;
    this.isLoading = false;
    const page = this.accept(filtered);
    if (every.ok) {
      this.libraryTotal = every.value.total;
      this.tags = tagsOfNotes(every.value.notes);
      this.articles = articlesOfNotes(every.value.notes);
    }
    if (!page) return;
    this.notes = page.notes;
    this.total = page.total;
  }

  /** Changes the filters and lists again. */
  async setFilter(patch: Partial<AllNotesFilter>): Promise<void> {
    await this.closeEditor();
    this.filter = { ...this.filter, ...patch };
    await this.load();
  }

  /** Clears every filter and lists again. */
  async clearFilters(): Promise<void> {
    await this.closeEditor();
    this.filter = {};
    await this.load();
  }

  /** Opens a note's editor (closing, and saving, any other). */
  openEditor(id: string): void {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note) return;
    if (this.editingId && this.editingId !== id) void this.closeEditor();
    this.editingId = id;
    this.bodyAtOpen = { note, body: note.body };
  }

  /** Takes what was typed: shown at once, saved after a pause in typing. */
  editBody(id: string, body: string): void {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note) return;
    this.notes = this.notes.map((candidate) => (candidate.id === id ? { ...candidate, body } : candidate));
    this.autosave.queue({ note, body });
  }

  /** Saves typing not yet saved, now. Safe to call at any time. */
  async flush(): Promise<void> {
    await this.autosave.flush();
  }

  /** Whether the note being edited is on disk. */
  get saveState(): SaveState {
    return this.autosave.state;
  }

  /** Closes the editor, saving the text and recording the edit for undo. */
  async closeEditor(): Promise<void> {
    await this.flush();
    const opened = this.bodyAtOpen;
    this.editingId = null;
    this.bodyAtOpen = null;
    if (!opened) return;
    const now = this.notes.find((note) => note.id === opened.note.id)?.body;
    if (now === undefined || now === opened.body) return;
    this.record('Edit note', () => this.updateQuietly(opened.note, { body: opened.body }), () => this.updateQuietly(opened.note, { body: now }));
  }

  /** Changes a note's colour. */
  async recolor(id: string, color: NoteColor): Promise<void> {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note || note.color === color) return;
    if ((await this.updateQuietly(note, { color })) !== null) return;
    this.record('Change colour', () => this.updateQuietly(note, { color: note.color }), () => this.updateQuietly(note, { color }));
  }

  /** Replaces a note's tags. */
  async retag(id: string, tags: string[]): Promise<void> {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note) return;
    if ((await this.updateQuietly(note, { tags })) !== null) return;
    this.record('Change tags', () => this.updateQuietly(note, { tags: note.tags }), () => this.updateQuietly(note, { tags }));
  }

  /** Deletes a note (a tombstone); undo brings it back. */
  async remove(id: string): Promise<void> {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note) return;
    if (this.editingId === id) await this.closeEditor();
    if ((await this.removeQuietly(note)) !== null) return;
    this.record('Delete note', () => this.restoreQuietly(note), () => this.removeQuietly(note));
    this.status = 'Note deleted.';
    this.canUndoDelete = true;
  }

  /** Takes back the latest change. */
  async undo(): Promise<void> {
    await this.closeEditor();
    await this.runHistory(() => this.history.undo(), 'Undid');
  }

  /** Makes the latest undone change again. */
  async redo(): Promise<void> {
    await this.closeEditor();
    await this.runHistory(() => this.history.redo(), 'Redid');
  }

  private record(label: string, undo: () => Promise<string | null>, redo: () => Promise<string | null>): void {
    this.history.record({ label, undo, redo });
    this.canUndoDelete = false;
  }

  private async runHistory(step: () => Promise<string | null>, verb: string): Promise<void> {
    this.canUndoDelete = false;
    try {
      const label = await step();
      this.status = label ? `${verb}: ${label.toLowerCase()}.` : `Nothing to ${verb === 'Undid' ? 'undo' : 'redo'}.`;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async updateQuietly(note: ListedNote, patch: { body?: string; color?: NoteColor; tags?: string[] }): Promise<string | null> {
    const saved = this.accept(await this.api.notes.update({ articleId: note.articleId, id: note.id, ...patch }));
    if (!saved) return this.error;
    this.put(saved, note.articleTitle);
    return null;
  }

  private async removeQuietly(note: ListedNote): Promise<string | null> {
    if (!this.accept(await this.api.notes.delete({ articleId: note.articleId, id: note.id }))) return this.error;
    const isListed = this.notes.some((candidate) => candidate.id === note.id);
    this.notes = this.notes.filter((candidate) => candidate.id !== note.id);
    if (isListed) this.total -= 1;
    this.libraryTotal -= 1;
    this.changed();
    return null;
  }

  private async restoreQuietly(note: ListedNote): Promise<string | null> {
    const restored = this.accept(await this.api.notes.restore({ articleId: note.articleId, id: note.id }));
    if (!restored) return this.error;
    this.put(restored, note.articleTitle);
    this.total += 1;
    this.libraryTotal += 1;
    this.changed();
    return null;
  }

  /** Replaces (or brings back) a listed note with what main saved; the listing keeps only the stored fields. */
  private put(saved: NoteView, articleTitle: string): void {
    const { anchor: _anchor, isOrphaned: _isOrphaned, ...record } = saved;
    const listed: ListedNote = { ...record, articleTitle };
    const current = this.notes.find((candidate) => candidate.id === saved.id);
    // Typing that arrived after this save stays on screen; it is saved next.
    const shown = current && this.autosave.pending?.note.id === saved.id ? { ...listed, body: current.body } : listed;
    this.notes = current ? this.notes.map((candidate) => (candidate.id === saved.id ? shown : candidate)) : [...this.notes, shown];
  }

  private accept<T>(result: Result<T>): T | null {
    if (result.ok) {
      this.error = null;
      return result.value;
    }
    this.error = result.error.message;
    return null;
  }
}
