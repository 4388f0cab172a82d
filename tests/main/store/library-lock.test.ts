import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockHolder } from '../../../src-main/store/library-lock';
import { LibraryStore } from '../../../src-main/store/library-store';
import { DatelineError } from '../../../src-main/shared/result';
import { spawnScript, type ScriptChild } from '../../support/child-script';
import { useTempDirs } from '../../support/temp-library';
import { makeArticle } from '../../support/test-articles';

const HOLDER = path.join(import.meta.dirname, 'fixtures', 'hold-library.ts');

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('the library lock', () => {
  const makeTempDir = useTempDirs('dateline-lock-');
  const children: ScriptChild[] = [];
  afterEach(async () => {
    for (const holder of children.splice(0)) {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  });

  async function holdLibrary(dir: string, owner: 'app' | 'cli'): Promise<{ holder: ScriptChild; pid: number }> {
    const holder = spawnScript(HOLDER, [dir, owner]);
    children.push(holder);
    const ready = await holder.waitForLine((line) => line.startsWith('ready '));
    return { holder, pid: Number(ready.slice('ready '.length)) };
  }

  it('refuses a second writer while the CLI holds the library, naming the holding process', async () => {
    const dir = await makeTempDir();
    const { pid } = await holdLibrary(dir, 'cli');
    expect(await lockHolder(dir)).toBe('cli');

    for (const owner of ['cli', 'app'] as const) {
      const error = await rejectionOf(LibraryStore.open(dir, { owner }));
      expect(error).toBeInstanceOf(DatelineError);
      expect(error).toMatchObject({
        code: 'io',
        message: `Another dateline command (process ${pid}) is working on the library at ${dir}. Wait for it to finish, then try again.`,
      });
    }
    // The refused open left the holder's lock alone.
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid, owner: 'cli' });
  });

  it('tells the CLI that the app has the library open', async () => {
    const dir = await makeTempDir();
    await holdLibrary(dir, 'app');
    const error = await rejectionOf(LibraryStore.open(dir, { owner: 'cli' }));
    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/^The Dateline app has the library at .+ open\. Close the app/) });
  });

  it('lets a read-only open in while the library is locked', async () => {
    const dir = await makeTempDir();
    const { article, original } = makeArticle('visible while locked');
    const store = await LibraryStore.open(dir, { owner: 'cli' });
    await store.addArticle(article, original);
    await store.close();
    await holdLibrary(dir, 'app');

    const viewer = await LibraryStore.open(dir, { owner: null });
    expect(viewer.isReadOnly).toBe(true);
    expect(viewer.listArticles()).toEqual([article.meta]);
    await viewer.close();
    expect(await lockHolder(dir)).toBe('app');
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = await makeTempDir();
    const { holder, pid } = await holdLibrary(dir, 'app');
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid });
    expect(await lockHolder(dir)).toBeNull();

    const store = await LibraryStore.open(dir, { owner: 'cli' });
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'cli' });
    await store.updateSettings({ theme: 'dark' });
    await store.close();
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('releases the lock on close, so another process can open the library', async () => {
    const dir = await makeTempDir();
    const { holder } = await holdLibrary(dir, 'cli');
    holder.child.stdin?.end();
    expect(await holder.exited).toEqual({ code: 0, signal: null });
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    const { holder: next } = await holdLibrary(dir, 'cli');
    expect(next.lines[0]).toMatch(/^ready /);
  });

  it('respects a lock taken on another machine', async () => {
    const dir = await makeTempDir();
    const record = { pid: 999_999, owner: 'app', hostname: `not-${os.hostname()}`, since: new Date().toISOString() };
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(record));
    const error = await rejectionOf(LibraryStore.open(dir, { owner: 'cli' }));
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('The Dateline app has the library') });
  });
});
