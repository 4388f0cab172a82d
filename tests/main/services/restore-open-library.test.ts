import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupLibrary } from '../../../src-main/services/backup';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibrarySession } from '../../../src-main/services/library-session';
import { openLibraryForApp } from '../../../src-main/services/open-library';
import { prepareRestore, restoreOpenLibrary } from '../../../src-main/services/restore-open-library';
import { LibraryStore } from '../../../src-main/store/library-store';
import { listNames, useTempDirs } from '../../support/temp-library';

const tempDir = useTempDirs('dateline-restore-open-');
const NOW = new Date('2024-03-01T09:30:00Z');
let base: string;
let libraryDir: string;
let archive: string;
let session: LibrarySession;

async function storyFile(name: string, headline: string): Promise<string> {
  const file = path.join(base, name);
  await fs.writeFile(file, `${headline}\n\ndate 2021-06-04 NTB, OSLO\n\n${headline} on Thursday.\n`);
  return file;
}
const open = async (dir: string) => createServices(await openLibraryForApp(dir));
const titles = (services: Services) => services.articles.list().map((article) => article.title);

beforeEach(async () => {
  base = await tempDir();
  libraryDir = path.join(base, 'library');
  archive = path.join(base, 'other.tar.gz');
  const other = createServices(await LibraryStore.open(path.join(base, 'other'), { owner: 'cli' }));
  await other.articles.importFiles([await storyFile('other.txt', 'Ministers meet in Oslo')]);
  await backupLibrary(other.store, archive);
  await other.articles.close();
  await other.store.close();
  const services = await open(libraryDir);
  await services.articles.importFiles([await storyFile('mine.txt', 'Envoys meet in Beijing')]);
  session = new LibrarySession(services, libraryDir);
});
afterEach(async () => {
  const services = await session.ready();
  await services.articles.close();
  await services.store.close();
});

describe('restoring over the library the app has open', () => {
  it('keeps the open library, open and unchanged, when a step before the swap fails', async () => {
    const prepared = await prepareRestore(archive, libraryDir, NOW);
    const before = session.services;
    await expect(restoreOpenLibrary(session, prepared, { settle: () => Promise.reject(new Error('the page did not answer')) })).rejects.toThrow('the page did not answer');
    expect(session.services).toBe(before);
    expect(titles(session.services)).toEqual(['Envoys meet in Beijing']);
    await session.services.tags.add(session.services.articles.list()[0]?.id ?? '', 'still-writable');
    expect(await listNames(base)).toEqual(['library', 'mine.txt', 'other', 'other.tar.gz', 'other.txt']);
  });

  it('puts the old library back and opens it when the restored one will not open', async () => {
    const prepared = await prepareRestore(archive, libraryDir, NOW);
    let opens = 0;
    const failFirstOpen = async (dir: string) => {
      opens += 1;
      if (opens === 1) throw new Error('the restored library would not open');
      return open(dir);
    };
    await expect(restoreOpenLibrary(session, prepared, { open: failFirstOpen })).rejects.toThrow('would not open');
    expect(titles(await session.ready())).toEqual(['Envoys meet in Beijing']);
    expect(await listNames(base)).toContain('library.restore-failed-20240301T093000000Z');
  });

  it('opens the restored library, keeping the replaced folder beside it', async () => {
    const prepared = await prepareRestore(archive, libraryDir, NOW);
    const outcome = await restoreOpenLibrary(session, prepared);
    expect(titles(await session.ready())).toEqual(['Ministers meet in Oslo']);
    expect(outcome).toMatchObject({ articles: 1, safetyBackup: path.join(libraryDir, 'backups', 'before-restore-20240301T093000000Z.tar.gz'), previousFolder: `${libraryDir}.before-restore-20240301T093000000Z` });
    expect((await fs.stat(outcome.safetyBackup)).size).toBeGreaterThan(0);
  });
});
