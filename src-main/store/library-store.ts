import * as fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Article, ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { SettingsSchema, type Settings } from '../shared/settings';
import { findMissingArticles, findUnindexedArticles, readArticleFile, writeArticleFiles, articleFolder, type ArticleAsset } from './article-files';
import { snapshot } from './backups';
import { DurableJsonFile, isCode, TEMP_SUFFIX, toIoError, type DurableFs } from './durable-file';
import { acquireLibraryLock, type LibraryLock, type LockOwner } from './library-lock';
import type { LibraryFile, RemovedArticle } from './library-file';

/** The part of library.json that organises articles: collections, memberships, article tags. */
export type Organisation = Pick<LibraryFile, 'collections' | 'memberships' | 'articleTags'>;
import { loadLibraryFile } from './load-library-file';
import { readDeviceId } from './device-id';
import { NotesStore } from './notes-store';
import { ReadingStore } from './reading-store';
import { StoreEvents } from './store-events';

/** How to open a library. */
export interface OpenLibraryOptions {
  /** Who takes the single-writer lock; null opens read-only without taking it. */
  owner: LockOwner | null;
  /** Why the library is read-only, when `owner` is null (shown when a write is attempted). */
  readOnlyReason?: string;
  /** The file system for library.json writes; tests inject failures through it. */
  fs?: DurableFs;
  /** The clock; tests fix it. */
  now?: () => Date;
}

/**
 * The sole owner of a library folder on disk: library.json (through lowdb and a durable adapter)
 * and the article folders. Every change goes through here, one at a time, and is on disk when its
 * promise resolves. A change that fails leaves both the file and the in-memory index as they were.
 */
export class LibraryStore {
  private changes: Promise<unknown> = Promise.resolve();

  private constructor(
    /** Absolute path of the library folder. */
    readonly dir: string,
    private readonly db: Low<LibraryFile>,
    private readonly lock: LibraryLock | null,
    /** Set when the library must not be written; says why. */
    readonly readOnlyReason: string | null,
    /** What the user must be told about opening it (a file set aside, a backup restored). */
    readonly notices: readonly string[],
    /** The notes of every article, one file per article. */
    readonly notes: NotesStore,
    /** This device's id, recorded on every note it changes. */
    readonly deviceId: string,
    /** Told every change once it is on disk; derived data (search) follows the library through it. */
    readonly events: StoreEvents,
    /** Where the reader left each article (reading.json). */
    readonly reading: ReadingStore,
  ) {}

