import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src-renderer/lib/state/library-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('LibraryState collections over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('makes a collection, puts an article in it, filters by it and forgets the filter when it is deleted', async () => {
    real = await openRealApi();
    const second = path.join(real.dir, '..', `${path.basename(real.dir)}-second.txt`);
    await fs.writeFile(second, 'date 2019-03-01 AP, PARIS\n\nA second article.');
    await real.services.articles.importFiles([second]);
    await fs.rm(second);
    const library = new LibraryState(real.api);
    await library.load();
    const seedId = library.articles.find((article) => article.source === 'Reuters')?.id ?? '';

    expect(await library.createCollection('Xinjiang')).toBeNull();
    expect(await library.createCollection('xinjiang')).toMatch(/already a collection called "Xinjiang"/);
    const [collection] = library.collections;
    expect(collection?.name).toBe('Xinjiang');
    const id = collection?.id ?? '';

    expect(await library.setMembership(id, seedId, true)).toBeNull();
    expect(library.collections[0]?.articleIds).toEqual([seedId]);
    await library.setFilter({ collectionId: id });
    expect(library.articles.map((article) => article.id)).toEqual([seedId]);

    expect(await library.renameCollection(id, 'Xinjiang camps')).toBeNull();
    expect(library.collections[0]?.name).toBe('Xinjiang camps');
    expect(await library.setMembership(id, seedId, false)).toBeNull();
    expect(library.articles).toEqual([]);

    expect(await library.deleteCollection(id)).toBeNull();
    expect(library.collections).toEqual([]);
    expect(library.filter.collectionId).toBeUndefined();
    expect(library.articles).toHaveLength(2);
    expect(await library.deleteCollection(id)).toMatch(/no longer exists/);
  });
});
