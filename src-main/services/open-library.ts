import { DatelineError } from '../shared/result';
import { LibraryStore } from '../store/library-store';
import { lockHolder } from '../store/library-lock';

/** How long the app waits for a running `dateline` command to finish with the library. */
const APP_LOCK_WAIT_MS = 5_000;

/**
 * Opens the library for the desktop app, which holds its lock for as long as it runs. If a
 * `dateline` command is working on it, waits up to five seconds for it to finish.
 */
export async function openLibraryForApp(dir: string): Promise<LibraryStore> {
  const deadline = Date.now() + APP_LOCK_WAIT_MS;
  for (;;) {
    try {
      return await LibraryStore.open(dir, { owner: 'app' });
    } catch (error) {
      if (!(error instanceof DatelineError) || (await lockHolder(dir)) !== 'cli' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Opens the library for a `dateline` command. Commands that change it take the lock; commands
 * that only read it open it read-only when the app has it open, since the app's saves are atomic.
 */
export async function openLibraryForCli(dir: string, needsWrite: boolean): Promise<LibraryStore> {
  try {
    return await LibraryStore.open(dir, { owner: 'cli' });
  } catch (error) {
    if (needsWrite || !(error instanceof DatelineError) || (await lockHolder(dir)) === null) throw error;
    return LibraryStore.open(dir, { owner: null, readOnlyReason: error.message });
  }
}
