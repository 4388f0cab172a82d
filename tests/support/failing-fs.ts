import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { DurableFs } from '../../src-main/store/durable-file';

/** Where a {@link FailingFs} makes a write fail. */
export type FailurePoint =
  /** the temporary file's writeFile writes the first half of the bytes, then fails */
  | 'partial-write'
  /** the temporary file's writeFile fails with ENOSPC after writing part of the bytes */
  | 'disk-full'
  /** fsync of the temporary file fails */
  | 'sync-temp'
  /** the rename over the target fails */
  | 'rename'
  /** fsync of the folder after the rename fails */
  | 'sync-folder';

/** A {@link DurableFs} over the real file system that fails at `failAt` while `isArmed`. */
export interface FailingFs extends DurableFs {
  isArmed: boolean;
  failAt: FailurePoint;
  /**
   * Holds the next rename until `release` is called; `reached` resolves once a write has got
   * that far (its temporary file written and fsynced).
   */
  holdNextRename(): { reached: Promise<void>; release: () => void };
}

function systemError(code: string, syscall: string): Error {
  return Object.assign(new Error(`${code}: injected failure, ${syscall}`), { code, syscall });
}

/** Wraps a real handle so one of its calls fails the way `failAt` says. */
function failingHandle(handle: FileHandle, replace: Partial<Pick<FileHandle, 'writeFile' | 'sync'>>): FileHandle {
  return new Proxy(handle, {
    get(target, property, receiver) {
      if (property in replace) return replace[property as keyof typeof replace];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Makes a {@link FailingFs}; it starts disarmed so a library can be opened through it first. */
export function makeFailingFs(failAt: FailurePoint): FailingFs {
  let hold: (() => Promise<void>) | null = null;
  const failing: FailingFs = {
    isArmed: false,
    failAt,
    readFile: nodeFs.readFile,
    rm: nodeFs.rm,
    holdNextRename() {
      let arrive = (): void => undefined;
      let release = (): void => undefined;
      const reached = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      hold = async () => {
        hold = null;
        arrive();
        await released;
      };
      return { reached, release };
    },
    async rename(from, to) {
      await hold?.();
      if (failing.isArmed && failing.failAt === 'rename') throw systemError('EIO', 'rename');
      return nodeFs.rename(from, to);
    },
    async open(file, flags, mode) {
      const handle = await nodeFs.open(file, flags, mode);
      if (!failing.isArmed) return handle;
      const isTemp = String(file).endsWith('.dateline-tmp');
      if (isTemp && (failing.failAt === 'partial-write' || failing.failAt === 'disk-full')) {
        const code = failing.failAt === 'disk-full' ? 'ENOSPC' : 'EIO';
        return failingHandle(handle, {
          async writeFile(data) {
            const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
            await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw systemError(code, 'write');
          },
        });
      }
      if ((isTemp && failing.failAt === 'sync-temp') || (!isTemp && failing.failAt === 'sync-folder')) {
        return failingHandle(handle, {
          async sync() {
            throw systemError('EIO', 'fsync');
          },
        });
      }
      return handle;
    },
  };
  return failing;
}
