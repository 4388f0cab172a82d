import type { Note } from '../shared/annotation';
import type { LibraryStore } from '../store/library-store';

/**
 * Every note record of the library in memory, for views across articles (the "all notes" view,
 * note counts in the library list, export). Read from the notes files on first use, then kept up
 * to date from the store's change feed, so a view never re-reads a thousand files.
 */
export class NoteCatalogue {
  private loading: Promise<Map<string, Map<string, Note>>> | null = null;
  /** The live notes per article, counted from the loaded records; null once a note has changed. */
  private counted: Map<string, number> | null = null;

  /** @param store the open library; the catalogue follows its note saves from now on */
  constructor(private readonly store: LibraryStore) {
    store.events.subscribe((change) => {
      if (change.kind === 'article') this.counted = null;
      if (change.kind !== 'note' || !this.loading) return;
      const { note } = change;
      // Chained on the load, so a save made while the files are being read is not lost.
      this.loading = this.loading.then((byArticle) => {
        const notes = byArticle.get(note.articleId) ?? new Map<string, Note>();
        notes.set(note.id, note);
        byArticle.set(note.articleId, notes);
        this.counted = null;
        return byArticle;
      });
    });
  }

  /** Every live (not deleted) note of articles still in the library. */
  async live(): Promise<Note[]> {
    const byArticle = await this.load();
    const notes: Note[] = [];
    for (const [articleId, records] of byArticle) {
      if (!this.store.findArticle(articleId)) continue;
      for (const note of records.values()) if (!note.isDeleted) notes.push(note);
    }
    return notes;
  }

  /**
   * How many live notes each article still in the library has (articles without any are left
   * out). Counted once and kept until a note or an article changes, so listing costs no recount.
   */
  async counts(): Promise<ReadonlyMap<string, number>> {
    const byArticle = await this.load();
    if (this.counted) return this.counted;
    const counts = new Map<string, number>();
    for (const [articleId, records] of byArticle) {
      if (!this.store.findArticle(articleId)) continue;
      let count = 0;
      for (const note of records.values()) if (!note.isDeleted) count += 1;
      if (count > 0) counts.set(articleId, count);
    }
    this.counted = counts;
    return counts;
  }

  /** {@link counts} as a plain record, for the `notes:counts` channel. */
  async countsRecord(): Promise<Record<string, number>> {
    const record: Record<string, number> = {};
    for (const [articleId, count] of await this.counts()) record[articleId] = count;
    return record;
  }

  private load(): Promise<Map<string, Map<string, Note>>> {
    this.loading ??= this.readAll().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async readAll(): Promise<Map<string, Map<string, Note>>> {
    const byArticle = new Map<string, Map<string, Note>>();
    const ids = await this.store.notes.articleIds();
    // Several files at a time: the disk is faster read in parallel than one file after another.
    for (let index = 0; index < ids.length; index += 32) {
      await Promise.all(
        ids.slice(index, index + 32).map(async (articleId) => {
          const notes = await this.store.notes.peek(articleId);
          byArticle.set(articleId, new Map(notes.map((note) => [note.id, note])));
        }),
      );
    }
    return byArticle;
  }
}
