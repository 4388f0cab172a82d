import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../support/temp-library';
import { createElectronMock, createElectronRecord } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { importablePathsIn, listenForOpenedFiles, OpenedFiles } = await import('../../../src-main/windows/open-files');

describe('importablePathsIn', () => {
  const tempDir = useTempDirs('dateline-argv-');

  it('takes existing article files after the executable, resolving relative ones', async () => {
    const dir = await tempDir();
    for (const name of ['a.html', 'b.MD', 'c.txt', 'notes.pdf']) await fs.writeFile(path.join(dir, name), 'x');
    await fs.mkdir(path.join(dir, 'folder.txt'));
    const argv = ['/opt/Dateline/dateline', '--no-sandbox', 'a.html', path.join(dir, 'b.MD'), 'c.txt', 'notes.pdf', 'folder.txt', 'missing.md', '-psn_0_1234', '', 'a.html'];
    expect(importablePathsIn(argv, dir)).toEqual([path.join(dir, 'a.html'), path.join(dir, 'b.MD'), path.join(dir, 'c.txt')]);
  });

  it('never takes the executable itself, nor the app folder `electron .` is given in development', () => {
    expect(importablePathsIn(['/tmp/x.txt'], '/', () => true)).toEqual([]);
    expect(importablePathsIn(['electron', '.', 'out/main/index.js'], '/work', () => true)).toEqual([]);
  });
});

describe('OpenedFiles', () => {
  it('holds files until started, then handles each batch in turn, in order', async () => {
    const opened = new OpenedFiles();
    const handled: string[][] = [];
    let release: () => void = () => undefined;
    opened.add(['/a.txt']);
    opened.add(['/b.md']);
    const waiting = opened.start(async (paths) => {
      handled.push(paths);
      if (paths[0] === '/a.txt') await new Promise<void>((resolve) => (release = resolve));
    });
    opened.add(['/c.html']);
    await vi.waitFor(() => expect(handled).toEqual([['/a.txt', '/b.md']]));
    release();
    await waiting;
    await vi.waitFor(() => expect(handled).toEqual([['/a.txt', '/b.md'], ['/c.html']]));
  });

  it('keeps going after a batch fails', async () => {
    const opened = new OpenedFiles();
    const handled: string[][] = [];
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await opened.start(async (paths) => {
      handled.push(paths);
      if (paths[0] === '/bad.txt') throw new Error('disk full');
    });
    opened.add(['/bad.txt']);
    opened.add(['/good.txt']);
    await vi.waitFor(() => expect(handled).toEqual([['/bad.txt'], ['/good.txt']]));
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe('listenForOpenedFiles', () => {
  const tempDir = useTempDirs('dateline-open-');

  function listen() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const opened = new OpenedFiles();
    const focus = vi.fn();
    listenForOpenedFiles({ on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener) } as never, opened, focus);
    const handled: string[][] = [];
    void opened.start(async (paths) => void handled.push(paths));
    return { listeners, focus, handled };
  }

  it('takes a file macOS opens, and stops macOS handling it otherwise', async () => {
    const { listeners, handled } = listen();
    const event = { preventDefault: vi.fn() };
    listeners.get('open-file')?.(event, '/Users/me/Downloads/story.html');
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(handled).toEqual([['/Users/me/Downloads/story.html']]));
  });

  it('focuses the window on a second launch and takes the files it sent', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'story.md'), '# Story');
    const { listeners, focus, handled } = listen();
    listeners.get('second-instance')?.({}, ['dateline', '--ignored'], dir, { files: [path.join(dir, 'story.md'), 42, path.join(dir, 'gone.md')] });
    expect(focus).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(handled).toEqual([[path.join(dir, 'story.md')]]));
  });

  it('falls back on the second launch’s command line when it sent no data', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'story.txt'), 'text');
    const { listeners, focus, handled } = listen();
    listeners.get('second-instance')?.({}, ['C:\\Dateline\\Dateline.exe', 'story.txt'], dir, undefined);
    expect(focus).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(handled).toEqual([[path.join(dir, 'story.txt')]]));
  });

  it('only focuses the window when a second launch names no file', async () => {
    const { listeners, focus, handled } = listen();
    listeners.get('second-instance')?.({}, ['dateline'], '/', { files: [] });
    expect(focus).toHaveBeenCalledOnce();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(handled).toEqual([]);
  });
});
