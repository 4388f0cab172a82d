import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock, createElectronRecord } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const electron = await import('electron');
const { hardenSession, hardenWebContents } = await import('../../../src-main/windows/security');

type Listener = (...args: unknown[]) => unknown;

/** A fake web contents that records the handlers the app puts on it. */
function createContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    isDestroyed: () => false,
    on: (name: string, listener: Listener) => void listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

/** Hardens a fresh fake web contents the way Electron would hand it to the app. */
function hardenedContents() {
  const appListeners = new Map<string, Listener>();
  hardenWebContents({ on: (name: string, listener: Listener) => void appListeners.set(name, listener) } as never);
  const contents = createContents();
  appListeners.get('web-contents-created')?.({}, contents);
  return contents;
}

/** Fires `will-navigate` at the contents; answers whether the navigation was prevented. */
function navigate(contents: ReturnType<typeof createContents>, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.listeners.get('will-navigate')?.(event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  record.messageBoxes.length = 0;
  record.openedExternally.length = 0;
  vi.mocked(electron.dialog.showMessageBox).mockClear();
  vi.mocked(electron.shell.openExternal).mockClear();
});

describe('links and navigation', () => {
  const ALLOWED = ['https://www.reuters.com/world/china/', 'http://example.com/a?b=c', 'mailto:desk@example.com'];
  const REFUSED = ['javascript:alert(1)', 'file:///etc/passwd', 'app://dateline/index.html', 'data:text/html,<script>1</script>', 'smb://server/share', 'ms-msdt:/id', 'vbscript:x', 'chrome://settings', 'not a url'];

  it.each(ALLOWED)('opens %s in the system only after the user confirms', async (url) => {
    record.messageBoxAnswer = 0;
    const contents = hardenedContents();
    expect(navigate(contents, url)).toBe(true);
    await settle();
    expect(record.messageBoxes).toEqual([expect.objectContaining({ detail: url, cancelId: 1, defaultId: 1 })]);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each(ALLOWED)('does not open %s when the user cancels', async (url) => {
    record.messageBoxAnswer = 1;
    const contents = hardenedContents();
    expect(navigate(contents, url)).toBe(true);
    await settle();
    expect(record.messageBoxes).toHaveLength(1);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(REFUSED)('never hands %s to the system, nor asks', async (url) => {
    record.messageBoxAnswer = 0;
    const contents = hardenedContents();
    expect(navigate(contents, url)).toBe(true);
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await settle();
    expect(record.messageBoxes).toEqual([]);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, offering an allowed link to the system instead', async () => {
    record.messageBoxAnswer = 0;
    const contents = hardenedContents();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
    expect(record.openedExternally).toEqual(['https://example.com/']);
  });

  it('prevents redirects and webviews', () => {
    const contents = hardenedContents();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.listeners.get(name)?.(event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });
});

describe('the session', () => {
  function hardened(devServerOrigin: string | null) {
    let filter: { urls: string[] } | null = null;
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    const permissions: boolean[] = [];
    let check: (() => boolean) | null = null;
    hardenSession(
      {
        setPermissionRequestHandler: (handler: (contents: unknown, permission: string, callback: (allowed: boolean) => void) => void) =>
          handler(null, 'geolocation', (allowed) => permissions.push(allowed)),
        setPermissionCheckHandler: (handler: () => boolean) => void (check = handler),
        webRequest: { onBeforeRequest: (f: { urls: string[] }, l: typeof listener) => void ([filter, listener] = [f, l]) },
      } as never,
      devServerOrigin,
    );
    const isCancelled = (url: string) => {
      let cancel: boolean | null = null;
      listener?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    return { filter: () => filter, isCancelled, permissions, check: () => check?.() };
  }

  const REQUESTS = [
    'https://tracker.example/pixel.gif',
    'http://images.example/photo.jpg',
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:8080/',
    'http://localhost:5173/',
    'ws://socket.example/live',
    'wss://socket.example/live',
    'https://[::1]/',
  ];

  it('watches every http, https, ws and wss URL', () => {
    expect(hardened(null).filter()?.urls.sort()).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
  });

  it.each(REQUESTS)('cancels %s', (url) => {
    expect(hardened(null).isCancelled(url)).toBe(true);
  });

  it('lets only the exact development server origin through in development', () => {
    const session = hardened('http://localhost:5173');
    expect(session.isCancelled('http://localhost:5173/src/main.ts')).toBe(false);
    for (const url of ['http://localhost:51730/', 'http://localhost:5173.evil.example/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'https://tracker.example/']) {
      expect(session.isCancelled(url), url).toBe(true);
    }
  });

  it('denies every permission request and check', () => {
    const session = hardened(null);
    expect(session.permissions).toEqual([false]);
    expect(session.check()).toBe(false);
  });
});
