import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ArticleService, ImportSummary } from '../services/articles';
import { IMPORTABLE_EXTENSIONS } from '../services/importers/import-article-file';
import { pushToWindow } from './push';

/** What an import from the shell needs: the article service and the window to report to. */
export interface ShellImportContext {
  articles: Pick<ArticleService, 'importPaths'>;
  /** The window to show the result in (opened if need be); null when there is none to show. */
  window: () => BrowserWindow | null;
}

/** How many failure reasons the summary dialog lists before saying "and N more". */
const LISTED_FAILURES = 5;

/**
 * Imports files and folders chosen in the shell in main itself, when there is no window to do it
 * (see {@link importInWindowOrHere}): shows progress on the taskbar or Dock icon, then
 * pushes `library:changed` with `reason` and the id of the first article imported (or already in
 * the library) so the renderer shows it. Failures are summarised in a dialog saying which files
 * and why. Answers the summary, or null when the import could not run at all (also told in a dialog).
 */
export async function importIntoLibrary(paths: readonly string[], reason: 'import' | 'open-file', context: ShellImportContext): Promise<ImportSummary | null> {
  const window = context.window();
  let summary: ImportSummary;
  try {
    summary = await context.articles.importPaths(paths, {
      onProgress: ({ done, total }) => setProgress(window, total > 0 ? done / total : -1),
    });
  } catch (error) {
    await showMessage(window, {
      type: 'error',
      message: 'Dateline could not import these files',
      detail: `${error instanceof Error ? error.message : String(error)}\n\nNothing was added to the library.`,
    });
    return null;
  } finally {
    setProgress(window, -1);
  }
  const shown = summary.outcomes.find((outcome) => outcome.status !== 'failed');
  pushToWindow(window, 'library:changed', shown && 'id' in shown ? { reason, articleId: shown.id } : { reason });
  if (summary.failed > 0) await showMessage(window, failureMessage(summary));
  else if (summary.outcomes.length === 0) {
    await showMessage(window, {
      type: 'info',
      message: 'There was nothing to import',
      detail: 'Dateline imports web pages (.html), Markdown (.md) and text files (.txt); none were found in what you chose.',
    });
  }
  return summary;
}

function failureMessage(summary: ImportSummary): { type: 'warning'; message: string; detail: string } {
  const failures = summary.outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [outcome.message] : []));
  const listed = failures.slice(0, LISTED_FAILURES);
  const more = failures.length - listed.length;
  const added = summary.imported === 1 ? '1 article was added.' : `${summary.imported} articles were added.`;
  return {
    type: 'warning',
    message: summary.failed === 1 ? 'One file could not be imported' : `${summary.failed} files could not be imported`,
    detail: [added, '', ...listed, ...(more > 0 ? [`…and ${more} more.`] : [])].join('\n'),
  };
}

/** What each Import menu item asks for: files (several at once) or folders, which are walked for articles. */
export type ImportChoice = 'files' | 'folder';

/**
 * Asks the user for files or folders to import (one kind per dialog: Windows and Linux cannot offer
 * both at once), then imports them as {@link importIntoLibrary} does. Cancelling does nothing.
 */
export async function chooseAndImport(choice: ImportChoice, context: ShellImportContext): Promise<void> {
  const window = context.window();
  const options: OpenDialogOptions =
    choice === 'files'
      ? {
          title: 'Import articles',
          buttonLabel: 'Import',
          properties: ['openFile', 'multiSelections'],
          filters: [{ name: 'Articles (web pages, Markdown, text)', extensions: [...IMPORTABLE_EXTENSIONS] }],
        }
      : { title: 'Import a folder of articles', buttonLabel: 'Import', properties: ['openDirectory', 'multiSelections'] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  await importInWindowOrHere(chosen.filePaths, 'import', context);
}

/**
 * Hands files chosen in the shell to the window (`import:requested`), which imports them with its
 * progress bar, Cancel and summary, as it does what is dropped on it. Without a window to show
 * them (none open, or closed meanwhile), main imports them itself ({@link importIntoLibrary}).
 * Answers where the import runs.
 */
export async function importInWindowOrHere(paths: readonly string[], reason: 'import' | 'open-file', context: ShellImportContext): Promise<'window' | 'here'> {
  const window = context.window();
  if (window && !window.isDestroyed()) {
    pushToWindow(window, 'import:requested', { paths: [...paths] });
    return 'window';
  }
  await importIntoLibrary(paths, reason, context);
  return 'here';
}

function setProgress(window: BrowserWindow | null, fraction: number): void {
  if (window && !window.isDestroyed()) window.setProgressBar(fraction);
}

async function showMessage(window: BrowserWindow | null, options: { type: 'error' | 'warning' | 'info'; message: string; detail: string }): Promise<void> {
  const box = { ...options, buttons: ['OK'] };
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, box);
  else await dialog.showMessageBox(box);
}
