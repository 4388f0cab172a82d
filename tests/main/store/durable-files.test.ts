import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../../../src-main/shared/result';
import { TEMP_SUFFIX, writeFilesDurably, type DurableFs } from '../../../src-main/store/durable-file';
import { listNames, useTempDirs } from '../../support/temp-library';

/** A real file system that logs each sync and rename by file name (`sync a`, `sync <folder>`, `rename b`), optionally failing the rename of one file. */
function recordingFs(log: string[], failRenameOf: string | null = null): DurableFs {
  const name = (file: string) => path.basename(file).split('.').slice(0, 2).join('.');
  return {
    readFile: nodeFs.readFile,
    rm: nodeFs.rm,
    async open(file: string, flags: string, mode?: number) {
      const handle = await nodeFs.open(file, flags, mode);
      return new Proxy(handle, {
        get(target, property, receiver) {
          if (property === 'sync') return async () => { await target.sync(); log.push(`sync ${name(file)}`); };
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    },
    async rename(from: string, to: string) {
      if (path.basename(to) === failRenameOf) throw Object.assign(new Error('EIO: injected failure, rename'), { code: 'EIO' });
      await nodeFs.rename(from, to);
      log.push(`rename ${path.basename(to)}`);
    },
  } as DurableFs;
}

describe('writeFilesDurably', () => {
  const makeTempDir = useTempDirs('dateline-durable-files-');

  it('fsyncs every file before any rename, and puts no name of a step on disk before the folder holds the earlier steps', async () => {
    const dir = await makeTempDir();
    const log: string[] = [];
    await writeFilesDurably([[{ file: path.join(dir, 'a.html'), data: 'A' }, { file: path.join(dir, 'b.png'), data: new Uint8Array([1]) }], [{ file: path.join(dir, 'content.json'), data: '{}' }]], recordingFs(log));

    const folder = `sync ${path.basename(dir)}`;
    const firstRename = log.findIndex((entry) => entry.startsWith('rename'));
    expect(log.slice(0, firstRename).sort()).toEqual(['sync a.html', 'sync b.png', 'sync content.json']);
    expect(log.indexOf(folder)).toBeGreaterThan(Math.max(log.indexOf('rename a.html'), log.indexOf('rename b.png')));
    expect(log.indexOf('rename content.json')).toBeGreaterThan(log.indexOf(folder));
    expect(log.at(-1)).toBe(folder);
    expect(await nodeFs.readFile(path.join(dir, 'content.json'), 'utf8')).toBe('{}');
    expect((await listNames(dir)).sort()).toEqual(['a.html', 'b.png', 'content.json']);
  });

  it('leaves no temporary file and no later name when a rename fails', async () => {
    const dir = await makeTempDir();
    const error = await writeFilesDurably([[{ file: path.join(dir, 'a.html'), data: 'A' }], [{ file: path.join(dir, 'content.json'), data: '{}' }]], recordingFs([], 'content.json')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DatelineError);
    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/^Could not save content\.json in .+: EIO: injected failure, rename\./) });
    const names = await listNames(dir);
    expect(names.filter((entry) => entry.endsWith(TEMP_SUFFIX))).toEqual([]);
    expect(names).toEqual(['a.html']);
  });
});
