import * as fs from 'node:fs/promises';
import path from 'node:path';
import type MiniSearch from 'minisearch';
import type { Note } from '../shared/annotation';
import type { Article } from '../shared/article';
import type { LibraryStore } from '../store/library-store';
import { articleDocument, articleFingerprint, noteDocument } from './search-index';
import { pause } from './search-persist';
import { PACK_AFTER_POSTINGS, type TextIndex } from './search-text-index';

/** How many article files are read at once while (re)building the index. */
const READ_CONCURRENCY = 16;
/** How many articles' fingerprints are compared between two pauses. */
const COMPARE_BATCH = 1_000;

/**
 * Keeps the two search indexes in line with the library: what each entry was built from is kept
 * as a fingerprint (an article's hash and indexed metadata; a notes file's size and time plus the
 * ids of the notes indexed from it), so a saved index is brought up to date by re-indexing only
 * what changed since it was saved — or everything, when it starts empty.
 */
export class SearchSync {
  /** Article id → {@link articleFingerprint}. */
  readonly articleFingerprints: Map<string, string>;
  /** Article id → "<size>:<mtime> <note id>,<note id>…" of its notes file. */
  readonly noteFingerprints: Map<string, string>;

  /** @param store the library; @param articles the article index; @param notes the note index; fingerprints as saved with them */
  constructor(
    private readonly store: LibraryStore,
    private readonly articles: TextIndex,
    private readonly notes: MiniSearch,
    articleFingerprints: Record<string, string>,
    noteFingerprints: Record<string, string>,
  ) {
    this.articleFingerprints = new Map(Object.entries(articleFingerprints));
    this.noteFingerprints = new Map(Object.entries(noteFingerprints));
  }

  /**
   * Re-indexes articles added or corrected since the index was saved and drops those gone; answers
   * true when anything changed. `progress` hears how many of how many have been indexed.
   */
  async reconcileArticles(progress: (done: number, total: number) => void = () => undefined): Promise<boolean> {
    const current = new Set<string>();
    const stale: string[] = [];
    const ids = this.store.articleIds();
    for (const [at, id] of ids.entries()) {
      const meta = this.store.findArticle(id);
      if (!meta) continue;
      current.add(id);
      if (this.articleFingerprints.get(id) !== articleFingerprint(meta)) stale.push(id);
      // Tens of thousands of articles are compared a part at a time, between other work.
      if (at % COMPARE_BATCH === COMPARE_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    const gone = [...this.articleFingerprints.keys()].filter((id) => !current.has(id));
    for (const id of gone) this.dropArticle(id);
    for (let index = 0; index < stale.length; index += READ_CONCURRENCY) {
      // Read together, indexed one at a time with a pause after each: a long article takes milliseconds to index.
      const read = await Promise.all(stale.slice(index, index + READ_CONCURRENCY).map((id) => this.readForIndex(id)));
      for (const [at, article] of read.entries()) {
        this.applyArticle(stale[index + at] as string, article);
        progress(index + at + 1, stale.length);
        await pause();
      }
      // Between batches, never while one is being added.
      if (this.articles.pendingPostings >= PACK_AFTER_POSTINGS) await this.articles.pack(pause);
    }
    return stale.length > 0 || gone.length > 0;
  }

  /** Re-indexes the notes of every notes file that changed since the index was saved; answers true when anything changed. */
  async reconcileNotes(): Promise<boolean> {
    const ids = await this.store.notes.articleIds();
    const present = new Set(ids);
    let isChanged = false;
    for (const articleId of [...this.noteFingerprints.keys()].filter((id) => !present.has(id))) {
      this.dropNotesOf(articleId);
      isChanged = true;
    }
    for (const articleId of ids) {
      const stamp = await this.stampOf(articleId);
      if (this.noteFingerprints.get(articleId)?.split(' ')[0] === stamp) continue;
      await this.indexNotesOf(articleId);
      isChanged = true;
    }
    return isChanged;
  }

  /** (Re)indexes one article from its file; an article no longer in the library is dropped. */
  async indexArticle(id: string): Promise<void> {
    this.applyArticle(id, await this.readForIndex(id));
  }

  /** An article as it is indexed, or null when it is no longer in the library. */
  private async readForIndex(id: string): Promise<Article | null> {
    return this.store.findArticle(id) ? this.store.readArticle(id) : null;
  }

  private applyArticle(id: string, article: Article | null): void {
    const meta = this.store.findArticle(id);
    if (!article || !meta) return this.dropArticle(id);
    this.articles.add(id, articleDocument(article));
    this.articleFingerprints.set(id, articleFingerprint(meta));
  }

  /** Applies one saved note record: indexed when live, dropped when a tombstone. */
  async applyNote(note: Note): Promise<void> {
    if (this.notes.has(note.id)) this.notes.discard(note.id);
    if (!note.isDeleted) this.notes.add(noteDocument(note));
    const ids = new Set(this.noteIdsOf(note.articleId));
    if (note.isDeleted) ids.delete(note.id);
    else ids.add(note.id);
    this.noteFingerprints.set(note.articleId, `${await this.stampOf(note.articleId)} ${[...ids].join(',')}`);
  }

  private async indexNotesOf(articleId: string): Promise<void> {
    const stamp = await this.stampOf(articleId);
    this.dropNotesOf(articleId);
    const live = (await this.store.notes.list(articleId)).filter((note) => !note.isDeleted);
    for (const note of live) this.notes.add(noteDocument(note));
    this.noteFingerprints.set(articleId, `${stamp} ${live.map((note) => note.id).join(',')}`);
  }

  private dropArticle(id: string): void {
    if (this.articles.has(id)) this.articles.discard(id);
    this.articleFingerprints.delete(id);
  }

  private dropNotesOf(articleId: string): void {
    for (const id of this.noteIdsOf(articleId)) if (this.notes.has(id)) this.notes.discard(id);
    this.noteFingerprints.delete(articleId);
  }

  private noteIdsOf(articleId: string): string[] {
    const ids = this.noteFingerprints.get(articleId)?.split(' ')[1] ?? '';
    return ids ? ids.split(',') : [];
  }

  /** The size and modification time of an article's notes file: it changes with every save. */
  private async stampOf(articleId: string): Promise<string> {
    const stat = await fs.stat(path.join(this.store.notes.dir, `${articleId}.json`)).catch(() => null);
    return stat ? `${stat.size}:${stat.mtimeMs}` : 'none';
  }
}
