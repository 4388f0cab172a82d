import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readWindowState } from '../../../src-main/windows/window-state';
import { createElectronMock, createElectronRecord } from './electron-mock';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, REPO_ROOT));

// Dateline is launched with a file on its command line, onto a display where it was left before.
const base = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-shell-'));
const libraryDir = path.join(base, 'library');
const filesDir = path.join(base, 'files');
await fs.mkdir(filesDir);
const story = (label: string) => `BEIJING (Reuters) - The ${label} report said talks resumed on Friday.\n\nOfficials met again yesterday.\n`;
const launchFile = path.join(filesDir, 'launched.txt');
await fs.writeFile(launchFile, story('launch'));
record.userData = path.join(base, 'user-data');
record.displays = [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1920, y: 0, width: 1600, height: 900 }];
await fs.mkdir(record.userData);
await fs.writeFile(path.join(record.userData, 'window-state.json'), JSON.stringify({ bounds: { x: 2000, y: 50, width: 1200, height: 800 }, isMaximized: true }));

vi.stubEnv('DATELINE_LIBRARY', libraryDir);
const argv = process.argv;
process.argv = [process.execPath, launchFile];
const electron = await import('electron');
await import('../../../src-main/index');
process.argv = argv;
await vi.waitFor(() => expect(record.windows).toHaveLength(1));

const window = () => {
  const entry = record.windows.at(-1);
  if (!entry) throw new Error('No window was opened');
  return entry;
};
const listener = (name: string) => {
  const found = record.appListeners.get(name)?.[0];
  if (!found) throw new Error(`Nothing listens for ${name}`);
  return found;
};
const requests = () => record.sent.filter((message) => message.channel === 'push:import:requested').map((message) => message.payload as { paths: string[] });

afterAll(async () => {
  for (const quit of record.appListeners.get('will-quit') ?? []) quit({ preventDefault: () => undefined });
  await vi.waitFor(async () => expect(await fs.readdir(libraryDir)).not.toContain('.dateline.lock'));
  await fs.rm(base, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('the shell, with Electron mocked', () => {
  it('hands the files it was launched with to a running instance', () => {
    expect(vi.mocked(electron.app.requestSingleInstanceLock)).toHaveBeenCalledWith({ files: [launchFile] });
  });

  it('hands the file it was launched with to the window to import and show', async () => {
    await vi.waitFor(() => expect(requests()).toHaveLength(1));
    expect(requests()[0]).toEqual({ paths: [launchFile] });
  });

  it('opens the window where it was left, maximised, on the second display', () => {
    expect(window().options).toMatchObject({ x: 2000, y: 50, width: 1200, height: 800, minWidth: 720, minHeight: 480, show: false });
    window().window.emit('ready-to-show');
    expect(window().window.maximize).toHaveBeenCalled();
    expect(window().window.show).toHaveBeenCalled();
  });

  it('opens every window with the secure web preferences', () => {
    for (const { options } of record.windows) {
      expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false });
    }
  });

  it('installs the File, Edit, View, Window and Help menu', () => {
    const labels = (record.menu as MenuItemConstructorOptions[]).map((item) => item.label?.replace('&', ''));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
  });

  it('sends a menu command to the window', () => {
    const view = (record.menu as MenuItemConstructorOptions[]).find((item) => item.label === '&View');
    const timeline = (view?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Show or Hide Timeline');
    (timeline?.click as () => void)();
    expect(record.sent.at(-1)).toEqual({ channel: 'push:menu:command', payload: { command: 'toggle-timeline' } });
  });

  it('hands a file opened from macOS to the window', async () => {
    const file = path.join(filesDir, 'finder.txt');
    await fs.writeFile(file, story('finder'));
    listener('open-file')({ preventDefault: vi.fn() }, file);
    await vi.waitFor(() => expect(requests()).toHaveLength(2));
    expect(requests()[1]).toEqual({ paths: [file] });
  });

  it('focuses the window on a second launch and hands it its file', async () => {
    const file = path.join(filesDir, 'second.txt');
    await fs.writeFile(file, story('second'));
    window().window.isMinimizedNow = true;
    listener('second-instance')({}, ['dateline', file], filesDir, { files: [file] });
    expect(window().window.restore).toHaveBeenCalled();
    expect(window().window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(requests()).toHaveLength(3));
    expect(requests()[2]).toEqual({ paths: [file] });
  });

  it('hands the files chosen in File → Import Files… to the window', async () => {
    const file = path.join(filesDir, 'menu.txt');
    await fs.writeFile(file, story('menu'));
    record.openDialogAnswers.push([file]);
    const menu = (record.menu as MenuItemConstructorOptions[]).find((item) => item.label === '&File');
    ((menu?.submenu as MenuItemConstructorOptions[])[0]?.click as () => void)();
    await vi.waitFor(() => expect(requests()).toHaveLength(4));
    expect(requests()[3]).toEqual({ paths: [file] });
  });

  it('remembers where the window is when it closes', () => {
    window().window.isMinimizedNow = false;
    window().window.bounds = { x: 1950, y: 60, width: 1000, height: 700 };
    window().window.isMaximizedNow = false;
    window().window.emit('close', { preventDefault: () => undefined });
    expect(readWindowState(path.join(record.userData, 'window-state.json'))).toEqual({ bounds: { x: 1950, y: 60, width: 1000, height: 700 }, isMaximized: false });
  });
});
