import { randomBytes } from 'node:crypto';
import { describePassage, reanchor } from '../core/anchoring';
import { uuidV7 } from '../core/uuid-v7';
import type { Note, NoteView } from '../shared/annotation';
import type { ArticleMeta } from '../shared/article';
import { MAX_NOTE_LENGTH, type NoteColor } from '../shared/note-limits';
import { compareReadingOrder } from '../shared/note-order';
import { DatelineError } from '../shared/result';
import type { LibraryStore } from '../store/library-store';
import { ArticleTexts } from './article-texts';

/** What a new note is made of: a range of the canonical text, or null for the article as a whole. */
export interface NewNote {
  articleId: string;
  range: { start: number; end: number } | null;
  body?: string;
  color?: NoteColor;
  tags?: string[];
}

/** A change to a note's body, colour or tags; what is left out stays as it is. */
export interface NoteChange {
  articleId: string;
  id: string;
  body?: string;
  color?: NoteColor;
  tags?: string[];
}

/** What a note is anchored in: the article's metadata (for its text hash) and its canonical text. */
interface AnchorText {
  meta: ArticleMeta;
  text: string;
}

/** Side notes: made on a passage (or a whole article), edited, deleted as tombstones and restored. */
export class NoteService {
  /** The texts of the articles being annotated: a save does not read content.json again. */
  private readonly texts: ArticleTexts;

  /** @param store the open library; @param now the clock; @param random random bytes (tests fix them) */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
    private readonly random: (size: number) => Uint8Array = randomBytes,
  ) {
    this.texts = new ArticleTexts(store.dir);
  }

  /**
   * An article's notes in reading order: notes on the whole article first, then by where their
   * passage starts in the current text, then orphaned notes (whose passage is gone) by age.
   */
  async list(articleId: string): Promise<NoteView[]> {
    const article = await this.article(articleId);
    const notes = (await this.store.notes.list(articleId)).filter((note) => !note.isDeleted);
    return notes.map((note) => viewOf(note, article)).sort(compareReadingOrder);
  }

  /** Makes a note. The range is trimmed of surrounding white space and must keep some text. */
  async create(input: NewNote): Promise<NoteView> {
    const article = await this.article(input.articleId, 'so the note was not saved');
    checkBody(input.body ?? '');
    const range = input.range ? trimRange(article.text, input.range) : null;
    const time = this.now();
    const note: Note = {
      id: uuidV7(time.getTime(), this.random(10)),
      articleId: input.articleId,
      target: range ? { textHash: article.meta.contentHash, ...describePassage(article.text, range.start, range.end) } : null,
      body: input.body ?? '',
      color: input.color ?? 'yellow',
      tags: normaliseTags(input.tags ?? []),
      createdAt: time.toISOString(),
      updatedAt: time.toISOString(),
      deviceId: this.store.deviceId,
      isDeleted: false,
    };
    await this.store.notes.put(note);
    return viewOf(note, article);
  }

  /** Changes a note's body, colour or tags. */
  async update(change: NoteChange): Promise<NoteView> {
    const article = await this.article(change.articleId, 'so the note was not saved');
    const note = await this.find(change.articleId, change.id);
    if (change.body !== undefined) checkBody(change.body);
    const updated: Note = {
      ...note,
      body: change.body ?? note.body,
      color: change.color ?? note.color,
      tags: change.tags ? normaliseTags(change.tags) : note.tags,
      updatedAt: this.now().toISOString(),
      deviceId: this.store.deviceId,
    };
    await this.store.notes.put(updated);
    return viewOf(updated, article);
  }

  /** Deletes a note: its record stays as a tombstone, so the deletion can be undone with {@link restore}. */
  async remove(articleId: string, id: string): Promise<void> {
    const note = await this.find(articleId, id);
    await this.store.notes.put({ ...note, isDeleted: true, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId });
  }

  /** Brings back a deleted note as it was. */
  async restore(articleId: string, id: string): Promise<NoteView> {
    const article = await this.article(articleId, 'so the note cannot be brought back');
    const note = await this.find(articleId, id, true);
    const restored: Note = { ...note, isDeleted: false, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId };
    await this.store.notes.put(restored);
    return viewOf(restored, article);
  }

  /** Finds a note by id alone, looking through every article (for the command line). */
  async findAnywhere(id: string): Promise<Note | null> {
    for (const articleId of await this.store.notes.articleIds()) {
      const note = (await this.store.notes.list(articleId)).find((candidate) => candidate.id === id);
      if (note) return note;
    }
    return null;
  }

  private async article(articleId: string, consequence = ''): Promise<AnchorText> {
    const meta = this.store.findArticle(articleId);
    if (!meta) {
      this.texts.forget(articleId);
      throw new DatelineError('not-found', `This article is no longer in the library${consequence ? `, ${consequence}` : ''}.`);
    }
    return { meta, text: await this.texts.get(articleId) };
  }

  private async find(articleId: string, id: string, isDeletedAllowed = false): Promise<Note> {
    const note = (await this.store.notes.list(articleId)).find((candidate) => candidate.id === id);
    if (!note || (note.isDeleted && !isDeletedAllowed)) throw new DatelineError('not-found', 'This note no longer exists. It may have been deleted.');
    return note;
  }
}

function viewOf(note: Note, article: AnchorText): NoteView {
  if (!note.target) return { ...note, anchor: null, isOrphaned: false };
  const anchor = reanchor(article.text, article.meta.contentHash, note.target);
  return { ...note, anchor: anchor ? { start: anchor.start, end: anchor.end } : null, isOrphaned: anchor === null };
}

/** Narrows a range to the text inside it, without the white space at its ends. */
function trimRange(text: string, range: { start: number; end: number }): { start: number; end: number } {
  if (range.start < 0 || range.end > text.length || range.end < range.start) {
    throw new DatelineError('invalid-input', 'The selected passage is not in this article’s text. Select it again.');
  }
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  if (start === end) throw new DatelineError('invalid-input', 'Select some words of the article first, then add the note.');
  return { start, end };
}

function checkBody(body: string): void {
  if (body.length > MAX_NOTE_LENGTH) {
    throw new DatelineError(
      'invalid-input',
      `A note can be up to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters; this one has ${body.length.toLocaleString('en')}. Shorten it or split it into several notes.`,
    );
  }
}

function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}
