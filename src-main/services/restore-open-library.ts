import * as fs from 'node:fs/promises';
import path from 'node:path';
import { fileStamp } from '../store/backups';
import { moveStagedLibraryIn, stageLibraryArchive, type ArchiveSummary, type StagedLibrary } from '../store/library-archive';
import { backupLibrary } from './backup';
import { createServices, type Services } from './create-services';
import type { LibrarySession } from './library-session';
import { openLibraryForApp } from './open-library';

/** A backup checked and ready to replace the open library; nothing of the library has changed yet. */
export interface PreparedRestore {
  staged: StagedLibrary;
  stamp: string;
  /** Where the open library will be saved before it is replaced: `<library>/backups/before-restore-<stamp>.tar.gz`. */
  safetyBackup: string;
}

/** What a restore did: what came back, where the replaced library was saved, and where its folder was kept. */
export interface RestoreOutcome extends ArchiveSummary {
  safetyBackup: string;
  previousFolder: string | null;
}

/**
 * Extracts and checks the backup `file` beside the library while it stays open. A bad archive
 * throws an `invalid-input` error and leaves nothing behind; nothing of the library is touched.
 */
export async function prepareRestore(file: string, libraryDir: string, now: Date = new Date()): Promise<PreparedRestore> {
  const stamp = fileStamp(now);
  const staged = await stageLibraryArchive(file, libraryDir, stamp);
  return { staged, stamp, safetyBackup: path.join(libraryDir, 'backups', `before-restore-${stamp}.tar.gz`) };
}

/**
 * Replaces the library the session has open with a prepared backup: first saves the open library
 * as a backup archive (which lands in the restored library's `backups/`, where it is answered),
 * then closes the services, swaps the folders, and opens the restored library, whose services the
 * session hands out from then on. This device keeps its device id. If any step fails, the library
 * that was open is open again, as it was, and the error is thrown. `settle` runs first, once calls
 * are held back: it lets the page send, and main finish, the saves still pending.
 */
export async function restoreOpenLibrary(
  session: LibrarySession,
  prepared: PreparedRestore,
  options: { settle?: () => Promise<void>; open?: (dir: string) => Promise<Services> } = {},
): Promise<RestoreOutcome> {
  const open = options.open ?? (async (dir: string) => createServices(await openLibraryForApp(dir)));
  const { staged, stamp } = prepared;
  return session.swap(async (current, install) => {
    try {
      await options.settle?.();
      const safetyBackup = path.join(staged.dir, 'backups', path.basename(prepared.safetyBackup));
      await fs.mkdir(path.dirname(safetyBackup), { recursive: true });
      await backupLibrary(current.store, safetyBackup);
      await keepDeviceId(session.dir, staged.dir);
    } catch (error) {
      await staged.discard();
      throw error;
    }
    await current.articles.close();
    await current.store.close();
    let previousFolder: string | null;
    try {
      previousFolder = await moveStagedLibraryIn(staged, session.dir, stamp);
    } catch (error) {
      await staged.discard();
      install(await open(session.dir));
      throw error;
    }
    try {
      install(await open(session.dir));
    } catch (error) {
      install(await putBack(session.dir, previousFolder, stamp, open));
      throw error;
    }
    return { ...staged.summary, safetyBackup: prepared.safetyBackup, previousFolder };
  });
}

/** The device id belongs to this computer, not to the backup: the restored library keeps this one. */
async function keepDeviceId(libraryDir: string, stagedDir: string): Promise<void> {
  const id = await fs.readFile(path.join(libraryDir, '.local', 'device-id')).catch(() => null);
  if (id === null) return;
  await fs.mkdir(path.join(stagedDir, '.local'), { recursive: true });
  await fs.writeFile(path.join(stagedDir, '.local', 'device-id'), id);
}

/** A restored library that will not open is set aside and the replaced one put back and opened. */
async function putBack(libraryDir: string, previousFolder: string | null, stamp: string, open: (dir: string) => Promise<Services>): Promise<Services> {
  if (previousFolder) {
    await fs.rename(libraryDir, `${libraryDir}.restore-failed-${stamp}`);
    await fs.rename(previousFolder, libraryDir);
  }
  return open(libraryDir);
}
