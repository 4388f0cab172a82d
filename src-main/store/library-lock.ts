import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatelineError } from '../shared/result';
import { isCode, toIoError } from './durable-file';

/** The lock file's name inside a library folder. */
export const LOCK_FILE = '.dateline.lock';

/** Who holds a library: the desktop app or a `dateline` command. */
export type LockOwner = 'app' | 'cli';

interface LockRecord {
  pid: number;
  owner: LockOwner;
  hostname: string;
  since: string;
}

/** A held lock; `release` removes the lock file (only if it is still ours). */
export interface LibraryLock {
  readonly file: string;
  release(): Promise<void>;
}

/**
 * Takes the single-writer lock of a library folder, so the app and the CLI never write the same
 * library at once. A lock left by a process that is no longer running on this machine is taken
 * over. When a live process holds it, throws an `io` {@link DatelineError} saying who and what to do.
 */
export async function acquireLibraryLock(libraryDir: string, owner: LockOwner): Promise<LibraryLock> {
  const file = path.join(libraryDir, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, owner, hostname: os.hostname(), since: new Date().toISOString() };
  // The record is written to a temporary file and linked into place: the lock appears with its
  // contents or not at all, so a reader never sees a half-written lock.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  // A folder the user may not write (or a full disk) is an `io` error saying what to do, not a raw
  // EACCES that would reach the user as an internal error.
  const action = `lock the library at ${libraryDir}`;
  try {
    await fs.writeFile(temp, JSON.stringify(record));
  } catch (error) {
    throw toIoError(error, action);
  }
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await fs.link(temp, file);
        return { file, release: () => releaseLock(file) };
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw toIoError(error, action);
      }
      const holder = await readLock(file);
      if (holder && isAlive(holder)) throw new DatelineError('io', heldMessage(libraryDir, holder));
      await fs.rm(file, { force: true });
    }
    throw new DatelineError('io', `Could not lock the library at ${libraryDir}. Try again in a moment.`);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Who holds the lock of `libraryDir` now, or null when nobody alive does. */
export async function lockHolder(libraryDir: string): Promise<LockOwner | null> {
  const holder = await readLock(path.join(libraryDir, LOCK_FILE));
  return holder && isAlive(holder) ? holder.owner : null;
}

async function releaseLock(file: string): Promise<void> {
  const holder = await readLock(file);
  if (holder?.pid === process.pid && holder.hostname === os.hostname()) await fs.rm(file, { force: true });
}

async function readLock(file: string): Promise<LockRecord | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as LockRecord;
  } catch {
    return null;
  }
}

function isAlive(holder: LockRecord): boolean {
  // A lock from another machine (a library on a shared drive) cannot be checked: it is respected.
  if (holder.hostname !== os.hostname()) return true;
  // This very process holds it: a second writer in one process is refused like any other.
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}

function heldMessage(libraryDir: string, holder: LockRecord): string {
  if (holder.owner === 'app') {
    return `The Dateline app has the library at ${libraryDir} open. Close the app to change this library from the command line, or pass --library <folder> to use another one.`;
  }
  return `Another dateline command (process ${holder.pid}) is working on the library at ${libraryDir}. Wait for it to finish, then try again.`;
}
