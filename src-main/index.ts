import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createHandlerTable } from './ipc/handler-table';
import { APP_ORIGIN, createDispatcher, registerIpc } from './ipc/handle';
import { createServices } from './services/create-services';
import { defaultLibraryDir } from './services/library-location';
import { seedLibrary } from './services/seed';
import { openLibraryForApp } from './services/open-library';
import type { LibraryStore } from './store/library-store';
import { createMainWindow } from './windows/main-window';
import { registerAppScheme, serveAppProtocol } from './windows/protocol';
import { hardenSession, hardenWebContents } from './windows/security';

const here = import.meta.dirname;
/** In `npm run dev`, the renderer comes from Vite's server; otherwise from app://. */
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

let mainWindow: BrowserWindow | null = null;
let store: LibraryStore | null = null;

/**
 * The composition root: one app instance, the library opened and locked, services built, every
 * IPC channel registered through the one wrapper, the session locked down, the window opened.
 * Resolves once the window is created; a library that cannot be opened is reported and the app quits.
 */
export async function startDateline(): Promise<void> {
  await app.whenReady();
  try {
    store = await openLibraryForApp(defaultLibraryDir());
  } catch (error) {
    dialog.showErrorBox('Dateline cannot open its library', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const services = createServices(store);
  await seedLibrary(store, services.articles, path.join(app.getAppPath(), 'seeds'));

  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  registerIpc(ipcMain, createDispatcher(createHandlerTable(services), { trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN] }));
  hardenSession(session.defaultSession, devOrigin);
  serveAppProtocol(session.defaultSession.protocol, path.join(here, '../renderer'));
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  mainWindow = createMainWindow({ preloadPath: path.join(here, '../preload/index.cjs'), url: devServerUrl ?? `${APP_ORIGIN}/index.html` });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

registerAppScheme();
hardenWebContents(app);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void store?.close();
  });
  void startDateline();
}
