import { vi } from 'vitest';

/** A window the mocked Electron opened: its options, its URL, and the fake that stands for it. */
export interface RecordedWindow {
  options: Record<string, unknown>;
  url: string | null;
  window: FakeWindow;
}

/** A rectangle in screen coordinates, as Electron's `Rectangle`. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the mocked Electron recorded, for the wiring tests to read back. */
export interface ElectronRecord {
  windows: RecordedWindow[];
  ipcHandlers: Map<string, (event: unknown, input: unknown) => unknown>;
  appListeners: Map<string, Array<(...args: unknown[]) => unknown>>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  privilegedSchemes: unknown[];
  permissionRequest: ((contents: unknown, permission: string, callback: (allowed: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  beforeRequest: { filter: { urls: string[] }; listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void } | null;
  errors: Array<[string, string]>;
  /** Every `webContents.send` of every window: `push:<name>` and its payload. */
  sent: Array<{ channel: string; payload: unknown }>;
  /** The template of the application menu, once set. */
  menu: unknown[] | null;
  /** The work areas of the displays, the primary first. */
  displays: Box[];
  /** Electron's userData folder (where window-state.json goes). */
  userData: string;
  /** Answers the next open dialogs take, in order; with none left a dialog is cancelled. */
  openDialogAnswers: string[][];
  /** What each save dialog answers, in turn: a path, or nothing for Cancel. */
  saveDialogAnswers: string[];
  /** The options of every message box shown, and the button the fake user clicks. */
  messageBoxes: unknown[];
  messageBoxAnswer: number;
  /** URLs handed to shell.openExternal, and folders to shell.openPath. */
  openedExternally: string[];
  openedPaths: string[];
}

type Listener = (...args: unknown[]) => unknown;

/** A stand-in BrowserWindow: events can be emitted at it, and its webContents records what it sends. */
export class FakeWindow {
  private readonly listeners = new Map<string, Listener[]>();
  bounds: Box = { x: 0, y: 0, width: 0, height: 0 };
  isMaximizedNow = false;
  isMinimizedNow = false;
  isDestroyedNow = false;
  isLoadingNow = false;
  progress: number[] = [];
  readonly webContents: {
    send: (channel: string, payload: unknown) => void;
    isLoading: () => boolean;
    once: (name: string, listener: Listener) => void;
    finishLoad: () => void;
    /** Reloads the page: counted in `reloads`. */
    reload: () => void;
  };
  reloads = 0;
  constructor(readonly record: ElectronRecord) {
    const waiting: Listener[] = [];
    this.webContents = {
      send: (channel, payload) => void record.sent.push({ channel, payload }),
      isLoading: () => this.isLoadingNow,
      once: (name, listener) => {
        if (name === 'did-finish-load') waiting.push(listener);
      },
      finishLoad: () => {
        this.isLoadingNow = false;
        for (const listener of waiting.splice(0)) listener();
      },
      reload: () => void (this.reloads += 1),
    };
  }
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  /** Fires an event at the window's listeners, as Electron would. */
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  /** Closing for real (after the close guard let the page save) destroys the window. */
  close = vi.fn(() => void (this.isDestroyedNow = true));
  maximize = vi.fn(() => void (this.isMaximizedNow = true));
  isMinimized = () => this.isMinimizedNow;
  isMaximized = () => this.isMaximizedNow;
  isFullScreen = () => false;
  isDestroyed = () => this.isDestroyedNow;
  getNormalBounds = () => ({ ...this.bounds });
  setProgressBar = (fraction: number) => void this.progress.push(fraction);
}

/** A fresh record. */
export function createElectronRecord(): ElectronRecord {
  return {
    windows: [],
    ipcHandlers: new Map(),
    appListeners: new Map(),
    protocolHandlers: new Map(),
    privilegedSchemes: [],
    permissionRequest: null,
    permissionCheck: null,
    beforeRequest: null,
    errors: [],
    sent: [],
    menu: null,
    displays: [{ x: 0, y: 0, width: 1920, height: 1040 }],
    userData: '/nonexistent/dateline-user-data',
    openDialogAnswers: [],
    saveDialogAnswers: [],
    messageBoxes: [],
    messageBoxAnswer: 0,
    openedExternally: [],
    openedPaths: [],
  };
}

/**
 * A stand-in for the `electron` module, enough for the composition root and the window code to
 * run in Node: it records what they ask of Electron instead of opening anything.
 */
export function createElectronMock(record: ElectronRecord, appPath: string) {
  class BrowserWindow extends FakeWindow {
    static getAllWindows = () => record.windows.filter((entry) => !entry.window.isDestroyed()).map((entry) => entry.window);
    private readonly entry: RecordedWindow;
    constructor(options: Record<string, unknown>) {
      super(record);
      const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Box>;
      this.bounds = { x, y, width, height };
      this.entry = { options, url: null, window: this };
      record.windows.push(this.entry);
    }
    loadURL = (url: string) => {
      this.entry.url = url;
      return Promise.resolve();
    };
  }
  const display = (workArea: Box) => ({ workArea, bounds: workArea });
  const session = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void record.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (handler: ElectronRecord['permissionRequest']) => void (record.permissionRequest = handler),
    setPermissionCheckHandler: (handler: ElectronRecord['permissionCheck']) => void (record.permissionCheck = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<ElectronRecord['beforeRequest']>['listener']) => void (record.beforeRequest = { filter, listener }),
    },
  };
  const app = {
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: vi.fn((_data?: unknown) => true),
    name: 'Dateline',
    getAppPath: () => appPath,
    getPath: (name: string) => (name === 'userData' ? record.userData : `/nonexistent/${name}`),
    quit: vi.fn(),
    on: (name: string, listener: (...args: unknown[]) => unknown) => {
      record.appListeners.set(name, [...(record.appListeners.get(name) ?? []), listener]);
      return app;
    },
  };
  return {
    app,
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    ipcMain: { handle: (channel: string, listener: (event: unknown, input: unknown) => unknown) => void record.ipcHandlers.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privilegedSchemes.push(...schemes) },
    session: { defaultSession: session },
    screen: {
      getPrimaryDisplay: () => display(record.displays[0] ?? { x: 0, y: 0, width: 1920, height: 1040 }),
      getAllDisplays: () => record.displays.map(display),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => void (record.menu = menu?.template ?? null),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => void record.errors.push([title, message]),
      // Called as (window, options) or (options), as Electron allows.
      showMessageBox: vi.fn(async (...args: unknown[]) => {
        record.messageBoxes.push(args.at(-1));
        return { response: record.messageBoxAnswer, checkboxChecked: false };
      }),
      showOpenDialog: vi.fn(async () => {
        const filePaths = record.openDialogAnswers.shift();
        return filePaths ? { canceled: false, filePaths } : { canceled: true, filePaths: [] };
      }),
      showSaveDialog: vi.fn(async () => {
        const filePath = record.saveDialogAnswers.shift();
        return filePath ? { canceled: false, filePath } : { canceled: true, filePath: undefined };
      }),
    },
    shell: {
      openExternal: vi.fn(async (url: string) => void record.openedExternally.push(url)),
      openPath: vi.fn(async (folder: string) => {
        record.openedPaths.push(folder);
        return '';
      }),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
}
