import type { LibraryStore } from '../store/library-store';
import { notesFileStamp, readNoteCounts, writeNoteCounts, type CountedNotesFile } from '../store/note-counts-file';

/** How many notes files are looked at once. */
const CONCURRENCY = 32;

/**
 * How many live notes each notes file holds, without reading a thousand files on every start:
 * the counts saved at the last close are reused for files whose stamp has not changed, and only
 * the others are read. Kept up to date from the store's note saves; saved again on close.
 */
export class NoteCounts {
  private loading: Promise<Map<string, CountedNotesFile>> | null = null;
  /** Articles whose notes changed since they were last counted. */
  private readonly changed = new Set<string>();
  private isSaveNeeded = false;

  /** @param store the open library; the counts follow its note saves from now on */
  constructor(private readonly store: LibraryStore) {
    store.events.subscribe((change) => {
      if (change.kind === 'note') this.changed.add(change.note.articleId);
    });
    store.events.onClose(() => this.save());
  }

  /** Live notes per article id, for every notes file (articles no longer in the library included). */
  async all(): Promise<Map<string, number>> {
    this.loading ??= this.read().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    const files = await this.loading;
    for (const articleId of [...this.changed]) {
      this.changed.delete(articleId);
      const live = (await this.store.notes.list(articleId)).filter((note) => !note.isDeleted).length;
      // No stamp: this file is counted again on the next start (its new stamp is not known here).
      files.set(articleId, { stamp: '', live });
      this.isSaveNeeded = true;
    }
    return new Map([...files].map(([articleId, file]) => [articleId, file.live]));
  }

  private async read(): Promise<Map<string, CountedNotesFile>> {
    const saved = await readNoteCounts(this.store.dir);
    const ids = await this.store.notes.articleIds();
    const files = new Map<string, CountedNotesFile>();
    for (let index = 0; index < ids.length; index += CONCURRENCY) {
      await Promise.all(
        ids.slice(index, index + CONCURRENCY).map(async (articleId) => {
          const stamp = await notesFileStamp(this.store.notes.dir, articleId);
          const known = saved.get(articleId);
          if (known && stamp !== '' && known.stamp === stamp) return files.set(articleId, known);
          const live = (await this.store.notes.peek(articleId)).filter((note) => !note.isDeleted).length;
          this.isSaveNeeded = true;
          return files.set(articleId, { stamp, live });
        }),
      );
    }
    if (saved.size !== files.size) this.isSaveNeeded = true;
    return files;
  }

  private async save(): Promise<void> {
    if (!this.loading || this.store.isReadOnly) return;
    await this.all();
    if (!this.isSaveNeeded) return;
    const files = await this.loading;
    await writeNoteCounts(this.store.dir, files);
    this.isSaveNeeded = false;
  }
}
