import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteCountsPath } from '../../../src-main/store/note-counts-file';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

describe('note counts for the library list', () => {
  let library: TempLibrary;
  let first: string;
  let second: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-counts-');
    first = await library.add('Envoys meet', ['The ministry said envoys met on Friday.']);
    second = await library.add('Talks resume', ['Talks resumed on Monday.']);
  });
  afterEach(async () => {
    await library.close();
  });

  it('follows note saves and deletions, and is the same after a reopen', async () => {
    const { notes, noteCatalogue } = library.services;
    const text = (await library.services.articles.get(first)).content.text;
    expect(await noteCatalogue.countsRecord()).toEqual({});
    const note = await notes.create({ articleId: first, range: rangeOf(text, 'envoys met') });
    await notes.create({ articleId: first, range: null, body: 'whole' });
    await notes.create({ articleId: second, range: null, body: 'other' });
    expect(await noteCatalogue.countsRecord()).toEqual({ [first]: 2, [second]: 1 });
    await notes.remove(first, note.id);
    expect(await noteCatalogue.countsRecord()).toEqual({ [first]: 1, [second]: 1 });
    const services = await library.reopen();
    expect(await services.noteCatalogue.countsRecord()).toEqual({ [first]: 1, [second]: 1 });
  });

  it('reuses a saved count while its notes file is unchanged, and counts a changed file again', async () => {
    await library.services.notes.create({ articleId: first, range: null, body: 'one' });
    await library.services.noteCatalogue.countsRecord();
    // Two opens: the first saves the stamp the file has now; the second trusts it.
    await (await library.reopen()).noteCatalogue.countsRecord();
    await library.services.store.close();
    const saved = JSON.parse(await fs.readFile(noteCountsPath(library.dir), 'utf8'));
    expect(saved.files[first]).toMatchObject({ live: 1, stamp: expect.stringMatching(/^\d+:/) });
    // A count that disagrees with the file shows the saved count was used, not the file read.
    saved.files[first].live = 7;
    await fs.writeFile(noteCountsPath(library.dir), JSON.stringify(saved));
    expect(await (await library.reopen()).noteCatalogue.countsRecord()).toEqual({ [first]: 7 });
    await library.services.store.close();
    const notesFile = path.join(library.dir, 'notes', `${first}.json`);
    await fs.writeFile(notesFile, `${await fs.readFile(notesFile, 'utf8')}\n`);
    expect(await (await library.reopen()).noteCatalogue.countsRecord()).toEqual({ [first]: 1 });
  });
});
