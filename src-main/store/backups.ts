import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonBytes, writeFileDurably } from './durable-file';

/** How many generations of library.json the backups folder keeps. */
export const BACKUP_GENERATIONS = 10;

const BACKUP_NAME = /^library-(\d{8}T\d{6}\d{3}Z)-[0-9a-f]{4}\.json$/;

/** A sortable, file-name-safe time stamp: 20190225T093000123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Copies `file` into `backupsDir` as a new generation (unless the newest generation has the same
 * bytes) and removes generations beyond {@link BACKUP_GENERATIONS}. The copy is written durably.
 */
export async function snapshot(file: string, backupsDir: string, now: Date): Promise<void> {
  const bytes = await fs.readFile(file);
  await fs.mkdir(backupsDir, { recursive: true });
  const existing = await listBackups(backupsDir);
  const newest = existing[0];
  if (newest && Buffer.compare(await fs.readFile(newest), bytes) === 0) return;
  const target = path.join(backupsDir, `library-${fileStamp(now)}-${randomBytes(2).toString('hex')}.json`);
  // Written like every other file, so a crash mid-copy never leaves a truncated generation.
  await writeFileDurably(target, bytes);
  for (const old of [target, ...existing].slice(BACKUP_GENERATIONS)) await fs.rm(old, { force: true });
}

/** The backups of library.json in `backupsDir`, newest first; an empty list when there are none. */
export async function listBackups(backupsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupsDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => path.join(backupsDir, name));
}

/**
 * The newest backup whose contents `accept` takes (it parses and validates), with its data;
 * null when no backup is usable.
 */
export async function newestGoodBackup<T>(
  backupsDir: string,
  accept: (data: unknown) => T | null,
): Promise<{ file: string; data: T } | null> {
  for (const file of await listBackups(backupsDir)) {
    try {
      const data = accept(parseJsonBytes<unknown>(file, await fs.readFile(file)));
      if (data !== null) return { file, data };
    } catch {
      // A damaged backup is skipped; an older generation may be good.
    }
  }
  return null;
}
