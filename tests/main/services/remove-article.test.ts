import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryLibrary } from '../../../src-main/services/library-list';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

describe('deleting an article', () => {
  let library: TempLibrary;
  let kept: string;
  let removed: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-remove-');
    kept = await library.add('Talks resume', ['Envoys met again on Friday.']);
    removed = await library.add('Envoys meet in Beijing', ['The ministry said envoys met on Friday.']);
  });
  afterEach(async () => {
    await library.close();
  });

  it('takes it out of the index and the folder, and keeps its notes as tombstones', async () => {
    const { services } = library;
    const text = (await services.articles.get(removed)).content.text;
    const note = await services.notes.create({ articleId: removed, range: rangeOf(text, 'envoys met'), body: 'Which envoys?' });
    await services.notes.create({ articleId: removed, range: null, body: 'Already deleted' }).then((gone) => services.notes.remove(removed, gone.id));
    await services.timeline.articles.article(removed);
    expect(await services.noteCatalogue.countsRecord()).toEqual({ [removed]: 1 });

    expect(await services.articles.remove(removed)).toEqual({ id: removed, deletedNotes: 1 });
    expect(services.articles.list().map((meta) => meta.id)).toEqual([kept]);
    expect((await queryLibrary(services.store, services.noteCatalogue)).map((item) => item.id)).toEqual([kept]);
    await expect(fs.stat(path.join(library.dir, 'articles', removed))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(path.join(library.dir, 'articles'))).toEqual([kept]);
    await expect(services.timeline.articles.article(removed)).rejects.toMatchObject({ code: 'not-found' });
    expect(await services.noteCatalogue.countsRecord()).toEqual({});
    const file = JSON.parse(await fs.readFile(path.join(library.dir, 'notes', `${removed}.json`), 'utf8'));
    expect(file.notes[note.id]).toMatchObject({ isDeleted: true, body: 'Which envoys?', target: note.target, deviceId: services.store.deviceId });

    const reopened = await library.reopen();
    expect(reopened.articles.list().map((meta) => meta.id)).toEqual([kept]);
    await expect(reopened.articles.get(removed)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets the notes be brought back when the same article is imported again', async () => {
    const text = (await library.services.articles.get(removed)).content.text;
    const note = await library.services.notes.create({ articleId: removed, range: rangeOf(text, 'envoys met'), body: 'Which envoys?' });
    await library.services.articles.remove(removed);
    expect(await library.add('Envoys meet in Beijing', ['The ministry said envoys met on Friday.'])).toBe(removed);
    expect(await library.services.notes.list(removed)).toEqual([]);
    expect(await library.services.notes.restore(removed, note.id)).toMatchObject({ body: 'Which envoys?', isOrphaned: false });
  });

  it('says so for an article that is not there, and changes nothing', async () => {
    await library.services.articles.remove(removed);
    await expect(library.services.articles.remove(removed)).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.services.articles.remove('ffffffffffffffff')).rejects.toMatchObject({ code: 'not-found' });
    expect(library.services.articles.list().map((meta) => meta.id)).toEqual([kept]);
  });

  it('clears the folder of a removal cut short by a crash, without bringing the article back', async () => {
    await library.services.store.close();
    await fs.rename(path.join(library.dir, 'articles', removed), path.join(library.dir, 'articles', `${removed}.removed`));
    const services = await library.reopen();
    expect(services.articles.list().map((meta) => meta.id)).toEqual([kept]);
    expect(await fs.readdir(path.join(library.dir, 'articles'))).toEqual([kept]);
  });
});
