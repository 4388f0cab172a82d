import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src-main/store/backups';
import { LibraryStore } from '../../../src-main/store/library-store';
import { DEFAULT_SETTINGS } from '../../../src-main/shared/settings';
import { listNames, useTempDirs } from '../../support/temp-library';
import { makeArticle, steppingClock } from '../../support/test-articles';

/** The bad library.json contents each recovery case starts from, made from the good file's bytes. */
const DAMAGE: Record<string, (good: Buffer) => Buffer> = {
  empty: () => Buffer.alloc(0),
  truncated: (good) => good.subarray(0, Math.floor(good.length / 2)),
  'NUL-filled': (good) => Buffer.alloc(good.length),
  'NUL-padded after a cut': (good) => Buffer.concat([good.subarray(0, 40), Buffer.alloc(good.length - 40)]),
  'a JSON object of another shape': () => Buffer.from('{"hello": 1}\n'),
  'a JSON array': () => Buffer.from('[1, 2, 3]\n'),
  'a library whose fields are wrong': (good) => Buffer.from(good.toString('utf8').replace('"articles": {', '"articles": 7, "x": {')),
};

const first = makeArticle('first');
const second = makeArticle('second');
const third = makeArticle('third');

/**
 * Builds a library with a history: a backup of {first, dark theme}, a newer one of {first, second,
 * light theme}, then a larger font and a third article that no backup holds. Returns the clock.
 */
async function libraryWithBackups(dir: string): Promise<() => Date> {
  const now = steppingClock();
  let store = await LibraryStore.open(dir, { owner: 'cli', now });
  await store.addArticle(first.article, first.original);
  await store.updateSettings({ theme: 'dark' });
  await store.close();
  store = await LibraryStore.open(dir, { owner: 'cli', now });
  await store.addArticle(second.article, second.original);
  await store.updateSettings({ theme: 'light' });
  await store.close();
  store = await LibraryStore.open(dir, { owner: 'cli', now });
  await store.updateSettings({ fontSize: 25 });
  await store.addArticle(third.article, third.original);
  await store.close();
  return now;
}

describe('LibraryStore recovery from a damaged library.json', () => {
  const makeTempDir = useTempDirs('dateline-recovery-');

  it.each(Object.keys(DAMAGE))('keeps %s library.json aside, restores the newest good backup and recovers article folders', async (kind) => {
    const dir = await makeTempDir();
    const now = await libraryWithBackups(dir);
    const file = path.join(dir, 'library.json');
    const backups = await listBackups(path.join(dir, 'backups'));
    expect(backups).toHaveLength(2);
    const newestBackup = JSON.parse(await fs.readFile(backups[0] ?? '', 'utf8')) as { articles: Record<string, unknown> };
    expect(Object.keys(newestBackup.articles).sort()).toEqual([first.article.meta.id, second.article.meta.id].sort());
    const bad = DAMAGE[kind]?.(await fs.readFile(file)) ?? Buffer.alloc(0);
    await fs.writeFile(file, bad);

    const store = await LibraryStore.open(dir, { owner: 'cli', now });

    const asides = (await listNames(dir)).filter((name) => name.startsWith('library.json.corrupt-'));
    expect(asides).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, asides[0] ?? ''))).toEqual(bad);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(asides[0]);
    expect(store.notices[0]).toMatch(/library\.json.*could not be read/);
    expect(store.notices[0]).toMatch(/backup from \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC was restored/);
    expect(store.isReadOnly).toBe(false);
    // The newest backup's settings (the font change came after it), and every article with a folder.
    expect(store.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    const ids = [first, second, third].map(({ article }) => article.meta.id).sort();
    expect(store.listArticles().map((meta) => meta.id).sort()).toEqual(ids);
    expect(await store.readArticle(third.article.meta.id)).toEqual(third.article);
    await store.close();

    // The repaired index is on disk: the next open needs no repair and sees the same library.
    const reopened = await LibraryStore.open(dir, { owner: 'cli', now });
    expect(reopened.notices).toEqual([]);
    expect(reopened.listArticles().map((meta) => meta.id).sort()).toEqual(ids);
    await reopened.close();
    expect(await fs.readFile(path.join(dir, asides[0] ?? ''))).toEqual(bad);
  });

  it('skips a damaged newest backup and restores the one before it', async () => {
    const dir = await makeTempDir();
    const now = await libraryWithBackups(dir);
    const [newest, older] = await listBackups(path.join(dir, 'backups'));
    if (!newest || !older) throw new Error('expected two backups');
    await fs.writeFile(newest, '{"schemaVer');
    await fs.writeFile(path.join(dir, 'library.json'), '');

    const store = await LibraryStore.open(dir, { owner: 'cli', now });
    expect(store.notices[0]).toMatch(/was restored/);
    // The older backup's settings, and every article whose folder exists.
    expect(store.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(store.listArticles()).toHaveLength(3);
    await store.close();
  });

  it('starts a new index from the article folders when there is no backup', async () => {
    const dir = await makeTempDir();
    const now = steppingClock();
    const store = await LibraryStore.open(dir, { owner: 'cli', now });
    await store.addArticle(first.article, first.original);
    await store.addArticle(second.article, second.original);
    await store.updateSettings({ theme: 'dark' });
    await store.close();
    expect(await listBackups(path.join(dir, 'backups'))).toEqual([]);
    const file = path.join(dir, 'library.json');
    const bad = (await fs.readFile(file)).subarray(0, 100);
    await fs.writeFile(file, bad);

    const recovered = await LibraryStore.open(dir, { owner: 'cli', now });

    const asides = (await listNames(dir)).filter((name) => name.startsWith('library.json.corrupt-'));
    expect(asides).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, asides[0] ?? ''))).toEqual(bad);
    expect(recovered.notices).toHaveLength(1);
    expect(recovered.notices[0]).toMatch(/no usable backup was found, so the index was started again/);
    expect(recovered.settings).toEqual(DEFAULT_SETTINGS);
    expect(recovered.listArticles().map((meta) => meta.id).sort()).toEqual([first.article.meta.id, second.article.meta.id].sort());
    expect(await recovered.readArticle(second.article.meta.id)).toEqual(second.article);
    await recovered.close();
    const index = JSON.parse(await fs.readFile(file, 'utf8')) as { articles: Record<string, unknown> };
    expect(Object.keys(index.articles)).toHaveLength(2);
  });

  it('leaves a damaged library.json in place when opened read-only, showing the backup', async () => {
    const dir = await makeTempDir();
    await libraryWithBackups(dir);
    const file = path.join(dir, 'library.json');
    await fs.writeFile(file, '{"schemaVersion": 1, "artic');

    const viewer = await LibraryStore.open(dir, { owner: null });
    expect(viewer.notices[0]).toMatch(/could not be read.*newest backup is shown/);
    expect(viewer.listArticles()).toHaveLength(3);
    await viewer.close();
    expect(await fs.readFile(file, 'utf8')).toBe('{"schemaVersion": 1, "artic');
    expect((await listNames(dir)).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
