import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleService } from '../../../src-main/services/articles';
import { LibraryStore } from '../../../src-main/store/library-store';
import { makeFailingFs } from '../../support/failing-fs';
import { snapshotFolder } from './importers/import-fixtures';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');

describe('correcting an article’s metadata', () => {
  let libraryDir: string;
  let store: LibraryStore;
  let articles: ArticleService;
  let id: string;
  const failing = makeFailingFs('rename');

  beforeEach(async () => {
    libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-correct-'));
    store = await LibraryStore.open(libraryDir, { owner: 'cli', fs: failing });
    articles = new ArticleService(store);
    const [outcome] = await articles.importFiles([SEED]);
    id = outcome?.status === 'imported' ? outcome.id : '';
  });
  afterEach(async () => {
    failing.isArmed = false;
    await store.close();
    await articles.close();
    await fs.rm(libraryDir, { recursive: true, force: true });
  });

  it('saves title, source, place and date as the user’s, in the index and in content.json', async () => {
    const corrected = await articles.updateMetadata(id, { title: '  China and the  Vatican ', source: 'Reuters Beijing', place: null, published: '2019-02-26' });
    expect(corrected).toMatchObject({ id, title: 'China and the Vatican', source: 'Reuters Beijing', place: null, published: { value: '2019-02-26', origin: 'user' } });
    expect(corrected.origins).toMatchObject({ title: 'user', source: 'user' });
    expect(corrected.origins?.place).toBeUndefined();
    expect(articles.list()[0]).toEqual(corrected);
    const content = JSON.parse(await fs.readFile(path.join(libraryDir, 'articles', id, 'content.json'), 'utf8'));
    expect(content.meta).toEqual(corrected);
    // The index can be rebuilt from the article folders with the correction in it.
    await store.close();
    await fs.rm(path.join(libraryDir, 'library.json'));
    await fs.rm(path.join(libraryDir, 'backups'), { recursive: true, force: true });
    store = await LibraryStore.open(libraryDir, { owner: 'cli' });
    expect(store.findArticle(id)).toEqual(corrected);
  });

  it('leaves fields it is not given as they were, and clears a date with null', async () => {
    const before = articles.list()[0];
    const corrected = await articles.updateMetadata(id, { published: null });
    expect(corrected).toEqual({ ...before, published: null, origins: before?.origins });
  });

  it.each([
    [{ title: '   ' }, 'invalid-input', /needs a title/],
    [{ title: 'x'.repeat(501) }, 'invalid-input', /shorten it to 500/],
    [{ published: '25/02/2019' }, 'invalid-input', /"25\/02\/2019" is not a date .* for example 2019-02-25/],
    [{ published: '2019-02-30' }, 'invalid-input', /is not a date/],
    [{ source: 'y'.repeat(201) }, 'invalid-input', /shorten it to 200/],
  ])('refuses %j, saying what to fix, and changes nothing', async (correction, code, message) => {
    const before = await snapshotFolder(libraryDir);
    await expect(articles.updateMetadata(id, correction)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await snapshotFolder(libraryDir)).toEqual(before);
  });

  it('says when there is no such article', async () => {
    await expect(articles.updateMetadata('ffffffffffffffff', { title: 'New' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('puts content.json back when the index cannot be saved', async () => {
    const before = await snapshotFolder(libraryDir);
    failing.isArmed = true;
    await expect(articles.updateMetadata(id, { title: 'Never saved' })).rejects.toMatchObject({ code: 'io' });
    failing.isArmed = false;
    const after = await snapshotFolder(libraryDir);
    expect(after[path.join('articles', id, 'content.json')]).toBe(before[path.join('articles', id, 'content.json')]);
    expect(after['library.json']).toBe(before['library.json']);
    expect(articles.list()[0]?.title).not.toBe('Never saved');
  });
});
