import type { Note } from '../shared/annotation';
import type { LibraryStore } from '../store/library-store';
import { NoteCounts } from './note-counts';

/**
 * Every note record of the library in memory, for views across articles (the "all notes" view,
 * note counts in the library list, export). Read from the notes files on first use, then kept up
 * to date from the store's change feed, so a view never re-reads a thousand files.
 */
export class NoteCatalogue {
  private loading: Promise<Map<string, Map<string, Note>>> | null = null;
  /** The counts, kept apart: listing the library must not wait for every note to be read. */
  private readonly noteCounts: NoteCounts;

  /** @param store the open library; the catalogue follows its note saves from now on */
  constructor(private readonly store: LibraryStore) {
    this.noteCounts = new NoteCounts(store);
    store.events.subscribe((change) => {
      if (change.kind !== 'note' || !this.loading) return;
      const { note } = change;
      // Chained on the load, so a save made while the files are being read is not lost.
      this.loading = this.loading.then((byArticle) => {
        const notes = byArticle.get(note.articleId) ?? new Map<string, Note>();
        notes.set(note.id, note);
        byArticle.set(note.articleId, notes);
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
   * out), from the counts saved at the last close where the notes files have not changed since.
   */
  async counts(): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>();
    for (const [articleId, live] of await this.noteCounts.all()) if (live > 0 && this.store.findArticle(articleId)) counts.set(articleId, live);
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
