import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { backupLibrary } from '../../../src-main/services/backup';
import { createServices } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';
import { createElectronMock, createElectronRecord } from './electron-mock';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, REPO_ROOT));

// The app opens its library (seeded with the Reuters sample); another library is backed up elsewhere.
const base = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-restore-'));
const libraryDir = path.join(base, 'library');
const otherArchive = path.join(base, 'other.tar.gz');
{
  const source = path.join(base, 'story.txt');
  await fs.writeFile(source, 'Ministers meet in Oslo\n\ndate 2021-06-04 NTB, OSLO\n\nThe ministers met on Thursday.\n');
  const other = createServices(await LibraryStore.open(path.join(base, 'other'), { owner: 'cli' }));
  await other.articles.importFiles([source]);
  await backupLibrary(other.store, otherArchive);
  await other.articles.close();
  await other.store.close();
}
vi.stubEnv('DATELINE_LIBRARY', libraryDir);
await import('../../../src-main/index');
await vi.waitFor(() => expect(record.windows).toHaveLength(1));

const FROM_APP = { senderFrame: { url: 'app://dateline/index.html', parent: null } };
const call = (channel: string, input?: unknown) => record.ipcHandlers.get(channel)?.(FROM_APP, input) as Promise<{ ok: boolean; value: unknown }>;
const listedSources = async () => ((await call('articles:list')).value as Array<{ source: string }>).map((article) => article.source);
const chooseRestore = () => {
  const file = (record.menu as MenuItemConstructorOptions[]).find((item) => item.label === '&File');
  const item = (file?.submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === 'Restore Library from Backup…');
  (item?.click as () => void)();
};
const lastBox = () => record.messageBoxes.at(-1) as { type: string; message: string; detail: string } | undefined;

/** Every file of the library's user data, with a hash of its bytes. */
async function userData(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (relative.startsWith(`.local${path.sep}search`)) continue;
    files[relative] = createHash('sha256').update(await fs.readFile(path.join(dir, relative))).digest('hex');
  }
  return files;
}

afterAll(async () => {
  for (const quit of record.appListeners.get('will-quit') ?? []) quit({ preventDefault: () => undefined });
  await vi.waitFor(async () => expect(await fs.readdir(libraryDir)).not.toContain('.dateline.lock'));
  await fs.rm(base, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('File → Restore Library from Backup…, with Electron mocked', () => {
  it.each([
    ['a damaged archive', async () => {
      const file = path.join(base, 'damaged.tar.gz');
      await fs.writeFile(file, 'not a gzip file at all');
      return file;
    }],
    ['a file that cannot be read', async () => path.join(base, 'gone.tar.gz')],
  ])('leaves the library exactly as it was and says so, given %s', async (_what, make) => {
    expect(await listedSources()).toEqual(['Reuters']);
    const before = await userData(libraryDir);
    record.messageBoxes.length = 0;
    record.openDialogAnswers.push([await make()]);
    chooseRestore();
    await vi.waitFor(() => expect(lastBox()).toBeDefined(), { timeout: 10_000 });
    expect(record.messageBoxes).toHaveLength(1);
    expect(lastBox()).toMatchObject({ type: 'error', message: 'Dateline could not restore this backup', detail: expect.stringContaining('Your library was not changed') });
    expect(await userData(libraryDir)).toEqual(before);
    expect((await fs.readdir(base)).filter((name) => name.startsWith('library.'))).toEqual([]);
    expect(await listedSources()).toEqual(['Reuters']);
    expect(record.windows[0]?.window.reloads).toBe(0);
  });

  it('replaces the library with another one’s backup after asking, saves the old one first, and reloads the window', async () => {
    const [seed] = (await call('articles:list')).value as Array<{ id: string }>;
    const deviceId = await fs.readFile(path.join(libraryDir, '.local', 'device-id'), 'utf8');
    record.messageBoxes.length = 0;
    record.messageBoxAnswer = 0;
    record.openDialogAnswers.push([otherArchive]);
    chooseRestore();
    await vi.waitFor(() => expect(lastBox()?.message).toBe('The library was restored'), { timeout: 10_000 });
    const [confirmation] = record.messageBoxes as Array<{ type: string; buttons: string[]; cancelId: number; detail: string }>;
    expect(confirmation).toMatchObject({ type: 'warning', buttons: ['Replace Library', 'Cancel'], cancelId: 1 });
    expect(confirmation?.detail).toContain(`library now (1 article) will be replaced by those in this backup (1 article): ${otherArchive}`);
    expect(confirmation?.detail).toContain(path.join(libraryDir, 'backups', 'before-restore-'));

    // The handler table answers over the restored library, and the page is reloaded onto it.
    expect(await listedSources()).toEqual(['NTB']);
    expect(record.windows[0]?.window.reloads).toBe(1);
    expect(record.sent.some((message) => message.channel === 'push:app:closing')).toBe(true);

    // The library that was open is in the restored library's backups, whole, and this device kept its id.
    const backups = await fs.readdir(path.join(libraryDir, 'backups'));
    const safety = backups.find((name) => /^before-restore-.*\.tar\.gz$/.test(name));
    expect(safety).toBeDefined();
    expect(lastBox()?.detail).toContain(path.join(libraryDir, 'backups', safety ?? ''));
    const entries: string[] = [];
    await tar.list({ file: path.join(libraryDir, 'backups', safety ?? ''), onReadEntry: (entry) => void entries.push(entry.path) });
    expect(entries).toEqual(expect.arrayContaining(['library.json', `articles/${seed?.id}/content.json`]));
    expect(await fs.readFile(path.join(libraryDir, '.local', 'device-id'), 'utf8')).toBe(deviceId);
  });
});
