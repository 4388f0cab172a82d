import { BrowserWindow, nativeTheme } from 'electron';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowPlacement } from './window-state';

/**
 * Opens the main window on `url`, shown once its first paint is ready (no white flash in dark
 * mode), where `placement` says (see placeWindow; the default size, centred, without one). Its
 * page is isolated, sandboxed and without Node; only the preload's API reaches it.
 */
export function createMainWindow(options: { preloadPath: string; url: string; placement?: WindowPlacement }): BrowserWindow {
  const placement = options.placement ?? { ...DEFAULT_WINDOW_SIZE, isMaximized: false };
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Dateline',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1c1e' : '#fbfaf7',
    // Written out here, not built elsewhere, so a reader (and electronegativity) sees every value.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click would otherwise ask for a new window; the open handler denies those anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    // Maximising shows a window on some systems, so it waits for the first paint too.
    if (placement.isMaximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.url);
  return window;
}
