import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { MAX_NOTE_LENGTH } from '../../../src-main/shared/note-limits';
import { LibraryStore } from '../../../src-main/store/library-store';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

describe('NoteService on a real library', () => {
  let dir: string;
  let services: Services;
  let articleId: string;
  let text: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-notes-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    await seedLibrary(services.store, services.articles, SEEDS);
    articleId = services.articles.list()[0]?.id ?? '';
    text = (await services.articles.get(articleId)).content.text;
  });
  afterEach(async () => {
    await services.store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const rangeOf = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });

  it('creates a note on a passage, saves it in the article’s own notes file, and lists it anchored', async () => {
    const note = await services.notes.create({ articleId, range: rangeOf('told foreign envoys on Friday'), body: 'Which envoys?', color: 'blue', tags: ['xinjiang', ' xinjiang ', 'diplomacy'] });
    expect(note).toMatchObject({ body: 'Which envoys?', color: 'blue', tags: ['xinjiang', 'diplomacy'], isDeleted: false, isOrphaned: false, deviceId: services.store.deviceId });
    expect(note.target?.quote.exact).toBe('told foreign envoys on Friday');
    expect(note.anchor).toEqual(rangeOf('told foreign envoys on Friday'));
    const file = JSON.parse(await fs.readFile(path.join(dir, 'notes', `${articleId}.json`), 'utf8'));
    expect(Object.keys(file.notes)).toEqual([note.id]);
    expect(await services.notes.list(articleId)).toEqual([note]);
  });

  it('lists notes in reading order: whole-article notes first, then by passage', async () => {
    const later = await services.notes.create({ articleId, range: rangeOf('China has rejected accusations') });
    const earlier = await services.notes.create({ articleId, range: rangeOf('stepping up its diplomatic outreach') });
    const whole = await services.notes.create({ articleId, range: null, body: 'A piece about outreach.' });
    expect((await services.notes.list(articleId)).map((note) => note.id)).toEqual([whole.id, earlier.id, later.id]);
    expect(whole).toMatchObject({ target: null, anchor: null, isOrphaned: false });
  });

  it('edits, deletes as a tombstone and restores a note (undo)', async () => {
    const note = await services.notes.create({ articleId, range: rangeOf('the ministry said') });
    const edited = await services.notes.update({ articleId, id: note.id, body: '**Source:** the ministry', color: 'green' });
    expect(edited).toMatchObject({ body: '**Source:** the ministry', color: 'green', target: note.target });
    await services.notes.remove(articleId, note.id);
    expect(await services.notes.list(articleId)).toEqual([]);
    const file = JSON.parse(await fs.readFile(path.join(dir, 'notes', `${articleId}.json`), 'utf8'));
    expect(file.notes[note.id].isDeleted).toBe(true);
    expect(await services.noteCatalogue.countsRecord()).toEqual({});
    const restored = await services.notes.restore(articleId, note.id);
    expect(restored).toMatchObject({ body: '**Source:** the ministry', isDeleted: false });
    expect(await services.noteCatalogue.countsRecord()).toEqual({ [articleId]: 1 });
  });

  it('trims white space from a selection and accepts one across paragraphs', async () => {
    const start = text.indexOf('on Friday.');
    const end = text.indexOf('China is stepping') + 'China is stepping'.length;
    const note = await services.notes.create({ articleId, range: { start: start - 1, end: end + 1 } });
    expect(note.target?.quote.exact).toBe('on Friday.\n\nChina is stepping');
  });

  it('refuses an empty selection, and one outside the text, with a message saying what to do', async () => {
    const space = text.indexOf(' ');
    await expect(services.notes.create({ articleId, range: { start: space, end: space + 1 } })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/Select some words/) });
    await expect(services.notes.create({ articleId, range: { start: 5, end: 5 } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(services.notes.create({ articleId, range: { start: 0, end: text.length + 10 } })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('refuses a note over the length limit and keeps the old text', async () => {
    const note = await services.notes.create({ articleId, range: rangeOf('the ministry said'), body: 'short' });
    const huge = 'x'.repeat(1024 * 1024);
    await expect(services.notes.update({ articleId, id: note.id, body: huge })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining(MAX_NOTE_LENGTH.toLocaleString('en')) });
    expect((await services.notes.list(articleId))[0]?.body).toBe('short');
  });

  it('keeps HTML and script in a note as plain text', async () => {
    const body = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const note = await services.notes.create({ articleId, range: null, body });
    expect((await services.notes.list(articleId)).find((candidate) => candidate.id === note.id)?.body).toBe(body);
  });

  it('says so when the article is gone, and saves nothing', async () => {
    await expect(services.notes.create({ articleId: 'ffffffffffffffff', range: null, body: 'hello' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/no longer in the library, so the note was not saved/) });
    expect(await services.noteCatalogue.countsRecord()).toEqual({});
  });

  it('says so when a note is gone', async () => {
    await expect(services.notes.update({ articleId, id: '01900000-0000-7000-8000-000000000000', body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps notes across a reopen, and sets a damaged notes file aside without losing its bytes', async () => {
    const note = await services.notes.create({ articleId, range: rangeOf('the ministry said'), body: 'kept' });
    await services.store.close();
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    expect((await services.notes.list(articleId)).map((view) => view.body)).toEqual(['kept']);
    await services.store.close();

    const file = path.join(dir, 'notes', `${articleId}.json`);
    await fs.writeFile(file, '{"schemaVersion": 1, "articleId": "');
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    expect(await services.notes.list(articleId)).toEqual([]);
    const asides = (await fs.readdir(path.join(dir, 'notes'))).filter((name) => name.includes('.corrupt-'));
    expect(asides).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, 'notes', asides[0] ?? ''), 'utf8')).toBe('{"schemaVersion": 1, "articleId": "');
    expect(services.library.status().notices).toEqual([expect.stringMatching(/could not be read\. It was kept as/)]);
    expect(note.id).toBeTruthy();
  });
});
