import * as fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonBytes, writeFileDurably } from './durable-file';

/** The shape this build writes; a file of another shape is ignored (and replaced). */
const FORMAT = 'dateline-note-counts-1';

/** One notes file as counted: its {@link notesFileStamp} when counted, and its live notes. */
export interface CountedNotesFile {
  stamp: string;
  live: number;
}

/**
 * Where the live-note count of each notes file is kept between runs: derived data in `.local/`
 * (per device, never replicated or backed up). Each count carries the stamp of the file it was
 * made from, so a file changed since (by a crash before the save, a restore, a copy) is counted
 * again rather than trusted.
 */
export function noteCountsPath(libraryDir: string): string {
  return path.join(libraryDir, '.local', 'note-counts.json');
}

/** The saved counts by article id; empty when the file is missing, damaged or of another format. */
export async function readNoteCounts(libraryDir: string): Promise<Map<string, CountedNotesFile>> {
  const file = noteCountsPath(libraryDir);
  try {
    const data = parseJsonBytes<{ format?: unknown; files?: Record<string, CountedNotesFile> }>(file, await fs.readFile(file));
    if (data.format !== FORMAT || typeof data.files !== 'object' || data.files === null) return new Map();
    return new Map(Object.entries(data.files).filter(([, entry]) => typeof entry?.stamp === 'string' && Number.isInteger(entry.live)));
  } catch {
    return new Map();
  }
}

/** Saves the counts, durably. */
export async function writeNoteCounts(libraryDir: string, files: ReadonlyMap<string, CountedNotesFile>): Promise<void> {
  const file = noteCountsPath(libraryDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, JSON.stringify({ format: FORMAT, files: Object.fromEntries(files) }));
}

/**
 * What identifies one version of a notes file: size, modification time and inode. Every save
 * writes a new file and renames it into place, so each save gives a new stamp. '' when it is gone.
 */
export async function notesFileStamp(notesDir: string, articleId: string): Promise<string> {
  const stat = await fs.stat(path.join(notesDir, `${articleId}.json`)).catch(() => null);
  return stat ? `${stat.size}:${stat.mtimeMs}:${stat.ino}` : '';
}
