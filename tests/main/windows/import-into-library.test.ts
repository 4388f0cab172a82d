import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';
import { useTempDirs } from '../../support/temp-library';
import { createElectronMock, createElectronRecord, FakeWindow } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const electron = await import('electron');
const { chooseAndImport, importInWindowOrHere, importIntoLibrary } = await import('../../../src-main/windows/import-into-library');

const STORY = 'BEIJING (Reuters) - China said on Friday it would hold talks.\n\nThe talks begin next week.\n';
const tempDir = useTempDirs('dateline-shell-import-');
let services: Services;
let filesDir: string;
let window: FakeWindow;

beforeEach(async () => {
  services = createServices(await LibraryStore.open(path.join(await tempDir(), 'library'), { owner: 'app' }));
  filesDir = await tempDir();
  window = new FakeWindow(record);
  record.sent.length = 0;
  record.messageBoxes.length = 0;
  vi.mocked(electron.dialog.showOpenDialog).mockClear();
});

afterEach(async () => {
  await services.articles.close();
  await services.store.close();
});

const context = () => ({ articles: services.articles, window: () => window as never });
const write = async (name: string, text: string) => {
  const file = path.join(filesDir, name);
  await fs.writeFile(file, text);
  return file;
};

describe('importIntoLibrary', () => {
  it('imports, shows progress, then tells the page which article to show', async () => {
    const file = await write('story.txt', STORY);
    const summary = await importIntoLibrary([file], 'open-file', context());
    expect(summary?.imported).toBe(1);
    const [article] = services.articles.list();
    expect(record.sent).toEqual([{ channel: 'push:library:changed', payload: { reason: 'open-file', articleId: article?.id } }]);
    expect(window.progress.at(-1)).toBe(-1);
    expect(window.progress.some((fraction) => fraction > 0 && fraction <= 1)).toBe(true);
    expect(record.messageBoxes).toEqual([]);
  });

  it('shows the article already in the library when the file is a duplicate', async () => {
    const file = await write('story.txt', STORY);
    await importIntoLibrary([file], 'open-file', context());
    const copy = await write('copy.txt', STORY);
    record.sent.length = 0;
    const summary = await importIntoLibrary([copy], 'open-file', context());
    expect(summary?.duplicates).toBe(1);
    expect(record.sent).toEqual([{ channel: 'push:library:changed', payload: { reason: 'open-file', articleId: services.articles.list()[0]?.id } }]);
  });

  it('waits for a page still loading before telling it', async () => {
    window.isLoadingNow = true;
    await importIntoLibrary([await write('story.txt', STORY)], 'open-file', context());
    expect(record.sent).toEqual([]);
    window.webContents.finishLoad();
    expect(record.sent).toHaveLength(1);
  });

  it('says which files failed and why, and still shows what was imported', async () => {
    const good = await write('good.txt', STORY);
    const empty = await write('empty.txt', '');
    const summary = await importIntoLibrary([good, empty, path.join(filesDir, 'missing.md')], 'import', context());
    expect(summary).toMatchObject({ imported: 1, failed: 2 });
    expect(record.sent[0]?.payload).toMatchObject({ reason: 'import', articleId: expect.any(String) });
    expect(record.messageBoxes).toEqual([expect.objectContaining({ type: 'warning', message: '2 files could not be imported' })]);
    const detail = String((record.messageBoxes[0] as { detail: string }).detail);
    expect(detail).toContain('1 article was added.');
    expect(detail).toContain('empty.txt');
    expect(detail).toContain('missing.md');
  });

  it('says so when a folder holds nothing to import', async () => {
    await write('picture.png', 'not an article');
    await importIntoLibrary([filesDir], 'import', context());
    expect(record.messageBoxes).toEqual([expect.objectContaining({ type: 'info', message: 'There was nothing to import' })]);
    expect(record.sent).toEqual([{ channel: 'push:library:changed', payload: { reason: 'import' } }]);
  });

  it('reports an import that cannot run at all, and tells the page nothing', async () => {
    const failing = { importPaths: () => Promise.reject(new Error('The library is read-only.')) };
    expect(await importIntoLibrary(['/x.txt'], 'import', { articles: failing, window: () => window as never })).toBeNull();
    expect(record.messageBoxes).toEqual([expect.objectContaining({ type: 'error', detail: expect.stringContaining('The library is read-only.') })]);
    expect(record.sent).toEqual([]);
    expect(window.progress.at(-1)).toBe(-1);
  });
});

describe('chooseAndImport', () => {
  it('asks for article files and hands the chosen ones to the window, which shows the import', async () => {
    const file = await write('story.txt', STORY);
    record.openDialogAnswers.push([file]);
    await chooseAndImport('files', context());
    const options = vi.mocked(electron.dialog.showOpenDialog).mock.calls[0]?.at(-1) as { properties: string[]; filters: Array<{ extensions: string[] }> };
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0]?.extensions).toEqual(expect.arrayContaining(['html', 'md', 'txt']));
    expect(record.sent).toEqual([{ channel: 'push:import:requested', payload: { paths: [file] } }]);
    expect(services.articles.list()).toEqual([]);
  });

  it('asks for folders for Import Folder…', async () => {
    record.openDialogAnswers.push([filesDir]);
    await chooseAndImport('folder', context());
    const options = vi.mocked(electron.dialog.showOpenDialog).mock.calls[0]?.at(-1) as { properties: string[] };
    expect(options.properties).toContain('openDirectory');
    expect(record.sent).toEqual([{ channel: 'push:import:requested', payload: { paths: [filesDir] } }]);
  });

  it('imports in main when the window is gone, and tells no one', async () => {
    const file = await write('story.txt', STORY);
    window.isDestroyedNow = true;
    expect(await importInWindowOrHere([file], 'open-file', context())).toBe('here');
    expect(services.articles.list()).toHaveLength(1);
    expect(record.sent).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    await chooseAndImport('files', context());
    expect(vi.mocked(electron.dialog.showOpenDialog)).toHaveBeenCalledOnce();
    expect(record.sent).toEqual([]);
    expect(services.articles.list()).toEqual([]);
  });
});
