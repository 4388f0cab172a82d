import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { messageOf, tell } from './tell-user';
import type { LibrarySession } from '../services/library-session';
import { prepareRestore, restoreOpenLibrary, type PreparedRestore } from '../services/restore-open-library';

/** What File → Restore Library from Backup… needs: the open library, the window, and how to let the page save first. */
export interface LibraryRestoreContext {
  session: LibrarySession;
  window: () => BrowserWindow | null;
  /** Lets the page send its pending saves and main finish answering them (see letPageSave). */
  settle: () => Promise<void>;
  now?: () => Date;
}

/**
 * File → Restore Library from Backup…: asks for a backup archive, checks it, asks the user to
 * confirm replacing the library (saying that the current library is first saved as a backup), then
 * replaces the open library and reloads the window onto it. A backup that cannot be read, or any
 * step that fails, leaves the library as it was and says so. Cancelling does nothing.
 */
export async function restoreLibraryFromBackup(context: LibraryRestoreContext): Promise<void> {
  const window = context.window();
  const options = { title: 'Restore the library from a backup', buttonLabel: 'Restore…', properties: ['openFile'] as Array<'openFile'>, filters: [{ name: 'Dateline backups', extensions: ['gz', 'tgz'] }, { name: 'All files', extensions: ['*'] }] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  let prepared: PreparedRestore;
  try {
    prepared = await prepareRestore(file, context.session.dir, context.now?.());
  } catch (error) {
    await tell(window, { type: 'error', message: 'Dateline could not restore this backup', detail: `${messageOf(error)}\n\nYour library was not changed. Choose another backup, or make one again with File → Back Up Library… on the computer it came from.` });
    return;
  }
  if (!(await confirmReplacing(window, context, prepared))) {
    await prepared.staged.discard();
    return;
  }
  try {
    const outcome = await restoreOpenLibrary(context.session, prepared, { settle: context.settle });
    if (window && !window.isDestroyed()) window.webContents.reload();
    const kept = outcome.previousFolder ? ` Its folder is also kept as it was, in ${outcome.previousFolder}.` : '';
    await tell(window, {
      type: 'info',
      message: 'The library was restored',
      detail: `${count(outcome.articles, 'article')} and their notes are back from ${outcome.file}.\n\nThe library you had before is saved as ${outcome.safetyBackup}; to go back to it, restore that file the same way.${kept}`,
    });
  } catch (error) {
    await tell(window, { type: 'error', message: 'Dateline could not restore the backup', detail: `${messageOf(error)}\n\nYour library is as it was. Check that there is free space beside the library folder, then try again.` });
  }
}

async function confirmReplacing(window: BrowserWindow | null, context: LibraryRestoreContext, prepared: PreparedRestore): Promise<boolean> {
  const now = context.session.services.articles.list().length;
  const box: MessageBoxOptions = {
    type: 'warning',
    buttons: ['Replace Library', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Replace your library with this backup?',
    detail:
      `The articles and notes in your library now (${count(now, 'article')}) will be replaced by those in this backup (${count(prepared.staged.summary.articles, 'article')}): ${prepared.staged.summary.file}.\n\n` +
      `Nothing is lost: first, your current library is saved as a backup itself, in ${prepared.safetyBackup}. To go back, restore that file the same way.`,
  };
  const answer = window && !window.isDestroyed() ? await dialog.showMessageBox(window, box) : await dialog.showMessageBox(box);
  return answer.response === 0;
}

function count(total: number, noun: string): string {
  return `${total} ${noun}${total === 1 ? '' : 's'}`;
}
