import { correctMetadata, type MetadataCorrection } from '../core/correct-metadata';
import type { Article, ArticleMeta } from '../shared/article';
import type { ImportOutcome } from '../shared/library-status';
import { DatelineError } from '../shared/result';
import type { RemovedArticle } from '../store/library-file';
import type { LibraryStore } from '../store/library-store';
import type { ImportDefaults } from './importers/build-article';
import { findImportFiles, type FoundFile } from './importers/find-import-files';
import { importArticleFile, type ImportedArticle } from './importers/import-article-file';
import { runImportBatch, type ImportProgress } from './importers/import-batch';
import { ImportWorkerPool } from './importers/import-worker-pool';
import { readImportFile } from './importers/read-import-file';

/** How an import runs; every field is optional. */
export interface ImportOptions {
  /** A date and source for files that state none (recorded with origin `user`). */
  defaults?: ImportDefaults;
  /** Called as each file starts and finishes. */
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the import after the files being read: nothing half-written is left. */
  signal?: AbortSignal;
}

/** What a file-and-folder import did, for the summary the user sees. */
export interface ImportSummary {
  /** One per file found (and per link refused), in the order they were found. */
  outcomes: ImportOutcome[];
  imported: number;
  /** Files whose text was already in the library, so they were skipped. */
  duplicates: number;
  /** Files that could not be imported; their outcomes say why. */
  failed: number;
  /** Files in the folders of a kind Dateline does not import (images, scripts…), passed over. */
  skipped: number;
  /** True when the import was cancelled; `notStarted` files were then left alone. */
  isCancelled: boolean;
  notStarted: number;
}

/**
 * Files in hand per import worker: one being read and one waiting. With one, a worker sits idle
 * from the moment it answers until the main thread has stored that page and read the next file
 * from disk, and V8 spends those gaps shrinking the worker's heap, only to grow it again.
 */
const FILES_PER_WORKER = 2;

/** Lists, reads and imports articles. */
export class ArticleService {
  /** Imports are added one at a time, so two copies of one text read at once are still one article. */
  private commits: Promise<unknown> = Promise.resolve();

