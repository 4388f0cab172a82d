import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../src-main/shared/channels';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp';
import { createElectronMock, createElectronRecord } from './electron-mock';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, REPO_ROOT));

const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-root-'));
vi.stubEnv('DATELINE_LIBRARY', libraryDir);
await import('../../../src-main/index');
await vi.waitFor(() => expect(record.windows).toHaveLength(1));

afterAll(async () => {
  for (const listener of record.appListeners.get('will-quit') ?? []) listener({ preventDefault: () => undefined });
  await vi.waitFor(async () => expect(await fs.readdir(libraryDir)).not.toContain('.dateline.lock'));
  await fs.rm(libraryDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('the composition root, with Electron mocked', () => {
  it('registers the app:// scheme as standard and secure, and takes the single-instance lock', () => {
    expect(record.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(record.appListeners.has('second-instance')).toBe(true);
  });

  it('opens the library, seeds it, and opens one secure window on app://', async () => {
    expect(record.errors).toEqual([]);
    const window = record.windows[0];
    expect(window?.url).toBe('app://dateline/index.html');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect((await fs.readdir(path.join(libraryDir, 'articles'))).length).toBe(1);
  });

  it('registers every channel, and the handlers answer the app’s frame and refuse others', async () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const list = record.ipcHandlers.get('articles:list');
    const fromApp = await list?.({ senderFrame: { url: 'app://dateline/index.html', parent: null } }, undefined);
    expect(fromApp).toMatchObject({ ok: true, value: [{ source: 'Reuters', place: 'Beijing' }] });
    const fromElsewhere = await list?.({ senderFrame: { url: 'https://example.com/', parent: null } }, undefined);
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('denies every permission and cancels every http(s) and ws(s) request', () => {
    const answers: boolean[] = [];
    record.permissionRequest?.({}, 'media', (allowed) => answers.push(allowed));
    record.permissionRequest?.({}, 'notifications', (allowed) => answers.push(allowed));
    expect(answers).toEqual([false, false]);
    expect(record.permissionCheck?.()).toBe(false);
    expect(record.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    for (const url of ['https://tracker.example/pixel.gif', 'http://127.0.0.1:5173/', 'wss://socket.example/']) {
      let cancelled: boolean | null = null;
      record.beforeRequest?.listener({ url }, ({ cancel }) => (cancelled = cancel));
      expect(cancelled, url).toBe(true);
    }
  });

  it('serves app:// with the CSP header and refuses paths out of the renderer folder', async () => {
    const handler = record.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const outside = await handler?.(new Request('app://dateline/%2e%2e/%2e%2e/package.json'));
    expect(outside?.status).toBeGreaterThanOrEqual(400);
    expect(outside?.status).toBeLessThan(500);
    expect(outside?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
