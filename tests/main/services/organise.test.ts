import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAllNotes } from '../../../src-main/services/all-notes';
import { queryLibrary } from '../../../src-main/services/library-list';
import { articleTagKey, membershipKey } from '../../../src-main/shared/organisation';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

describe('organising the library', () => {
  let library: TempLibrary;
  let older: string;
  let newer: string;
  let undated: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-organise-');
    older = await library.add('Older talks', ['Envoys met in January.'], '2019-01-10');
    newer = await library.add('Newer talks', ['Envoys met again in March.'], '2019-03-02');
    undated = await library.add('Undated piece', ['No date here.'], '2019-02-01');
    // The third article loses its date, as a user correction could leave it.
    const meta = library.services.store.findArticle(undated);
    if (meta) await library.services.store.updateArticleMeta({ ...meta, published: null });
  });
  afterEach(async () => {
    await library.close();
  });

  it('adds and removes tags as records of their own, case aside, and keeps them across a reopen', async () => {
    const { tags } = library.services;
    expect(await tags.add(older, 'Xinjiang')).toEqual(['Xinjiang']);
    expect(await tags.add(older, 'xinjiang')).toEqual(['Xinjiang']);
    expect(await tags.add(older, 'diplomacy')).toEqual(['diplomacy', 'Xinjiang']);
    expect(await tags.remove(older, 'XINJIANG')).toEqual(['diplomacy']);
    const services = await library.reopen();
    expect(services.tags.tagsOf(older)).toEqual(['diplomacy']);
    expect(services.store.organisation.articleTags[articleTagKey(older, 'Xinjiang')]).toMatchObject({ isDeleted: true, deviceId: services.store.deviceId });
    await expect(services.tags.remove(newer, 'nothing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.tags.add(older, 'two\nlines')).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps collection memberships one record each, never an array on the collection', async () => {
    const { collections } = library.services;
    const collection = await collections.create('China 2019');
    await expect(collections.create('china 2019')).rejects.toMatchObject({ code: 'invalid-input' });
    await collections.setMembers(collection.id, [older, newer], true);
    expect((await collections.setMembers(collection.id, [older], false)).articleIds).toEqual([newer]);
    const stored = library.services.store.organisation;
    expect(Object.keys(stored.collections[collection.id] ?? {})).not.toContain('articleIds');
    expect(stored.memberships[membershipKey(collection.id, older)]).toMatchObject({ isDeleted: true });
    expect(stored.memberships[membershipKey(collection.id, newer)]).toMatchObject({ isDeleted: false, articleId: newer });
    await collections.remove(collection.id);
    expect(collections.list()).toEqual([]);
    expect(stored.collections[collection.id]).toBeDefined();
  });

  it('sorts the library by date published (undated last either way), date added, source and title', async () => {
    const ids = async (query: Parameters<typeof queryLibrary>[2]) => (await queryLibrary(library.services.store, library.services.noteCatalogue, query)).map((item) => item.id);
    expect(await ids({})).toEqual([newer, older, undated]);
    expect(await ids({ sort: 'published', order: 'asc' })).toEqual([older, newer, undated]);
    expect(await ids({ sort: 'added', order: 'asc' })).toEqual([older, newer, undated]);
    expect(await ids({ sort: 'title' })).toEqual([newer, older, undated]);
    expect(await ids({ text: 'talks' })).toEqual([newer, older]);
    // The filter box says "title or source": each word may be in either.
    expect(await ids({ text: 'REUTERS' })).toEqual([newer, older, undated]);
    expect(await ids({ text: 'reuters talks' })).toEqual([newer, older]);
    expect(await ids({ text: 'reuters nowhere' })).toEqual([]);
    expect(await ids({ source: 'reuters' })).toHaveLength(3);
  });

  it('filters by read or unread, has notes, tag and collection, and remembers reading positions', async () => {
    const { store, noteCatalogue, reading, notes, tags, collections } = library.services;
    const ids = async (query: Parameters<typeof queryLibrary>[2]) => (await queryLibrary(store, noteCatalogue, query)).map((item) => item.id);
    expect(await reading.get(older)).toBeNull();
    await reading.update({ articleId: older, offset: 12 });
    await reading.update({ articleId: older, isRead: true });
    const text = (await library.services.articles.get(newer)).content.text;
    await notes.create({ articleId: newer, range: rangeOf(text, 'Envoys'), body: 'who?' });
    await tags.add(undated, 'later');
    const collection = await collections.create('Talks');
    await collections.setMembers(collection.id, [newer], true);
    expect(await ids({ isRead: true })).toEqual([older]);
    expect(await ids({ isRead: false })).toEqual([newer, undated]);
    expect(await ids({ hasNotes: true })).toEqual([newer]);
    expect(await ids({ tag: 'LATER' })).toEqual([undated]);
    expect(await ids({ collectionId: collection.id })).toEqual([newer]);
    const services = await library.reopen();
    expect(await services.reading.get(older)).toMatchObject({ offset: 12, isRead: true });
    const [item] = await queryLibrary(services.store, services.noteCatalogue, { hasNotes: true });
    expect(item).toMatchObject({ id: newer, noteCount: 1, collectionIds: [collection.id], isRead: false, readingOffset: null });
  });

  it('lists every note of the library, newest first, filtered by tag, colour, article and text', async () => {
    const { notes, store, noteCatalogue } = library.services;
    const olderText = (await library.services.articles.get(older)).content.text;
    const newerText = (await library.services.articles.get(newer)).content.text;
    const first = await notes.create({ articleId: older, range: rangeOf(olderText, 'January'), body: 'Winter meeting', tags: ['dates'], color: 'blue' });
    const second = await notes.create({ articleId: newer, range: rangeOf(newerText, 'March'), body: 'Spring meeting', tags: ['dates'] });
    await notes.create({ articleId: newer, range: null, body: 'Café talk' });
    const page = await listAllNotes(store, noteCatalogue, { tag: 'DATES' });
    expect(page.total).toBe(2);
    expect(page.notes.map((note) => note.id)).toEqual([second.id, first.id]);
    expect(page.notes[1]).toMatchObject({ articleTitle: 'Older talks', color: 'blue' });
    expect((await listAllNotes(store, noteCatalogue, { color: 'blue' })).notes.map((note) => note.id)).toEqual([first.id]);
    expect((await listAllNotes(store, noteCatalogue, { articleId: newer })).total).toBe(2);
    expect((await listAllNotes(store, noteCatalogue, { text: 'cafe' })).total).toBe(1);
    expect((await listAllNotes(store, noteCatalogue, { text: 'march' })).notes.map((note) => note.id)).toEqual([second.id]);
    await notes.remove(older, first.id);
    expect((await listAllNotes(store, noteCatalogue, { tag: 'dates' })).notes.map((note) => note.id)).toEqual([second.id]);
    expect((await listAllNotes(store, noteCatalogue, { limit: 1, offset: 1 })).notes).toHaveLength(1);
  });
});
