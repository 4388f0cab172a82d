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
export function writeFileDurably(file: string, data: string | Uint8Array, fs: DurableFs = nodeFs): Promise<void> {
  return writeFilesDurably([[{ file, data }]], fs);
}

/** One file for {@link writeFilesDurably}: its absolute path and its whole contents. */
export interface FileWrite {
  file: string;
  data: string | Uint8Array;
}

/**
 * Writes several files durably, in steps whose order survives a power cut. Every file's data goes
 * to a unique temporary file beside it, and all of them are written and fsynced at once (the
 * slow part, overlapped); then, step by step, that step's temporary files are renamed over their
 * targets and their folders fsynced, so no name of a step is on disk before every name of the
 * steps before it is. Each target is whole or absent, never half-written. On failure the
 * temporary files not yet renamed are removed, files already renamed stay (earlier steps are
 * complete), and an `io` {@link DatelineError} naming the file is thrown.
 */
export async function writeFilesDurably(steps: ReadonlyArray<readonly FileWrite[]>, fs: DurableFs = nodeFs): Promise<void> {
  const writes = steps.flat();
  const temps = writes.map(({ file }) => `${file}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const isRenamed = new Array<boolean>(writes.length).fill(false);
  let index = 0;
  try {
    await settleAll(inBatches(writes.length, (at) => writeAndSync(fs, temps[at] as string, writes[at] as FileWrite)));
    for (const step of steps) {
      const first = index;
      await settleAll(
        step.map(async (write, offset) => {
          await failingAs(write.file, fs.rename(temps[first + offset] as string, write.file));
          isRenamed[first + offset] = true;
        }),
      );
      index += step.length;
      const folders = [...new Set(step.map(({ file }) => path.dirname(file)))];
      await settleAll(folders.map((folder) => failingAs(step.find(({ file }) => path.dirname(file) === folder)?.file ?? folder, syncFolder(fs, folder))));
    }
  } catch (error) {
    await Promise.all(temps.filter((_temp, at) => !isRenamed[at]).map((temp) => fs.rm(temp, { force: true }).catch(() => undefined)));
    const { file, reason } = error instanceof FileFailure ? error : { file: writes[0]?.file ?? '', reason: error };
    throw toIoError(reason, `save ${path.basename(file)} in ${path.dirname(file)}`);
  }
}

/** A failure and the target file it happened for. */
class FileFailure extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(String(reason));
  }
}

function failingAs<T>(file: string, promise: Promise<T>): Promise<T> {
  return promise.catch((cause: unknown) => Promise.reject(new FileFailure(file, cause)));
}

/** How many files {@link writeFilesDurably} has open at once: a page may come with hundreds of images. */
const OPEN_AT_ONCE = 8;

/** Runs `run(0)` … `run(count - 1)`, at most {@link OPEN_AT_ONCE} at a time; one promise per lane, each settled when its lane has run all it took. */
function inBatches(count: number, run: (index: number) => Promise<void>): Array<Promise<void>> {
  let next = 0;
  const lane = async (): Promise<void> => {
    let failure: unknown = null;
    while (next < count) {
      const index = next++;
      await run(index).catch((error: unknown) => (failure ??= error));
    }
    if (failure !== null) throw failure;
  };
  return Array.from({ length: Math.min(OPEN_AT_ONCE, count) }, lane);
}

/** Waits for every promise (so nothing is still writing when cleanup starts), then rejects with the first failure. */
async function settleAll(promises: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

async function writeAndSync(fs: DurableFs, temp: string, { file, data }: FileWrite): Promise<void> {
  const handle = await failingAs(file, fs.open(temp, 'wx', 0o644));
  try {
    await failingAs(file, handle.writeFile(data));
    await failingAs(file, handle.sync());
  } finally {
    await handle.close();
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

/** Fsyncs a folder so a rename or a new entry inside it is on disk. Windows cannot open folders; there it is skipped. */
export async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
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
