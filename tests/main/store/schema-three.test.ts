import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { DEFAULT_SETTINGS } from '../../../src-main/shared/settings';
import { LIBRARY_SCHEMA_VERSION } from '../../../src-main/store/library-file';
import { LibraryStore } from '../../../src-main/store/library-store';
import { LIBRARY_MIGRATIONS } from '../../../src-main/store/migrations';

const COLLECTION = '01890a5d-ac96-774b-bcce-b302099a8057';

/** A library.json as version 2 of Dateline wrote it: with a collection, without records of removed articles. */
function versionTwo(): Record<string, unknown> {
  const collection = { id: COLLECTION, name: 'Xinjiang', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', deviceId: 'd1', isDeleted: false };
  return { schemaVersion: 2, libraryId: 'a-library', createdAt: '2024-01-01T00:00:00.000Z', articles: {}, settings: DEFAULT_SETTINGS, isSeeded: true, collections: { [COLLECTION]: collection }, memberships: {}, articleTags: {} };
}

describe('library.json schema 3', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-schema-three-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is the version this build writes', () => {
    expect(LIBRARY_SCHEMA_VERSION).toBe(3);
  });

  it('migrates version 2 by adding an empty record of removed articles, keeping the rest', () => {
    expect(LIBRARY_MIGRATIONS[2]?.(versionTwo())).toEqual({ ...versionTwo(), removedArticles: {} });
  });

  it('opens a version-2 library, saves it as version 3 with a backup of the old file, and then records a removal', async () => {
    const file = path.join(dir, 'library.json');
    await fs.writeFile(file, JSON.stringify(versionTwo()));
    const store = await LibraryStore.open(dir, { owner: 'cli' });
    const services = createServices(store);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 3, libraryId: 'a-library', removedArticles: {} });
    expect(Object.keys(store.organisation.collections)).toEqual([COLLECTION]);
    const backups = await fs.readdir(path.join(dir, 'backups'));
    expect(JSON.parse(await fs.readFile(path.join(dir, 'backups', backups[0] ?? ''), 'utf8')).schemaVersion).toBe(2);

    const source = path.join(dir, 'piece.txt');
    await fs.writeFile(source, 'Talks\n\ndate 2019-02-25 Reuters, BEIJING\n\nEnvoys met on Friday.\n');
    const [outcome] = await services.articles.importFiles([source]);
    const id = outcome?.status === 'imported' ? outcome.id : '';
    await services.articles.remove(id);
    await store.close();
    await services.articles.close();
    const reopened = await LibraryStore.open(dir, { owner: 'cli' });
    expect(reopened.findRemovedArticle(id)).toMatchObject({ id, title: 'Talks' });
    await reopened.close();
  });
});
