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

  it('keeps a record of the removal in the index, across a reopen', async () => {
    const { services } = library;
    const before = Date.now();
    await services.articles.remove(removed);
    const record = services.store.findRemovedArticle(removed);
    expect(record).toMatchObject({ id: removed, title: 'Envoys meet in Beijing', deviceId: services.store.deviceId });
    expect(Date.parse(record?.removedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(services.store.findRemovedArticle(kept)).toBeNull();
    const reopened = await library.reopen();
    expect(reopened.store.findRemovedArticle(removed)).toEqual(record);
    const index = JSON.parse(await fs.readFile(path.join(library.dir, 'library.json'), 'utf8'));
    expect(index.removedArticles).toEqual({ [removed]: record });
  });

  it('brings its notes back when the same article is imported again, but not notes deleted before', async () => {
    const { services } = library;
    const text = (await services.articles.get(removed)).content.text;
    const note = await services.notes.create({ articleId: removed, range: rangeOf(text, 'envoys met'), body: 'Which envoys?' });
    const whole = await services.notes.create({ articleId: removed, range: null, body: 'Worth a follow-up' });
    const earlier = await services.notes.create({ articleId: removed, range: rangeOf(text, 'Friday'), body: 'Deleted before' });
    await services.notes.remove(removed, earlier.id);
    await services.articles.remove(removed);

    const file = path.join(library.dir, 'again.txt');
    await fs.writeFile(file, `Envoys meet in Beijing\n\ndate 2019-02-25 Reuters, BEIJING\n\nThe ministry said envoys met on Friday.\n`);
    expect(await services.articles.importFiles([file])).toEqual([{ status: 'imported', path: file, id: removed, title: 'Envoys meet in Beijing', restoredNotes: 2 }]);
    expect((await services.notes.list(removed)).map((view) => view.body).sort()).toEqual(['Which envoys?', 'Worth a follow-up']);
    expect((await services.notes.list(removed)).find((view) => view.id === note.id)).toMatchObject({ isOrphaned: false });
    expect(whole.id).not.toBe(earlier.id);
    expect(services.store.findRemovedArticle(removed)).toBeNull();
    expect(await services.noteCatalogue.countsRecord()).toEqual({ [removed]: 2 });
  });

  it('imports an article never removed without bringing anything back', async () => {
    const file = path.join(library.dir, 'new.txt');
    await fs.writeFile(file, `A new piece\n\ndate 2019-02-26 Reuters, BEIJING\n\nTalks went on.\n`);
    const [outcome] = await library.services.articles.importFiles([file]);
    expect(outcome).toMatchObject({ status: 'imported' });
    expect(outcome).not.toHaveProperty('restoredNotes');
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
