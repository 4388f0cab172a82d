import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupLibrary as writeBackup } from '../../../src-main/services/backup';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { importAnnotations } from '../../../src-main/services/import-annotations';
import { LibraryStore } from '../../../src-main/store/library-store';
import { useTempDirs } from '../../support/temp-library';
import { createElectronMock, createElectronRecord, FakeWindow } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { backUpLibrary, exportAllNotes, importNotesFromFile } = await import('../../../src-main/windows/library-exports');

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

const context = () => ({
  exports: services.exports,
  importNotes: (file: string) => importAnnotations(services.store, file),
  backUp: (file: string) => writeBackup(services.store, file),
  window: () => window as never,
});

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

  it('imports notes from a Web Annotation file into their article in another library, and says how many', async () => {
    const folder = await tempDir();
    record.openDialogAnswers.push([folder]);
    await exportAllNotes('jsonld', context());
    const [file] = await fs.readdir(folder);
    // Another library holding the same article and no notes: the file brings them over.
    const other = createServices(await LibraryStore.open(path.join(await tempDir(), 'library'), { owner: 'app' }));
    try {
      await other.articles.importFiles([SEED]);
      const articleId = other.articles.list()[0]?.id ?? '';
      const importing = { ...context(), importNotes: (chosen: string) => importAnnotations(other.store, chosen) };
      record.openDialogAnswers.push([path.join(folder, file ?? '')]);
      await importNotesFromFile(importing);
      expect((await other.notes.list(articleId)).map((each) => each.body)).toEqual(['A note to export']);
      expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'info', message: '1 note was added' });
      // The same file again adds nothing and says so.
      record.openDialogAnswers.push([path.join(folder, file ?? '')]);
      await importNotesFromFile(importing);
      expect(record.messageBoxes.at(-1)).toMatchObject({ message: 'No notes were added', detail: expect.stringContaining('1 note was already in the library') });
      expect(await other.notes.list(articleId)).toHaveLength(1);
    } finally {
      await other.articles.close();
      await other.store.close();
    }
  });

  it('says what to do when the chosen file holds no annotations', async () => {
    const file = path.join(await tempDir(), 'notes.jsonld');
    await fs.writeFile(file, '{"hello": "world"}');
    record.openDialogAnswers.push([file]);
    await importNotesFromFile(context());
    expect(record.messageBoxes.at(-1)).toMatchObject({ type: 'error', message: 'Dateline could not import the notes', detail: expect.stringContaining('Choose a .jsonld file') });
    expect(await services.notes.list(services.articles.list()[0]?.id ?? '')).toHaveLength(1);
  });
});
