import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { newestGoodBackup, fileStamp } from './backups';
import { DurableJsonFile, UnreadableFileError, type UnreadableReason } from './durable-file';
import { LIBRARY_SCHEMA_VERSION, LibraryFileSchema, type LibraryFile } from './library-file';
import { migrate } from './migrations';

/** What loading library.json found, and what the store must do about it. */
export interface LoadedLibraryFile {
  data: LibraryFile;
  /** True when `data` differs from the file on disk and must be written (new, migrated, restored). */
  needsWrite: boolean;
  /** True when the file is good as it is on disk and may be snapshotted as a backup. */
  isGoodOnDisk: boolean;
  /** Set when the library must not be written; says why, in the user's words. */
  readOnlyReason: string | null;
  notices: string[];
}

const REASONS: Record<UnreadableReason | 'wrong-schema', string> = {
  empty: 'it was empty',
  'nul-filled': 'it was filled with zero bytes, as after a power cut',
  'not-json': 'it was cut short or garbled',
  'wrong-schema': 'its contents were not a Dateline library',
};

/** A fresh library index. */
export function newLibraryFile(now: Date): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    libraryId: randomUUID(),
    createdAt: now.toISOString(),
    articles: {},
    settings: { ...DEFAULT_SETTINGS },
    isSeeded: false,
    collections: {},
    memberships: {},
    articleTags: {},
    removedArticles: {},
  };
}

/** Validates (and migrates forward) parsed library.json data; null when it is not a usable library. */
export function acceptLibraryData(raw: unknown): LibraryFile | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > LIBRARY_SCHEMA_VERSION) return null;
  try {
    const parsed = LibraryFileSchema.safeParse(migrate(raw as Record<string, unknown>, LIBRARY_SCHEMA_VERSION).data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Loads library.json from `dir`. A missing file gives a new library; a file from an older version
 * is migrated; a file from a newer version is read as far as possible and marked read-only. A file
 * that will not parse or validate is never overwritten: unless `isReadOnly`, it is moved aside as
 * `library.json.corrupt-<time>` and the newest good backup (or a new index) takes its place.
 */
export async function loadLibraryFile(
  dir: string,
  adapter: DurableJsonFile<LibraryFile>,
  options: { isReadOnly: boolean; now: Date },
): Promise<LoadedLibraryFile> {
  let raw: unknown = null;
  let unreadable: UnreadableReason | null = null;
  try {
    raw = await adapter.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    unreadable = error.reason;
  }
  if (raw === null && unreadable === null) {
    return { data: newLibraryFile(options.now), needsWrite: true, isGoodOnDisk: false, readOnlyReason: null, notices: [] };
  }

  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > LIBRARY_SCHEMA_VERSION) {
    const readOnlyReason = `This library was saved by a newer version of Dateline (library format ${version}), so it is open read-only. Update Dateline to change it.`;
    // Read what this version understands of it; unknown fields are ignored, nothing is written.
    const parsed = LibraryFileSchema.omit({ schemaVersion: true }).safeParse(raw);
    const data: LibraryFile = parsed.success ? { ...parsed.data, schemaVersion: LIBRARY_SCHEMA_VERSION } : newLibraryFile(options.now);
    return { data, needsWrite: false, isGoodOnDisk: false, readOnlyReason, notices: [readOnlyReason] };
  }

  const accepted = unreadable === null ? acceptLibraryData(raw) : null;
  if (accepted) {
    const isMigrated = version !== LIBRARY_SCHEMA_VERSION;
    return { data: accepted, needsWrite: isMigrated, isGoodOnDisk: true, readOnlyReason: null, notices: [] };
  }
  return recoverLibraryFile(dir, adapter.file, REASONS[unreadable ?? 'wrong-schema'], options);
}

async function recoverLibraryFile(
  dir: string,
  file: string,
  why: string,
  options: { isReadOnly: boolean; now: Date },
): Promise<LoadedLibraryFile> {
  const backup = await newestGoodBackup(path.join(dir, 'backups'), acceptLibraryData);
  const restored = backup
    ? `the backup from ${backupTime(backup.file)} was restored`
    : 'no usable backup was found, so the index was started again';
  const data = backup?.data ?? newLibraryFile(options.now);
  if (options.isReadOnly) {
    const notice = `The library index (library.json) could not be read: ${why}. Open the library in Dateline to repair it; until then ${backup ? 'its newest backup is shown' : 'only the article folders are shown'}.`;
    return { data, needsWrite: false, isGoodOnDisk: false, readOnlyReason: null, notices: [notice] };
  }
  const aside = `${file}.corrupt-${fileStamp(options.now)}`;
  await fs.rename(file, aside);
  const notice = `The library index (library.json) could not be read: ${why}. It was kept as ${path.basename(aside)}, ${restored}, and articles were recovered from their folders.`;
  return { data, needsWrite: true, isGoodOnDisk: false, readOnlyReason: null, notices: [notice] };
}

function backupTime(file: string): string {
  const stamp = /library-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(path.basename(file));
  return stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]} ${stamp[4]}:${stamp[5]} UTC` : path.basename(file);
}
