import * as fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Note } from '../shared/annotation';
import type { EventEdit } from '../shared/timeline-views';
import { DatelineError } from '../shared/result';
import { fileStamp } from './backups';
import { DurableJsonFile, UnreadableFileError } from './durable-file';
import { emptyNotesFile, NotesFileSchema, type NotesFile } from './notes-file';
import type { StoreEvents } from './store-events';

/** How many articles' notes files stay loaded; the least recently used beyond this are let go. */
const LOADED_FILES = 64;

interface LoadedFile {
  db: Low<NotesFile>;
  changes: Promise<unknown>;
  /** Saves asked for and not yet finished; a busy file is never let go. */
  pending: number;
}

/**
 * The notes of every article, one small lowdb file each (notes/<article id>.json), so saving a
 * note rewrites only its article's file, whatever the size of the library. Changes to one file
 * run one at a time and become visible only once on disk. A file that will not parse is moved
 * aside as `<name>.corrupt-<time>` (never overwritten) and the user is told.
 */
export class NotesStore {
  private readonly loaded = new Map<string, LoadedFile>();

  /**
   * @param libraryDir the library folder; @param readOnlyReason why writes are refused, or null;
   * @param notices where to report a damaged file; @param events where each saved note is told
   */
  constructor(
    private readonly libraryDir: string,
    private readonly readOnlyReason: string | null,
    private readonly notices: string[],
    private readonly events: StoreEvents | null = null,
  ) {}

  /** The folder of the notes files. */
  get dir(): string {
    return path.join(this.libraryDir, 'notes');
  }

  /** Every note record of an article, tombstones included; an empty list when it has none. */
  async list(articleId: string): Promise<Note[]> {
    return Object.values((await this.load(articleId)).db.data.notes);
  }

  /**
   * Every note record of an article, for a reader of the whole library (the note catalogue): the
   * loaded copy when there is one, else the file read and checked without keeping it loaded, so
   * reading a thousand files neither evicts the files being edited nor creates any folder. A
   * damaged file goes through the normal load, which sets it aside and tells the user.
   */
  async peek(articleId: string): Promise<Note[]> {
    const loaded = this.loaded.get(articleId);
    if (loaded) return Object.values(loaded.db.data.notes);
    const adapter = new DurableJsonFile<NotesFile>(path.join(this.dir, `${articleId}.json`));
    const raw = await adapter.read().catch((error: unknown) => {
      if (error instanceof UnreadableFileError) return undefined;
      throw error;
    });
    if (raw === null) return [];
    const parsed = NotesFileSchema.safeParse(raw);
    if (parsed.success && parsed.data.articleId === articleId) return Object.values(parsed.data.notes);
    return this.list(articleId);
  }

  /** Saves a note record (new or changed), durably. */
  async put(note: Note): Promise<void> {
    await this.putAll(note.articleId, [note]);
  }

  /** Saves several note records of one article in one write of its file, durably. */
  async putAll(articleId: string, notes: readonly Note[]): Promise<void> {
    if (this.readOnlyReason !== null) throw new DatelineError('io', this.readOnlyReason);
    if (notes.some((note) => note.articleId !== articleId)) throw new Error('putAll takes the notes of one article');
    const file = await this.load(articleId);
    file.pending += 1;
    const run = file.changes.then(async () => {
      const draft = structuredClone(file.db.data);
      for (const note of notes) draft.notes[note.id] = note;
      await file.db.adapter.write(draft);
      file.db.data = draft;
    });
    file.changes = run.catch(() => undefined).finally(() => (file.pending -= 1));
    await run;
    for (const note of notes) this.events?.emit({ kind: 'note', note });
  }

  /** Every event edit record of an article, tombstones included; an empty list when it has none. */
  async listEventEdits(articleId: string): Promise<EventEdit[]> {
    return Object.values((await this.load(articleId)).db.data.eventEdits ?? {});
  }

  /** Saves an event edit record (new or changed) under its event key, durably. */
  async putEventEdit(edit: EventEdit): Promise<void> {
    if (this.readOnlyReason !== null) throw new DatelineError('io', this.readOnlyReason);
    const file = await this.load(edit.articleId);
    file.pending += 1;
    const run = file.changes.then(async () => {
      const draft = structuredClone(file.db.data);
      draft.eventEdits = { ...draft.eventEdits, [edit.key]: edit };
      await file.db.adapter.write(draft);
      file.db.data = draft;
    });
    file.changes = run.catch(() => undefined).finally(() => (file.pending -= 1));
    await run;
  }

  /** The ids of the articles that have a notes file. */
  async articleIds(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    return names.filter((name) => /^[0-9a-f]{16}\.json$/.test(name)).map((name) => name.slice(0, 16));
  }

  /** Waits for every pending save. */
  async flush(): Promise<void> {
    await Promise.all([...this.loaded.values()].map((file) => file.changes));
  }

  private async load(articleId: string): Promise<LoadedFile> {
    const cached = this.loaded.get(articleId);
    if (cached) {
      this.loaded.delete(articleId);
      this.loaded.set(articleId, cached);
      return cached;
    }
    if (this.readOnlyReason === null) await fs.mkdir(this.dir, { recursive: true });
    const adapter = new DurableJsonFile<NotesFile>(path.join(this.dir, `${articleId}.json`));
    const db = new Low<NotesFile>(adapter, await this.readFile(adapter, articleId));
    const file: LoadedFile = { db, changes: Promise.resolve(), pending: 0 };
    this.loaded.set(articleId, file);
    this.forgetOldest();
    return file;
  }

  private async readFile(adapter: DurableJsonFile<NotesFile>, articleId: string): Promise<NotesFile> {
    let raw: unknown;
    try {
      raw = await adapter.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      raw = undefined;
    }
    if (raw === null) return emptyNotesFile(articleId);
    const parsed = NotesFileSchema.safeParse(raw);
    if (parsed.success && parsed.data.articleId === articleId) return parsed.data;
    if (this.readOnlyReason === null) {
      const aside = `${adapter.file}.corrupt-${fileStamp(new Date())}`;
      await fs.rename(adapter.file, aside);
      this.notices.push(`The notes file ${path.basename(adapter.file)} could not be read. It was kept as ${path.basename(aside)}; notes added from now on are saved in a new file.`);
    }
    return emptyNotesFile(articleId);
  }

  private forgetOldest(): void {
    for (const [articleId, file] of this.loaded) {
      if (this.loaded.size <= LOADED_FILES) return;
      if (file.pending === 0) this.loaded.delete(articleId);
    }
  }
}
