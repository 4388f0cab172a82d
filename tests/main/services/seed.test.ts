import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { LibraryStore } from '../../../src-main/store/library-store';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

describe('seedLibrary', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it('imports the samples on a new library once, and never again after they are removed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-seed-'));
    dirs.push(dir);
    const store = await LibraryStore.open(dir, { owner: 'cli' });
    const services = createServices(store);
    expect(await seedLibrary(store, services.articles, SEEDS)).toBe(1);
    expect(services.articles.list().map((article) => article.source)).toEqual(['Reuters']);
    const id = services.articles.list()[0]?.id ?? '';
    await store.close();

    await fs.rm(path.join(dir, 'articles', id), { recursive: true });
    const reopened = await LibraryStore.open(dir, { owner: 'cli' });
    const again = createServices(reopened);
    expect(await seedLibrary(reopened, again.articles, SEEDS)).toBe(0);
    expect(again.articles.list()).toEqual([]);
    await reopened.close();
  });
});
