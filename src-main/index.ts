import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createHandlerTable } from './ipc/handler-table';
import { APP_ORIGIN, createDispatcher, registerIpc } from './ipc/handle';
import { createServices, type Services } from './services/create-services';
import { defaultLibraryDir } from './services/library-location';
import { backupLibrary } from './services/backup';
import { seedLibrary } from './services/seed';
import { openLibraryForApp } from './services/open-library';
import type { LibraryStore } from './store/library-store';
import { focusWindow, openRememberedWindow, startShell } from './windows/app-shell';
import { importablePathsIn, listenForOpenedFiles, OpenedFiles, type SecondLaunchData } from './windows/open-files';
import { IpcActivity } from './ipc/activity';
import type { Push } from './ipc/push';
import { guardWindowClose } from './windows/close-guard';
import { pushToWindow } from './windows/push';
import { registerAppScheme, serveAppProtocol } from './windows/protocol';
import { hardenSession, hardenWebContents } from './windows/security';

const here = import.meta.dirname;
/** In `npm run dev`, the renderer comes from Vite's server; otherwise from app://. */
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

let mainWindow: BrowserWindow | null = null;
let store: LibraryStore | null = null;
let services: Services | null = null;
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
  try {
    store = await openLibraryForApp(libraryDir);
  } catch (error) {
    dialog.showErrorBox('Dateline cannot open its library', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  services = createServices(store);
  await seedLibrary(store, services.articles, path.join(app.getAppPath(), 'seeds'));

  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  const push: Push = (name, payload) => pushToWindow(mainWindow, name, payload);
  registerIpc(ipcMain, createDispatcher(createHandlerTable(services, push), { trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN], activity }));
  hardenSession(session.defaultSession, devOrigin);
  serveAppProtocol(session.defaultSession.protocol, path.join(here, '../renderer'), store.dir);
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  const library = store;
  await startShell({ articles: services.articles, exports: services.exports, backUp: (file) => backupLibrary(library, file), libraryDir, window: () => mainWindow ?? openWindow(), isDevelopment: !app.isPackaged }, openedFiles);
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
    if (isLibraryClosed || !store) return;
    event.preventDefault();
    void Promise.all([services?.articles.close(), store.close()]).finally(() => {
      isLibraryClosed = true;
      app.quit();
    });
  });
  void startDateline();
}
