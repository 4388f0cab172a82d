import { vi } from 'vitest';

/** What the mocked Electron recorded, for the wiring tests to read back. */
export interface ElectronRecord {
  windows: Array<{ options: Record<string, unknown>; url: string | null }>;
  ipcHandlers: Map<string, (event: unknown, input: unknown) => unknown>;
  appListeners: Map<string, Array<(...args: unknown[]) => unknown>>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  privilegedSchemes: unknown[];
  permissionRequest: ((contents: unknown, permission: string, callback: (allowed: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  beforeRequest: { filter: { urls: string[] }; listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void } | null;
  errors: Array<[string, string]>;
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
  };
}

/**
 * A stand-in for the `electron` module, enough for the composition root and the window code to
 * run in Node: it records what they ask of Electron instead of opening anything.
 */
export function createElectronMock(record: ElectronRecord, appPath: string) {
  class BrowserWindow {
    static getAllWindows = () => record.windows;
    private readonly entry: { options: Record<string, unknown>; url: string | null };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, url: null };
      record.windows.push(this.entry);
    }
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    loadURL = (url: string) => {
      this.entry.url = url;
      return Promise.resolve();
    };
  }
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
    requestSingleInstanceLock: () => true,
    getAppPath: () => appPath,
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
    dialog: { showErrorBox: (title: string, message: string) => void record.errors.push([title, message]), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
}
