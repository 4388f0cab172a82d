import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION } from '../../../src-main/store/library-file';
import { LibraryStore } from '../../../src-main/store/library-store';
import { DatelineError } from '../../../src-main/shared/result';
import { listTree, useTempDirs } from '../../support/temp-library';
import { makeArticle, steppingClock } from '../../support/test-articles';

describe('LibraryStore with a library.json from a newer Dateline', () => {
  const makeTempDir = useTempDirs('dateline-newer-');

  it('opens read-only with a notice, refuses writes with io, and changes no byte', async () => {
    const dir = await makeTempDir();
    const existing = makeArticle('existing');
    const now = steppingClock();
    const store = await LibraryStore.open(dir, { owner: 'cli', now });
    await store.addArticle(existing.article, existing.original);
    await store.updateSettings({ theme: 'dark' });
    await store.close();
    const file = path.join(dir, 'library.json');
    const future = { ...JSON.parse(await fs.readFile(file, 'utf8')), schemaVersion: LIBRARY_SCHEMA_VERSION + 1, shelves: [{ name: 'later' }] };
    const bytes = Buffer.from(JSON.stringify(future, null, 2));
    await fs.writeFile(file, bytes);
    const tree = await listTree(dir);

    const newer = await LibraryStore.open(dir, { owner: 'cli', now });
    expect(newer.isReadOnly).toBe(true);
    expect(newer.readOnlyReason).toMatch(/newer version of Dateline.*read-only/);
    expect(newer.notices).toContain(newer.readOnlyReason);
    expect(newer.listArticles()).toEqual([existing.article.meta]);
    expect(newer.settings.theme).toBe('dark');
    expect(await newer.readArticle(existing.article.meta.id)).toEqual(existing.article);

    const added = makeArticle('refused');
    for (const write of [() => newer.updateSettings({ theme: 'light' }), () => newer.addArticle(added.article, added.original), () => newer.markSeeded()]) {
      const error = await write().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(DatelineError);
      expect(error).toMatchObject({ code: 'io', message: newer.readOnlyReason });
    }
    expect(newer.settings.theme).toBe('dark');
    await newer.close();

    expect(await fs.readFile(file)).toEqual(bytes);
    // Nothing written anywhere: no backup, no article folder, no file set aside, lock released.
    expect(await listTree(dir)).toEqual(tree);
  });
});
