import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupLibrary as writeBackup } from '../../../src-main/services/backup';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';
import { useTempDirs } from '../../support/temp-library';
import { createElectronMock, createElectronRecord, FakeWindow } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { backUpLibrary, exportAllNotes } = await import('../../../src-main/windows/library-exports');

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');
const tempDir = useTempDirs('dateline-shell-export-');
let services: Services;
let window: FakeWindow;

beforeEach(async () => {
  services = createServices(await LibraryStore.open(path.join(await tempDir(), 'library'), { owner: 'app' }));
  await services.articles.importFiles([SEED]);
  const articleId = services.articles.list()[0]?.id ?? '';
  await services.notes.create({ articleId, range: null, body: 'A note to export' });
  window = new FakeWindow(record);
  record.messageBoxes.length = 0;
});
afterEach(async () => {
  await services.articles.close();
  await services.store.close();
});

const context = () => ({ exports: services.exports, backUp: (file: string) => writeBackup(services.store, file), window: () => window as never });

describe('File → Export and Back Up', () => {
  it('exports every note as Markdown into the chosen folder and says where', async () => {
    const folder = await tempDir();
    record.openDialogAnswers.push([folder]);
    await exportAllNotes('md', context());
    const files = await fs.readdir(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(await fs.readFile(path.join(folder, files[0] ?? ''), 'utf8')).toContain('A note to export');
    expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'info', detail: expect.stringContaining(folder) });
  });

  it('does nothing when the dialog is cancelled', async () => {
    await exportAllNotes('jsonld', context());
    await backUpLibrary(context());
    expect(record.messageBoxes).toEqual([]);
  });

  it('backs the library up into one archive and says how to restore it', async () => {
    const file = path.join(await tempDir(), 'backup.tar.gz');
    record.saveDialogAnswers.push(file);
    await backUpLibrary(context());
    expect((await fs.stat(file)).size).toBeGreaterThan(0);
    expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'info', detail: expect.stringContaining('dateline restore') });
  });

  it('says what went wrong when the export cannot be written', async () => {
    record.openDialogAnswers.push([path.join(SEED, 'not-a-folder')]);
    await exportAllNotes('md', context());
    expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Dateline could not export the notes' });
  });
});
