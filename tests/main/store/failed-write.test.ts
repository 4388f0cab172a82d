import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src-main/store/library-store';
import { DatelineError } from '../../../src-main/shared/result';
import { makeFailingFs, type FailurePoint } from '../../support/failing-fs';
import { listNames, listTree, useTempDirs } from '../../support/temp-library';
import { makeArticle } from '../../support/test-articles';

/** Settles `promise` and returns what it rejected with (null when it resolved). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

const MESSAGES: Record<Exclude<FailurePoint, 'sync-folder'>, RegExp> = {
  'partial-write': /^Could not save library\.json in .+: EIO: injected failure, write\. Try again; if it keeps failing, check the disk\.$/,
  'disk-full': /^Could not save library\.json in .+: the disk is full\. Free some space and try again\.$/,
  'sync-temp': /^Could not save library\.json in .+: EIO: injected failure, fsync\./,
  rename: /^Could not save library\.json in .+: EIO: injected failure, rename\./,
};

describe('LibraryStore when a write fails midway', () => {
  const makeTempDir = useTempDirs('dateline-failed-write-');

  async function openWith(failAt: FailurePoint) {
    const dir = await makeTempDir();
    const failing = makeFailingFs(failAt);
    const store = await LibraryStore.open(dir, { owner: 'cli', fs: failing });
    await store.updateSettings({ theme: 'dark', fontSize: 21 });
    const file = path.join(dir, 'library.json');
    return { dir, failing, store, file, before: await fs.readFile(file) };
  }

  it.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])(
    'a settings save failing at %s rejects with io and changes nothing',
    async (failAt) => {
      const { dir, failing, store, file, before } = await openWith(failAt);
      failing.isArmed = true;

      const error = await rejectionOf(store.updateSettings({ theme: 'light', fontSize: 27 }));

      expect(error).toBeInstanceOf(DatelineError);
      expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(MESSAGES[failAt]) });
      expect(await fs.readFile(file)).toEqual(before);
      expect((await listNames(dir)).filter((name) => name.endsWith('.dateline-tmp'))).toEqual([]);
      expect(store.settings).toEqual({ theme: 'dark', fontSize: 21, readingWidth: 'medium' });

      // The failure does not jam the store: the next change goes through.
      failing.isArmed = false;
      await store.updateSettings({ readingWidth: 'narrow' });
      await store.close();
      const reopened = await LibraryStore.open(dir, { owner: 'cli' });
      expect(reopened.settings).toEqual({ theme: 'dark', fontSize: 21, readingWidth: 'narrow' });
      await reopened.close();
    },
  );

  it('an import whose index save fails leaves no article and no article folder behind', async () => {
    const { dir, failing, store, file, before } = await openWith('partial-write');
    const kept = makeArticle('kept');
    await store.addArticle(kept.article, kept.original);
    const keptBytes = await fs.readFile(file);
    expect(keptBytes).not.toEqual(before);
    const tree = await listTree(dir);
    failing.isArmed = true;

    const lost = makeArticle('lost');
    const error = await rejectionOf(store.addArticle(lost.article, lost.original));

    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/^Could not save library\.json/) });
    expect(store.listArticles()).toEqual([kept.article.meta]);
    expect(store.findArticle(lost.article.meta.id)).toBeNull();
    expect(await fs.readFile(file)).toEqual(keptBytes);
    expect(await listTree(dir)).toEqual(tree);
    await store.close();
  });

  it('a failed fsync of the folder after the rename rejects with io', async () => {
    const { failing, store } = await openWith('sync-folder');
    failing.isArmed = true;
    const error = await rejectionOf(store.updateSettings({ theme: 'light' }));
    expect(error).toBeInstanceOf(DatelineError);
    expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(/^Could not save library\.json in .+: EIO: injected failure, fsync/) });
    failing.isArmed = false;
    await store.close();
  });

  it('does not show a change before it is on disk', async () => {
    const { failing, store } = await openWith('rename');
    const held = failing.holdNextRename();
    failing.isArmed = true;

    const saving = rejectionOf(store.updateSettings({ theme: 'light' }));
    await held.reached;
    expect(store.settings.theme).toBe('dark');
    held.release();
    expect(await saving).toMatchObject({ code: 'io' });
    expect(store.settings.theme).toBe('dark');
    failing.isArmed = false;
    await store.close();
  });
});
