import type { NoteView } from '../../../src-main/shared/annotation';
import type { NoteColor } from '../../../src-main/shared/note-limits';
import { compareReadingOrder } from '../../../src-main/shared/note-order';
import type { Result } from '../../../src-main/shared/result';
import type { DatelineApi } from '../api';
import { UndoHistory } from '../undo-history';
import { Autosave, type SaveState } from './autosave.svelte';

/**
 * The side notes of the open article: listing, creating, editing (autosaved while typing),
 * deleting, and undo and redo of each of those. `changed` is called after every saved change, so
 * the library can refresh its note counts.
 */
export class NotesState {
  notes = $state.raw<NoteView[]>([]);
  articleId = $state<string | null>(null);
  /** The note whose editor is open. */
  editingId = $state<string | null>(null);
  /** The note last focused or clicked. */
  activeId = $state<string | null>(null);
  /** The last failure, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** What the last undo or redo did, for a screen reader and the status line. */
  status = $state('');

  private readonly history = new UndoHistory();
  private readonly autosave = new Autosave<{ id: string; body: string }>(
    async ({ id, body }) => this.accept(await this.api.notes.update({ articleId: this.articleId as string, id, body })) !== null,
    () => this.articleId !== null,
  );
  private bodyAtOpen: { id: string; body: string } | null = null;

  /** @param api the renderer's API to main; @param changed called after each saved change */
  constructor(
    private readonly api: DatelineApi,
    private readonly changed: () => void = () => undefined,
  ) {}

  /** Loads an article's notes (after saving what is pending for the previous one). */
  async load(articleId: string): Promise<void> {
    await this.closeEditor();
    if (articleId !== this.articleId) this.history.clear();
    this.articleId = articleId;
    const result = await this.api.notes.list({ articleId });
    if (articleId !== this.articleId) return;
    if (result.ok) this.notes = result.value;
    else this.error = result.error.message;
  }

  /** Notes with a place in the text, in reading order. */
  get anchored(): NoteView[] {
    return this.notes.filter((note) => note.anchor !== null);
  }

  /** Notes on the article as a whole. */
  get wholeArticle(): NoteView[] {
    return this.notes.filter((note) => note.target === null);
  }

  /** Notes whose passage is gone from the text. */
  get orphaned(): NoteView[] {
    return this.notes.filter((note) => note.isOrphaned);
  }

  /** Makes a highlight or note on a range (or the whole article, with null); opens its editor when `isEditing`. */
  async create(range: { start: number; end: number } | null, color: NoteColor, isEditing: boolean): Promise<NoteView | null> {
    const articleId = this.articleId;
    if (!articleId) return null;
    await this.closeEditor();
    const created = this.accept(await this.api.notes.create({ articleId, range, color }));
    if (!created) return null;
    this.put(created);
    this.history.record({
      label: isEditing ? 'Add note' : 'Highlight',
      undo: () => this.removeQuietly(articleId, created.id),
      redo: () => this.restoreQuietly(articleId, created.id),
    });
    this.activeId = created.id;
    if (isEditing) this.openEditor(created.id);
    this.changed();
    return created;
  }

  /** Opens a note's editor (closing, and saving, any other). */
  openEditor(id: string): void {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note) return;
    if (this.editingId && this.editingId !== id) void this.closeEditor();
    this.editingId = id;
    this.activeId = id;
    this.bodyAtOpen = { id, body: note.body };
  }

  /** Takes what was typed: shown at once, saved after a pause in typing. */
  editBody(id: string, body: string): void {
    this.notes = this.notes.map((note) => (note.id === id ? { ...note, body } : note));
    this.autosave.queue({ id, body });
  }

  /** Saves typing not yet saved, now. Safe to call at any time (closing the window calls it). */
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
    const articleId = this.articleId;
    this.editingId = null;
    this.bodyAtOpen = null;
    if (!opened || !articleId) return;
    const now = this.notes.find((note) => note.id === opened.id)?.body;
    if (now === undefined || now === opened.body) return;
    this.history.record({
      label: 'Edit note',
      undo: () => this.updateQuietly(articleId, opened.id, { body: opened.body }),
      redo: () => this.updateQuietly(articleId, opened.id, { body: now }),
    });
  }

  /** Changes a note's colour. */
  async recolor(id: string, color: NoteColor): Promise<void> {
    const articleId = this.articleId;
    const before = this.notes.find((note) => note.id === id)?.color;
    if (!articleId || !before || before === color) return;
    if ((await this.updateQuietly(articleId, id, { color })) !== null) return;
    this.history.record({
      label: 'Change colour',
      undo: () => this.updateQuietly(articleId, id, { color: before }),
      redo: () => this.updateQuietly(articleId, id, { color }),
    });
  }

  /** Replaces a note's tags. */
  async retag(id: string, tags: string[]): Promise<void> {
    const articleId = this.articleId;
    const before = this.notes.find((note) => note.id === id)?.tags;
    if (!articleId || !before) return;
    if ((await this.updateQuietly(articleId, id, { tags })) !== null) return;
    this.history.record({
      label: 'Change tags',
      undo: () => this.updateQuietly(articleId, id, { tags: before }),
      redo: () => this.updateQuietly(articleId, id, { tags }),
    });
  }

  /** Deletes a note; undo brings it back. */
  async remove(id: string): Promise<void> {
    const articleId = this.articleId;
    if (!articleId) return;
    if (this.editingId === id) await this.closeEditor();
    if ((await this.removeQuietly(articleId, id)) !== null) return;
    this.history.record({ label: 'Delete note', undo: () => this.restoreQuietly(articleId, id), redo: () => this.removeQuietly(articleId, id) });
    this.status = 'Note deleted. Undo with Ctrl+Z.';
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

  private async runHistory(step: () => Promise<string | null>, verb: string): Promise<void> {
    try {
      const label = await step();
      this.status = label ? `${verb}: ${label.toLowerCase()}.` : `Nothing to ${verb === 'Undid' ? 'undo' : 'redo'}.`;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async removeQuietly(articleId: string, id: string): Promise<string | null> {
    const result = await this.api.notes.delete({ articleId, id });
    if (!result.ok) return (this.error = result.error.message);
    if (articleId === this.articleId) this.notes = this.notes.filter((note) => note.id !== id);
    this.changed();
    return null;
  }

  private async restoreQuietly(articleId: string, id: string): Promise<string | null> {
    const result = await this.api.notes.restore({ articleId, id });
    if (!result.ok) return (this.error = result.error.message);
    if (articleId === this.articleId) this.put(result.value);
    this.changed();
    return null;
  }

  private async updateQuietly(articleId: string, id: string, patch: { body?: string; color?: NoteColor; tags?: string[] }): Promise<string | null> {
    const result = await this.api.notes.update({ articleId, id, ...patch });
    if (!result.ok) return (this.error = result.error.message);
    if (articleId === this.articleId) this.put(result.value);
    return null;
  }

  private accept<T>(result: Result<T>): T | null {
    if (result.ok) {
      this.error = null;
      return result.value;
    }
    this.error = result.error.message;
    return null;
  }

  /** Inserts or replaces a note, keeping reading order. */
  private put(note: NoteView): void {
    this.notes = [...this.notes.filter((candidate) => candidate.id !== note.id), note].sort(compareReadingOrder);
  }
}