  /**
   * Opens (creating if needed) the library in `dir`: takes the lock, loads and if needed repairs
   * library.json, recovers article folders missing from the index, removes temporary files left by
   * an interrupted write, and keeps a backup generation of the good index.
   */
  static async open(dir: string, options: OpenLibraryOptions): Promise<LibraryStore> {
    const root = path.resolve(dir);
    const now = options.now ?? (() => new Date());
    const isReadOnly = options.owner === null;
    if (!isReadOnly) {
      try {
        await fs.mkdir(path.join(root, 'articles'), { recursive: true });
      } catch (error) {
        throw toIoError(error, `create the library folder ${root}`);
      }
    }
    const lock = options.owner ? await acquireLibraryLock(root, options.owner) : null;
    try {
      const adapter = new DurableJsonFile<LibraryFile>(path.join(root, 'library.json'), options.fs);
      const loaded = await loadLibraryFile(root, adapter, { isReadOnly, now: now() });
      const db = new Low<LibraryFile>(adapter, loaded.data);
      const readOnlyReason = loaded.readOnlyReason ?? (isReadOnly ? (options.readOnlyReason ?? 'This library is open read-only.') : null);
      const notices = [...loaded.notices];
      const isChanged = await reconcileArticles(root, db.data, notices);
      if (readOnlyReason === null) {
        if (loaded.isGoodOnDisk) await snapshot(adapter.file, path.join(root, 'backups'), now());
        if (loaded.needsWrite || isChanged) await db.write();
        await removeTemporaryFiles(root);
      }
      const events = new StoreEvents();
      const notes = new NotesStore(root, readOnlyReason, notices, events);
      const deviceId = await readDeviceId(root, readOnlyReason !== null);
      const reading = new ReadingStore(root, readOnlyReason, notices, events);
      return new LibraryStore(root, db, lock, readOnlyReason, notices, notes, deviceId, events, reading);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** True when writes are refused; {@link readOnlyReason} says why. */
  get isReadOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** Every article's metadata, newest publication first (undated last, then by import time). */
  listArticles(): ArticleMeta[] {
    // ISO dates sort by their characters; a plain comparison is many times cheaper than localeCompare.
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return this.articleMetas().sort((a, b) => compare(b.published?.value ?? '', a.published?.value ?? '') || compare(b.importedAt, a.importedAt));
  }

  /** Every article's metadata in no particular order, for callers that sort it their own way. */
  articleMetas(): ArticleMeta[] {
    return Object.values(this.db.data.articles);
  }

  /** The id of every article, in no particular order: cheaper than {@link listArticles} when order does not matter. */
  articleIds(): string[] {
    return Object.keys(this.db.data.articles);
  }

  /** One article's metadata, or null when the library has no article with this id. */
  findArticle(id: string): ArticleMeta | null {
    return Object.hasOwn(this.db.data.articles, id) ? (this.db.data.articles[id] ?? null) : null;
  }

  /** The record an article left when it was removed, or null when it was never removed or has been imported again. */
  findRemovedArticle(id: string): RemovedArticle | null {
    return Object.hasOwn(this.db.data.removedArticles, id) ? (this.db.data.removedArticles[id] ?? null) : null;
  }

  /** One whole article. Throws a `not-found` {@link DatelineError} for an unknown id. */
  async readArticle(id: string): Promise<Article> {
    const meta = this.findArticle(id);
    if (!meta) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
    const article = await readArticleFile(this.dir, id);
    return { meta, content: article.content };
  }

  /**
   * Adds an article: its folder (original file, assets and content.json) first, then the index
   * entry, which also ends the record of an earlier removal of the same article. If the index
   * cannot be saved, the folder is removed again and the error is rethrown.
   */
  async addArticle(article: Article, original: Uint8Array, assets: readonly ArticleAsset[] = []): Promise<void> {
    await this.change(async (draft) => {
      await writeArticleFiles(this.dir, article, original, assets);
      draft.articles[article.meta.id] = article.meta;
      delete draft.removedArticles[article.meta.id];
    }).catch(async (error: unknown) => {
      if (!this.findArticle(article.meta.id)) await fs.rm(articleFolder(this.dir, article.meta.id), { recursive: true, force: true });
      throw error;
    });
    this.events.emit({ kind: 'article', articleId: article.meta.id });
  }

  /**
   * Replaces an article's metadata (a user's correction; its id, text and hash never change):
   * content.json first, so the index can still be rebuilt from the folder, then the index. If the
   * index cannot be saved, content.json is put back as it was and the error is rethrown.
   * Throws `not-found` for an unknown id.
   */
  async updateArticleMeta(meta: ArticleMeta): Promise<void> {
    const contentFile = path.join(articleFolder(this.dir, meta.id), 'content.json');
    let previous: Article | null = null;
    await this.change(async (draft) => {
      if (!Object.hasOwn(draft.articles, meta.id)) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
      previous = await readArticleFile(this.dir, meta.id);
      await new DurableJsonFile(contentFile).write({ schemaVersion: 1 as const, meta, ...previous.content });
      draft.articles[meta.id] = meta;
    }).catch(async (error: unknown) => {
      const old: Article | null = previous;
      if (old) await new DurableJsonFile(contentFile).write({ schemaVersion: 1 as const, meta: old.meta, ...old.content }).catch(() => undefined);
      throw error;
    });
    this.events.emit({ kind: 'article', articleId: meta.id });
  }

  /**
   * Removes an article: its folder is moved aside (`articles/<id>.removed`), the index entry is
   * deleted, then the moved folder is removed. If the index cannot be saved the folder is put
   * back, so a failed removal changes nothing; a crash leaves at most a `.removed` folder, which
   * is never read as an article and is cleared on the next open. The index keeps a record of the
   * removal ({@link findRemovedArticle}), made at `removedAt` (ISO) on this device. Its notes
   * file is left to the caller. Throws `not-found` for an unknown id.
   */
  async removeArticle(id: string, removedAt: string): Promise<void> {
    const folder = articleFolder(this.dir, id);
    const aside = `${folder}${REMOVED_SUFFIX}`;
    let isMoved = false;
    await this.change(async (draft) => {
      if (!Object.hasOwn(draft.articles, id)) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed already.');
      await fs.rm(aside, { recursive: true, force: true });
      try {
        await fs.rename(folder, aside);
        isMoved = true;
      } catch (error) {
        // A folder already gone (removed by hand) leaves only the index entry to delete.
        if (!isCode(error, 'ENOENT')) throw toIoError(error, `remove the folder of "${draft.articles[id]?.title ?? id}"`);
      }
      draft.removedArticles[id] = { id, title: draft.articles[id]?.title ?? '', removedAt, deviceId: this.deviceId };
      delete draft.articles[id];
    }).catch(async (error: unknown) => {
      if (isMoved) await fs.rename(aside, folder).catch(() => undefined);
      throw error;
    });
    await fs.rm(aside, { recursive: true, force: true }).catch(() => undefined);
    this.events.emit({ kind: 'article', articleId: id });
  }

  /** The collections, memberships and article tags (tombstones included); never mutate it. */
  get organisation(): Readonly<Organisation> {
    return this.db.data;
  }

  /**
   * Changes collections, memberships or article tags: `mutate` edits a copy, which becomes the
   * library's only once saved. Answers what `mutate` answers.
   */
  async changeOrganisation<T>(mutate: (draft: Organisation) => T): Promise<T> {
    const result = await this.change((draft) => mutate(draft));
    this.events.emit({ kind: 'organisation' });
    return result;
  }

  /** The reader's settings. */
  get settings(): Settings {
    return this.db.data.settings;
  }

  /** Applies a partial change to the settings and returns the whole new settings. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.change((draft) => {
      draft.settings = SettingsSchema.parse({ ...draft.settings, ...patch });
      return draft.settings;
    });
  }

  /** True once the sample articles have been offered to this library. */
  get isSeeded(): boolean {
    return this.db.data.isSeeded;
  }

  /** Records that the sample articles have been offered. */
  async markSeeded(): Promise<void> {
    await this.change((draft) => {
      draft.isSeeded = true;
    });
  }

  /** Releases the library's lock. The store must not be used afterwards. */
  async close(): Promise<void> {
    await this.events.runCloseHooks();
    await this.changes;
    await this.notes.flush();
    await this.reading.flush();
    await this.lock?.release();
  }

  /**
   * Runs `mutate` on a copy of the index and saves the copy; the copy becomes the index only once
   * it is on disk. Changes run one after another in the order they were asked for.
   */
  private change<T>(mutate: (draft: LibraryFile) => T | Promise<T>): Promise<T> {
    if (this.readOnlyReason !== null) return Promise.reject(new DatelineError('io', this.readOnlyReason));
    const run = this.changes.then(async () => {
      const draft = structuredClone(this.db.data);
      const result = await mutate(draft);
      // Written through the adapter rather than db.write(), which writes db.data: the draft must
      // not be visible to readers while its write is pending, since that write may still fail.
      await this.db.adapter.write(draft);
      this.db.data = draft;
      return result;
    });
    this.changes = run.catch(() => undefined);
    return run;
  }
}

/** Brings the index in line with the article folders; returns true when it changed. */
async function reconcileArticles(dir: string, data: LibraryFile, notices: string[]): Promise<boolean> {
  const unindexed = await findUnindexedArticles(dir, new Set(Object.keys(data.articles)));
  for (const meta of unindexed) data.articles[meta.id] = meta;
  const missing = await findMissingArticles(dir, Object.keys(data.articles));
  for (const id of missing) delete data.articles[id];
  if (missing.length > 0) {
    notices.push(`${missing.length} article${missing.length === 1 ? '' : 's'} had no files left in the library folder and ${missing.length === 1 ? 'was' : 'were'} removed from the list.`);
  }
  return unindexed.length > 0 || missing.length > 0;
}

/** What an article folder being removed is renamed to end with (see {@link LibraryStore.removeArticle}). */
const REMOVED_SUFFIX = '.removed';

async function removeTemporaryFiles(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.endsWith(TEMP_SUFFIX)).map((name) => fs.rm(path.join(dir, name), { force: true })));
  // Folders of removals cut short by a crash: their articles are already out of the index.
  const articles = await fs.readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
  await Promise.all(articles.filter((name) => name.endsWith(REMOVED_SUFFIX)).map((name) => fs.rm(path.join(dir, 'articles', name), { recursive: true, force: true })));
}
