import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupLibrary } from '../../../src-main/services/backup';
import { createServices } from '../../../src-main/services/create-services';
import { LibrarySession } from '../../../src-main/services/library-session';
import { LibraryStore } from '../../../src-main/store/library-store';
import { listNames, useTempDirs } from '../../support/temp-library';
import { createElectronMock, createElectronRecord, FakeWindow } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { restoreLibraryFromBackup } = await import('../../../src-main/windows/library-restore');

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');
const tempDir = useTempDirs('dateline-shell-restore-');
let base: string;
let session: LibrarySession;
let window: FakeWindow;

beforeEach(async () => {
  base = await tempDir();
  const services = createServices(await LibraryStore.open(path.join(base, 'library'), { owner: 'app' }));
  await services.articles.importFiles([SEED]);
  // A backup of this very library will do: these tests are about what happens around the swap.
  await backupLibrary(services.store, path.join(base, 'backup.tar.gz'));
  session = new LibrarySession(services, path.join(base, 'library'));
  window = new FakeWindow(record);
  record.messageBoxes.length = 0;
});
afterEach(async () => {
  const services = await session.ready();
  await services.articles.close();
  await services.store.close();
});

const context = (settle = () => Promise.resolve()) => ({ session, settle, window: () => window as never });

describe('File → Restore Library from Backup…', () => {
  it('does nothing when the open dialog is cancelled', async () => {
    await restoreLibraryFromBackup(context());
    expect(record.messageBoxes).toEqual([]);
  });

  it('changes nothing, and leaves nothing behind, when the confirmation is cancelled', async () => {
    const before = session.services;
    record.openDialogAnswers.push([path.join(base, 'backup.tar.gz')]);
    record.messageBoxAnswer = 1;
    await restoreLibraryFromBackup(context());
    expect(record.messageBoxes).toHaveLength(1);
    expect(record.messageBoxes[0]).toMatchObject({ message: 'Replace your library with this backup?', detail: expect.stringContaining('Nothing is lost') });
    expect(session.services).toBe(before);
    expect(await listNames(base)).toEqual(['backup.tar.gz', 'library']);
    expect(window.reloads).toBe(0);
  });

  it('says the library is as it was when the restore fails after the confirmation', async () => {
    const before = session.services;
    record.openDialogAnswers.push([path.join(base, 'backup.tar.gz')]);
    record.messageBoxAnswer = 0;
    await restoreLibraryFromBackup(context(() => Promise.reject(new Error('The disk is full.'))));
    expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Dateline could not restore the backup', detail: expect.stringMatching(/The disk is full\.[\s\S]*Your library is as it was/) });
    expect(session.services).toBe(before);
    expect(before.articles.list()).toHaveLength(1);
    expect(await listNames(base)).toEqual(['backup.tar.gz', 'library']);
    expect(window.reloads).toBe(0);
  });
});
