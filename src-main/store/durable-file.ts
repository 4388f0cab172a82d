import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { DatelineError } from '../shared/result';

/** The file-system calls a {@link DurableJsonFile} makes; tests pass their own to inject failures. */
export type DurableFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'readFile'>;

/** Why a file's bytes could not be read as JSON. */
export type UnreadableReason = 'empty' | 'nul-filled' | 'not-json';

/** Thrown by {@link DurableJsonFile.read} when the file exists but is not JSON. Nothing is changed. */
export class UnreadableFileError extends Error {
  /** @param file absolute path; @param reason what is wrong with its bytes */
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
  ) {
    super(`${path.basename(file)} could not be read (${reason})`);
    this.name = 'UnreadableFileError';
  }
}

/** The suffix of the temporary files a write creates beside its target. */
export const TEMP_SUFFIX = '.dateline-tmp';

/**
 * A lowdb adapter for one JSON file whose writes are durable, not just atomic: each write goes to
 * a unique temporary file in the same folder, is fsynced, renamed over the target, and the folder
 * is fsynced so the rename itself survives a power loss. Writes are applied one at a time, in the
 * order they were asked for. A failed write rejects with an `io` {@link DatelineError}, removes
 * its temporary file and leaves the previous file as it was.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  /** @param file absolute path of the JSON file; @param fs the file system (the real one by default) */
  constructor(
    readonly file: string,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  /** The parsed file, or null when it does not exist. Throws {@link UnreadableFileError} when it is not JSON. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw toIoError(error, `read ${path.basename(this.file)}`);
    }
    return parseJsonBytes<T>(this.file, bytes);
  }

  /** Replaces the file's contents with `data` as pretty-printed JSON, durably. */
  write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const run = this.queue.then(() => writeFileDurably(this.file, text, this.fs));
    this.queue = run.catch(() => undefined);
    return run;
  }

}

/**
 * Writes `data` to `file` durably: a unique temporary file beside it, fsync, rename over the
 * target, fsync of the folder. On failure the temporary file is removed, the previous file is
 * left as it was, and an `io` {@link DatelineError} is thrown.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, fs: DurableFs = nodeFs): Promise<void> {
  const folder = path.dirname(file);
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw toIoError(error, `save ${path.basename(file)} in ${folder}`);
  }
  try {
    await syncFolder(fs, folder);
  } catch (error) {
    // The new file is in place but its rename may not survive a power cut, so the write is not
    // reported as saved; it fails like any other write (an `io` error, never a raw one).
    throw toIoError(error, `save ${path.basename(file)} in ${folder}`);
  }
}

/** Parses bytes read from `file` as JSON, classifying what is wrong when they are not. */
export function parseJsonBytes<T>(file: string, bytes: Uint8Array): T {
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
    throw new UnreadableFileError(file, 'empty');
  }
  if (bytes.includes(0)) throw new UnreadableFileError(file, 'nul-filled');
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    throw new UnreadableFileError(file, 'not-json');
  }
}

/** Fsyncs a folder so a rename inside it is on disk. Windows cannot open folders; there it is skipped. */
async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** True when `error` is a Node system error with this `code`. */
export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Turns a file-system error into an `io` {@link DatelineError} whose message says what to do. */
export function toIoError(error: unknown, action: string): DatelineError {
  if (error instanceof DatelineError) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const reasons: Record<string, string> = {
    EACCES: 'Dateline is not allowed to write there. Check the folder’s permissions, or choose another library folder.',
    EPERM: 'Dateline is not allowed to write there. Check the folder’s permissions, or choose another library folder.',
    EROFS: 'the disk is read-only. Choose a library folder on a writable disk.',
    ENOSPC: 'the disk is full. Free some space and try again.',
    EDQUOT: 'your disk quota is used up. Free some space and try again.',
  };
  const reason =
    (typeof code === 'string' && reasons[code]) ||
    `${error instanceof Error ? error.message : String(error)}. Try again; if it keeps failing, check the disk.`;
  return new DatelineError('io', `Could not ${action}: ${reason}`);
}