  /**
   * @param store the open library; @param now the clock (tests fix it); @param workers the
   * worker threads that read web pages and Markdown (one pool per service by default)
   */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
    readonly workers: ImportWorkerPool = new ImportWorkerPool(),
  ) {}

  /** Every article's metadata, newest first. */
  list(): ArticleMeta[] {
    return this.store.listArticles();
  }

  /** One whole article; `not-found` when the library has none with this id. */
  get(id: string): Promise<Article> {
    return this.store.readArticle(id);
  }

  /**
   * Imports files: each outcome says imported, duplicate (the same text is already in the library)
   * or failed with the reason, in the order of `paths`; a failure leaves the library as it was
   * and does not stop the rest. A folder among `paths` fails (see {@link importPaths} for folders).
   * Errors that are not about a file (a read-only library, a full disk) stop the import and are thrown.
   */
  async importFiles(paths: readonly string[], options: ImportOptions = {}): Promise<ImportOutcome[]> {
    this.assertWritable();
    const files = paths.map((path) => ({ path, readPath: path }));
    const batch = await runImportBatch(files, this.importLanes(), (file, inTurn) => this.importOne(file, options, inTurn), options.onProgress, options.signal);
    return batch.outcomes;
  }

  /**
   * Imports files and folders (walked as {@link findImportFiles} describes: links out of a folder
   * are refused, hidden files skipped), several files at once, reporting progress through
   * `options.onProgress` and stopping early when `options.signal` aborts. Answers the summary the
   * user sees. The library is never left half-written: each article is added whole or not at all.
   */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    this.assertWritable();
    const found = await findImportFiles(paths, options.signal);
    const batch = await runImportBatch(found.files, this.importLanes(), (file, inTurn) => this.importOne(file, options, inTurn), options.onProgress, options.signal);
    const outcomes: ImportOutcome[] = [...found.refused.map((refusal) => ({ status: 'failed' as const, ...refusal })), ...batch.outcomes];
    const count = (status: ImportOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
    return {
      outcomes,
      imported: count('imported'),
      duplicates: count('duplicate'),
      failed: count('failed'),
      skipped: found.skipped,
      isCancelled: options.signal?.aborted ?? false,
      notStarted: batch.notStarted,
    };
  }

  /**
   * Corrects an article's title, source, place or publication date (each marked as the user's)
   * and saves it in the library; answers the new metadata. Throws `not-found` for an unknown id
   * and `invalid-input` for a value that cannot be used.
   * The article's timeline follows: the store tells the change, and the TimelineService extracts
   * it again against the new date (its cache records the date it was resolved against).
   */
  async updateMetadata(id: string, correction: MetadataCorrection): Promise<ArticleMeta> {
    this.assertWritable();
    const meta = this.store.findArticle(id);
    if (!meta) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
    const corrected = correctMetadata(meta, correction);
    await this.store.updateArticleMeta(corrected);
    return corrected;
  }

  /**
   * Deletes an article: it leaves the index, its folder (text, original file, timeline cache) is
   * removed, and its live notes become tombstones in one write of its notes file — kept, with
   * their text and passage, as every deleted note is, so they replicate as deleted — and come
   * back when the same article is imported again. The index keeps a record of the removal. Tags, collection
   * memberships and event edits are left as records; nothing shows them while the article is gone.
   * The search index and the timeline follow through the store's change feed. Answers how many
   * notes were deleted with it; `not-found` for an unknown id.
   */
  async remove(id: string): Promise<{ id: string; deletedNotes: number }> {
    this.assertWritable();
    if (!this.store.findArticle(id)) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed already.');
    // The article first: if the notes cannot be marked afterwards, they are left live, not lost.
    const time = this.now().toISOString();
    await this.store.removeArticle(id, time);
    const live = (await this.store.notes.list(id)).filter((note) => !note.isDeleted);
    const tombstones = live.map((note) => ({ ...note, isDeleted: true, updatedAt: time, deviceId: this.store.deviceId }));
    if (tombstones.length > 0) await this.store.notes.putAll(id, tombstones);
    return { id, deletedNotes: tombstones.length };
  }

  /** Ends the import workers (they also end themselves when idle). */
  close(): Promise<void> {
    return this.workers.close();
  }

  /** Reads, converts and adds one file; null when the import was cancelled before it was added. */
  private async importOne(found: FoundFile, options: ImportOptions, inTurn: <T>(add: () => Promise<T>) => Promise<T>): Promise<ImportOutcome | null> {
    const path = found.path;
    let imported: ImportedArticle;
    let original: Uint8Array;
    try {
      const file = await readImportFile(found.readPath);
      original = file.bytes;
      imported = await importArticleFile(file, { now: this.now(), workers: this.workers, defaults: options.defaults, signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) return null;
      if (error instanceof DatelineError && error.code === 'import-failed') return { status: 'failed', path, message: error.message };
      throw error;
    }
    return inTurn(async () => (options.signal?.aborted ? null : this.commit(path, imported, original)));
  }

  /** Adds an article (with its assets) unless its text is already in the library; one commit at a time. */
  private commit(path: string, { article, assets }: ImportedArticle, original: Uint8Array): Promise<ImportOutcome> {
    const run = this.commits.then(async (): Promise<ImportOutcome> => {
      const existing = this.store.findArticle(article.meta.id);
      if (existing) return { status: 'duplicate', path, id: existing.id, title: existing.title };
      const removed = this.store.findRemovedArticle(article.meta.id);
      await this.store.addArticle(article, original, assets);
      // The article is in: notes that cannot be brought back now stay tombstones, and the import still succeeded.
      const restoredNotes = removed ? await this.restoreNotesRemovedWith(removed).catch(() => 0) : 0;
      return { status: 'imported', path, id: article.meta.id, title: article.meta.title, ...(restoredNotes > 0 ? { restoredNotes } : {}) };
    });
    this.commits = run.catch(() => undefined);
    return run;
  }

  /**
   * Files an import reads at once: {@link FILES_PER_WORKER} per worker, so that a worker that
   * finishes a page finds the next one already waiting in the pool's queue.
   */
  private importLanes(): number {
    return this.workers.size * FILES_PER_WORKER;
  }

  /**
   * Brings back the notes removed with an article (deleted at the moment of its removal, on that
   * device), now that the same article is back; notes the user had deleted before stay deleted.
   * Answers how many came back. If they cannot be written they stay tombstones, not lost.
   */
  private async restoreNotesRemovedWith(removed: RemovedArticle): Promise<number> {
    const time = this.now().toISOString();
    const restored = (await this.store.notes.list(removed.id))
      .filter((note) => note.isDeleted && note.updatedAt === removed.removedAt && note.deviceId === removed.deviceId)
      .map((note) => ({ ...note, isDeleted: false, updatedAt: time, deviceId: this.store.deviceId }));
    if (restored.length > 0) await this.store.notes.putAll(removed.id, restored);
    return restored.length;
  }

  private assertWritable(): void {
    if (this.store.isReadOnly) throw new DatelineError('io', this.store.readOnlyReason ?? 'This library is read-only.');
  }
}
