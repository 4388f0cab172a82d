import path from 'node:path';
import { app, dialog, screen, shell, type BrowserWindow } from 'electron';
import type { ArticleService } from '../services/articles';
import { installAppMenu } from './app-menu';
import { chooseAndImport, importInWindowOrHere, type ShellImportContext } from './import-into-library';
import { backUpLibrary, exportAllNotes, importNotesFromFile, type LibraryExportContext } from './library-exports';
import { restoreLibraryFromBackup, type LibraryRestoreContext } from './library-restore';
import { createMainWindow } from './main-window';
import type { OpenedFiles } from './open-files';
import { pushToWindow } from './push';
import { placeWindow, readWindowState, rememberWindowState, WINDOW_STATE_FILE } from './window-state';

/**
 * Opens the main window where it was last left (its state kept in `window-state.json` in Electron's
 * userData folder, fitted to the displays there are now) and keeps remembering where it is.
 */
export function openRememberedWindow(options: { preloadPath: string; url: string }): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  // The primary display first: a window whose display is gone reopens there.
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
  const placement = placeWindow(readWindowState(stateFile), displays.map((display) => display.workArea));
  const window = createMainWindow({ ...options, placement });
  rememberWindowState(window, stateFile);
  return window;
}

/** What the shell works with once the library is open. */
export interface ShellContext {
  articles: Pick<ArticleService, 'importPaths'>;
  exports: LibraryExportContext['exports'];
  backUp: LibraryExportContext['backUp'];
  importNotes: LibraryExportContext['importNotes'];
  /** File → Restore Library from Backup…: the open library and how to let the page save first. */
  restoring: Omit<LibraryRestoreContext, 'window'>;
  libraryDir: string;
  /** The main window, opened if it was closed (macOS keeps running without one). */
  window: () => BrowserWindow;
  isDevelopment: boolean;
}

/**
 * Installs the native menu and starts importing files opened from the operating system (those
 * that arrived during start-up first). Each opened batch is imported, shown, and its window
 * brought forward. Answers once the files that waited have been handled.
 */
export function startShell(context: ShellContext, opened: OpenedFiles): Promise<void> {
  const imports: ShellImportContext = { articles: context.articles, window: context.window };
  const exporting: LibraryExportContext = { exports: context.exports, importNotes: context.importNotes, backUp: context.backUp, window: context.window };
  installAppMenu(
    {
      importArticles: (choice) => {
        chooseAndImport(choice, imports).catch((error: unknown) => console.error('The import from the menu failed', error));
      },
      sendCommand: (command) => pushToWindow(context.window(), 'menu:command', { command }),
      exportNotes: (format) => void exportAllNotes(format, exporting),
      importNotes: () => void importNotesFromFile(exporting),
      backUpLibrary: () => void backUpLibrary(exporting),
      restoreLibrary: () => {
        restoreLibraryFromBackup({ ...context.restoring, window: context.window }).catch((error: unknown) => console.error('The restore from the menu failed', error));
      },
      showLibraryFolder: () => {
        void shell.openPath(context.libraryDir).then((problem) => {
          if (problem) dialog.showErrorBox('Dateline could not show the library folder', `${problem}\n\nThe library is at ${context.libraryDir}.`);
        });
      },
    },
    { platform: process.platform, isDevelopment: context.isDevelopment, appName: app.name },
  );
  return opened.start(async (paths) => {
    await importInWindowOrHere(paths, 'open-file', imports);
    focusWindow(context.window());
  });
}

/** Brings a window forward, restoring it if it was minimised; a window still loading shows itself when painted. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed() || window.webContents.isLoading()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
