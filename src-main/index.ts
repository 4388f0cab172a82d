import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createHandlerTable } from './ipc/handler-table';
import { APP_ORIGIN, createDispatcher, registerIpc, type Dispatch } from './ipc/handle';
import { createServices, type Services } from './services/create-services';
import { LibrarySession } from './services/library-session';
import { defaultLibraryDir } from './services/library-location';
import { backupLibrary } from './services/backup';
import { importAnnotations } from './services/import-annotations';
import { seedLibrary } from './services/seed';
import { openLibraryForApp } from './services/open-library';
import { focusWindow, openRememberedWindow, startShell } from './windows/app-shell';
import { importablePathsIn, listenForOpenedFiles, OpenedFiles, type SecondLaunchData } from './windows/open-files';
import { IpcActivity } from './ipc/activity';
import type { Push } from './ipc/push';
import { guardWindowClose, letPageSave } from './windows/close-guard';
import { pushToWindow } from './windows/push';
import { registerAppScheme, serveAppProtocol } from './windows/protocol';
import { saveDialogOf } from './windows/save-dialog';
import { hardenSession, hardenWebContents } from './windows/security';

const here = import.meta.dirname;
/** In `npm run dev`, the renderer comes from Vite's server; otherwise from app://. */
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

let mainWindow: BrowserWindow | null = null;
/** The open library and its services; restoring a backup replaces them while the app runs. */
let librarySession: LibrarySession | null = null;
/** Files the operating system asked to open, kept until the library is open. */
const openedFiles = new OpenedFiles();
/** The IPC calls being answered; closing waits for the page's last saves. */
const activity = new IpcActivity();
let isLibraryClosed = false;

/**
 * The composition root: one app instance, the library opened and locked, services built, every
 * IPC channel registered through the one wrapper, the session locked down, the window opened
 * where it was left, the menu installed. Resolves once the files the app was launched with are
 * imported; a library that cannot be opened is reported and the app quits.
 */
export async function startDateline(): Promise<void> {
  await app.whenReady();
  const libraryDir = defaultLibraryDir();
  let services: Services;
  try {
    services = createServices(await openLibraryForApp(libraryDir));
  } catch (error) {
    dialog.showErrorBox('Dateline cannot open its library', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const library = new LibrarySession(services, libraryDir);
  librarySession = library;
  await seedLibrary(services.store, services.articles, path.join(app.getAppPath(), 'seeds'));

  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  const push: Push = (name, payload) => pushToWindow(mainWindow, name, payload);
  const dispatchOver = (over: Services) => createDispatcher(createHandlerTable(over, push, saveDialogOf(() => mainWindow)), { trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN], activity });
  registerIpc(ipcMain, followSession(library, dispatchOver));
  hardenSession(session.defaultSession, devOrigin);
  serveAppProtocol(session.defaultSession.protocol, path.join(here, '../renderer'), services.store.dir);
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  prepareSearch(services);
  // The shell asks the session each time, so its actions reach a library restored since.
  await startShell(
    {
      articles: { importPaths: async (paths, options) => (await library.ready()).articles.importPaths(paths, options) },
      exports: { write: async (scope, format, folder) => (await library.ready()).exports.write(scope, format, folder) },
      backUp: async (file) => backupLibrary((await library.ready()).store, file),
      importNotes: async (file) => importAnnotations((await library.ready()).store, file),
      restoring: { session: library, settle: () => letPageSave(mainWindow, activity) },
      libraryDir,
      window: () => mainWindow ?? openWindow(),
      isDevelopment: !app.isPackaged,
    },
    openedFiles,
  );
}

/**
 * Answers every call with the handler table over the services open now: a call made during a
 * restore waits for it, and the table is rebuilt once over the restored library's services.
 */
function followSession(library: LibrarySession, dispatchOver: (services: Services) => Dispatch): Dispatch {
  let built = library.services;
  let dispatch = dispatchOver(built);
  return async (sender, channel, input) => {
    const services = await library.ready();
    if (services !== built) {
      built = services;
      dispatch = dispatchOver(services);
      prepareSearch(services);
    }
    return dispatch(sender, channel, input);
  };
}

/** Loads (or builds) the search index a part at a time in the background, so the first search does not wait for all of it. */
function prepareSearch(services: Services): void {
  services.search.prepare().catch((error: unknown) => console.error('Loading the search index failed', error));
}

function openWindow(): BrowserWindow {
  const window = openRememberedWindow({ preloadPath: path.join(here, '../preload/index.cjs'), url: devServerUrl ?? `${APP_ORIGIN}/index.html` });
  mainWindow = window;
  guardWindowClose(window, activity);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

registerAppScheme();
hardenWebContents(app);
// A second launch hands its files to the running app (Windows and Linux "Open with") and quits.
const launchFiles = importablePathsIn(process.argv, process.cwd());
if (!app.requestSingleInstanceLock({ files: launchFiles } satisfies SecondLaunchData)) {
  app.quit();
} else {
  listenForOpenedFiles(app, openedFiles, () => focusWindow(mainWindow));
  openedFiles.add(launchFiles);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting waits for the library's pending writes and releases its lock before the process ends.
  app.on('will-quit', (event) => {
    if (isLibraryClosed || !librarySession) return;
    event.preventDefault();
    // A restore under way finishes first, so what is closed is the library that is open.
    void librarySession
      .ready()
      .then((open) => Promise.all([open.articles.close(), open.store.close()]))
      .finally(() => {
        isLibraryClosed = true;
        app.quit();
      });
  });
  void startDateline();
}
