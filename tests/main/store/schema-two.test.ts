import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { DEFAULT_SETTINGS } from '../../../src-main/shared/settings';
import { LibraryStore } from '../../../src-main/store/library-store';
import { LIBRARY_SCHEMA_VERSION } from '../../../src-main/store/library-file';
import { LIBRARY_MIGRATIONS } from '../../../src-main/store/migrations';

/** A library.json as version 1 of Dateline wrote it: articles and settings, no organisation. */
function versionOne(): Record<string, unknown> {
  return { schemaVersion: 1, libraryId: 'a-library', createdAt: '2024-01-01T00:00:00.000Z', articles: {}, settings: { ...DEFAULT_SETTINGS, fontSize: 22 }, isSeeded: true };
}

describe('library.json schema 2', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-schema-two-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('migrates version 1 by adding empty collections, memberships and article tags, keeping the rest', () => {
    const step = LIBRARY_MIGRATIONS[1];
    expect(step?.(versionOne())).toEqual({ ...versionOne(), collections: {}, memberships: {}, articleTags: {} });
  });

  it('opens a version-1 library, saves it at this build’s version with a backup of the old file, and can then organise it', async () => {
    const file = path.join(dir, 'library.json');
    await fs.writeFile(file, JSON.stringify(versionOne()));
    const store = await LibraryStore.open(dir, { owner: 'cli' });
    const services = createServices(store);
    expect(store.settings.fontSize).toBe(22);
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ schemaVersion: LIBRARY_SCHEMA_VERSION, libraryId: 'a-library', isSeeded: true, collections: {}, memberships: {}, articleTags: {} });
    const backups = await fs.readdir(path.join(dir, 'backups'));
    const backup = JSON.parse(await fs.readFile(path.join(dir, 'backups', backups[0] ?? ''), 'utf8')) as Record<string, unknown>;
    expect(backup.schemaVersion).toBe(1);
    await services.collections.create('Later');
    await store.close();
    const reopened = await LibraryStore.open(dir, { owner: 'cli' });
    expect(Object.values(reopened.organisation.collections).map((collection) => collection.name)).toEqual(['Later']);
    await reopened.close();
  });
});
