import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';
import { listNames, listTree, useTempDirs } from '../../support/temp-library';
import { makeArticle, steppingClock } from '../../support/test-articles';

describe('LibraryStore round trip', () => {
  const makeTempDir = useTempDirs('dateline-round-trip-');

  it('keeps articles, settings and the seeded flag across close and reopen', async () => {
    const dir = await makeTempDir();
    const now = steppingClock();
    const first = makeArticle('first');
    const second = makeArticle('second');

    const store = await LibraryStore.open(dir, { owner: 'cli', now });
    await store.addArticle(first.article, first.original);
    await store.addArticle(second.article, second.original);
    const settings = await store.updateSettings({ theme: 'dark', fontSize: 23 });
    await store.updateSettings({ readingWidth: 'wide' });
    await store.markSeeded();
    const listed = store.listArticles();
    const finalSettings = store.settings;
    await store.close();

    expect(settings).toEqual({ theme: 'dark', fontSize: 23, readingWidth: 'medium' });
    expect(finalSettings).toEqual({ theme: 'dark', fontSize: 23, readingWidth: 'wide' });

    const reopened = await LibraryStore.open(dir, { owner: 'cli', now });
    expect(reopened.notices).toEqual([]);
    expect(reopened.listArticles()).toEqual(listed);
    expect(reopened.listArticles().map((meta) => meta.id).sort()).toEqual([first.article.meta.id, second.article.meta.id].sort());
    expect(reopened.settings).toEqual(finalSettings);
    expect(reopened.isSeeded).toBe(true);
    expect(await reopened.readArticle(first.article.meta.id)).toEqual(first.article);
    expect(await reopened.readArticle(second.article.meta.id)).toEqual(second.article);
    await reopened.close();
  });

  it('lays the library folder out as designed, with bodies only in the article folders', async () => {
    const dir = await makeTempDir();
    const sourceDir = await makeTempDir();
    const source = path.join(sourceDir, 'Beijing report.txt');
    const sourceBytes = Buffer.from('BEIJING (Reuters) - A lead sentence about the talks.\n\nA second paragraph.\n', 'utf8');
    await fs.writeFile(source, sourceBytes);

    const store = await LibraryStore.open(dir, { owner: 'cli', now: steppingClock() });
    const [outcome] = await createServices(store).articles.importFiles([source]);
    await store.close();
    if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    const id = outcome.id;

    // A second open snapshots the good index into backups/.
    const reopened = await LibraryStore.open(dir, { owner: 'cli', now: steppingClock(new Date('2024-06-01T00:00:00Z')) });
    const article = await reopened.readArticle(id);
    await reopened.close();

    // .local holds what belongs to this device only (its id), never replicated.
    expect(await listNames(dir)).toEqual(['.local', 'articles', 'backups', 'library.json']);
    expect(await listNames(path.join(dir, '.local'))).toEqual(['device-id']);
    expect(await listTree(path.join(dir, 'articles'))).toEqual([path.join(id, 'content.json'), path.join(id, 'original.txt')]);
    expect(await fs.readFile(path.join(dir, 'articles', id, 'original.txt'))).toEqual(sourceBytes);
    expect(await listNames(path.join(dir, 'backups'))).toEqual([expect.stringMatching(/^library-\d{8}T\d{9}Z-[0-9a-f]{4}\.json$/)]);

    const index = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8')) as Record<string, unknown>;
    expect(index).toMatchObject({ schemaVersion: 3, articles: { [id]: article.meta }, collections: {}, memberships: {}, articleTags: {}, removedArticles: {} });
    expect(JSON.stringify(index)).not.toContain('second paragraph');

    const content = JSON.parse(await fs.readFile(path.join(dir, 'articles', id, 'content.json'), 'utf8')) as Record<string, unknown>;
    expect(content).toEqual({ schemaVersion: 1, meta: article.meta, blocks: article.content.blocks, text: article.content.text });
    expect(article.content.text).toContain('A second paragraph.');
  });

  it('shows the same library when reopened read-only, without writing anything', async () => {
    const dir = await makeTempDir();
    const { article, original } = makeArticle('read-only view');
    const store = await LibraryStore.open(dir, { owner: 'cli', now: steppingClock() });
    await store.addArticle(article, original);
    await store.updateSettings({ theme: 'light' });
    await store.close();
    const before = await listTree(dir);
    const indexBytes = await fs.readFile(path.join(dir, 'library.json'));

    const viewer = await LibraryStore.open(dir, { owner: null });
    expect(viewer.isReadOnly).toBe(true);
    expect(viewer.listArticles()).toEqual([article.meta]);
    expect(viewer.settings.theme).toBe('light');
    expect(await viewer.readArticle(article.meta.id)).toEqual(article);
    await viewer.close();

    expect(await listTree(dir)).toEqual(before);
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(indexBytes);
  });
});
