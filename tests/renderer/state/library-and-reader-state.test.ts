import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src-renderer/lib/state/library-state.svelte';
import { ReaderState } from '../../../src-renderer/lib/state/reader-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('LibraryState and ReaderState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('lists the library, selects the first article and opens it', async () => {
    real = await openRealApi();
    const library = new LibraryState(real.api);
    await library.load();
    expect(library.isLoading).toBe(false);
    expect(library.articles.map((article) => article.source)).toEqual(['Reuters']);
    expect(library.selectedId).toBe(library.articles[0]?.id);
    expect(library.status?.path).toBe(real.dir);

    const reader = new ReaderState(real.api);
    await reader.open(library.selectedId ?? '');
    expect(reader.article?.meta.place).toBe('Beijing');
    expect(reader.article?.content.blocks).toHaveLength(11);
  });

  it('deletes the selected article, selecting the next one in its place, and says why a deletion failed', async () => {
    real = await openRealApi();
    const second = path.join(real.dir, '..', `${path.basename(real.dir)}-delete.txt`);
    await fs.writeFile(second, 'date 2019-03-01 AP, PARIS\n\nA second article.');
    await real.services.articles.importFiles([second]);
    await fs.rm(second);
    const library = new LibraryState(real.api);
    await library.load();
    const [newest, older] = library.articles.map((article) => article.id);
    expect(await library.remove(newest ?? '')).toBeNull();
    expect(library.articles.map((article) => article.id)).toEqual([older]);
    expect(library.selectedId).toBe(older);
    expect(await library.remove(newest ?? '')).toMatch(/no such article/);
    expect(library.selectedId).toBe(older);
  });

  it('moves to neighbours within the list, clamped at its ends', async () => {
    real = await openRealApi();
    const second = path.join(real.dir, '..', `${path.basename(real.dir)}-second.txt`);
    await fs.writeFile(second, 'date 2019-03-01 AP, PARIS\n\nA second article.');
    await real.services.articles.importFiles([second]);
    await fs.rm(second);
    const library = new LibraryState(real.api);
    await library.load();
    const [newest, older] = library.articles.map((article) => article.id);
    expect(library.selectedId).toBe(newest);
    expect(library.neighbour(1)).toBe(older);
    expect(library.neighbour(-1)).toBe(newest);
    library.select(older ?? '');
    expect(library.neighbour(5)).toBe(older);
  });

  it('keeps the last article asked for when answers arrive out of order', async () => {
    real = await openRealApi();
    const library = new LibraryState(real.api);
    await library.load();
    const reader = new ReaderState(real.api);
    const first = reader.open('ffffffffffffffff');
    const second = reader.open(library.selectedId ?? '');
    await Promise.all([first, second]);
    expect(reader.error).toBeNull();
    expect(reader.article?.meta.id).toBe(library.selectedId);
  });

  it('says why an article cannot be opened', async () => {
    real = await openRealApi();
    const reader = new ReaderState(real.api);
    await reader.open('ffffffffffffffff');
    expect(reader.article).toBeNull();
    expect(reader.error).toMatch(/no such article/i);
  });

  it('shows notices once until dismissed', async () => {
    real = await openRealApi({ isSeeded: false });
    const library = new LibraryState(real.api);
    await library.load();
    expect(library.articles).toEqual([]);
    expect(library.selectedId).toBeNull();
    library.status = { path: real.dir, isReadOnly: false, notices: ['A backup was restored.'] };
    expect(library.notices).toEqual(['A backup was restored.']);
    library.dismiss('A backup was restored.');
    expect(library.notices).toEqual([]);
  });
});
