import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedLibrary } from '../../../src-main/services/seed';
import { readTimelineCache, writeTimelineCache } from '../../../src-main/store/timeline-cache';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

describe('an article’s timeline', () => {
  let library: TempLibrary;
  let id: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-timeline-');
    await seedLibrary(library.services.store, library.services.articles, SEEDS);
    id = library.services.articles.list()[0]?.id ?? '';
  });
  afterEach(async () => library.close());

  it('answers the seed’s four events in date order, each with its expression and the days it covers', async () => {
    const view = await library.services.timeline.articles.article(id);
    expect(view.dct).toBe('2019-02-25');
    expect(view.events.map((event) => [event.value, event.quote, event.startDay, event.endDay, event.granularity])).toEqual([
      ['2019-W08', 'last week', '2019-02-18', '2019-02-24', 'week'],
      ['2019-02-22', 'Friday', '2019-02-22', '2019-02-22', 'day'],
      ['2019-02-24', 'yesterday', '2019-02-24', '2019-02-24', 'day'],
      ['2019-02-25', 'today', '2019-02-25', '2019-02-25', 'day'],
    ]);
    expect(view.events.every((event) => !event.isEdited && !event.isHidden && event.note === null)).toBe(true);
    expect(view.expressions.find((expression) => expression.value === '2019-02-22')).toMatchObject({ startDay: '2019-02-22', endDay: '2019-02-22' });
  });

  it('underlines a gap counted from a date over its whole phrase, with the date it points at', async () => {
    const added = await library.add('Talks', ['The talks began on Feb. 4, 2019. Three days later, they collapsed.']);
    const view = await library.services.timeline.articles.article(added);
    const text = (await library.services.articles.get(added)).content.text;
    const later = view.expressions.find((expression) => text.slice(expression.start, expression.end) === 'Three days later');
    expect(later).toMatchObject({ type: 'DATE', value: '2019-02-07', granularity: 'day', startDay: '2019-02-07' });
    expect(view.events.map((event) => event.value)).toContain('2019-02-07');
  });

  it('caches the extracted timeline in the article’s folder and reads it back', async () => {
    await library.services.timeline.articles.article(id);
    await library.services.timeline.articles.flush();
    const cache = await readTimelineCache(library.dir, id);
    expect(cache?.events).toHaveLength(4);
    // A cache made for this article by this extractor is used as it is: change it and see.
    await writeTimelineCache(library.dir, id, { ...(cache as NonNullable<typeof cache>), events: (cache?.events ?? []).slice(0, 1) });
    const services = await library.reopen();
    expect((await services.timeline.articles.article(id)).events).toHaveLength(1);
  });

  it('finishes a timeline still being extracted, and its cache file, before the library closes', async () => {
    // Reading the article's event corrections takes a while: the library is closed meanwhile.
    const notes = library.services.store.notes;
    const listEventEdits = notes.listEventEdits.bind(notes);
    vi.spyOn(notes, 'listEventEdits').mockImplementation(async (articleId) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return listEventEdits(articleId);
    });
    const extracting = library.services.timeline.articles.article(id);
    await library.services.store.close();
    expect((await readTimelineCache(library.dir, id))?.events).toHaveLength(4);
    expect((await extracting).events).toHaveLength(4);
    await library.reopen();
  });

  it('extracts again when the cache was made by another extractor version', async () => {
    await library.services.timeline.articles.article(id);
    await library.services.timeline.articles.flush();
    const cache = await readTimelineCache(library.dir, id);
    await writeTimelineCache(library.dir, id, { ...(cache as NonNullable<typeof cache>), extractorVersion: -1, events: [] });
    const services = await library.reopen();
    expect((await services.timeline.articles.article(id)).events).toHaveLength(4);
    await services.timeline.articles.flush();
    expect((await readTimelineCache(library.dir, id))?.extractorVersion).not.toBe(-1);
  });

  it('resolves the dates again when the article’s publication date is corrected', async () => {
    const before = await library.services.timeline.articles.article(id);
    expect(before.events.find((event) => event.quote === 'Friday')?.value).toBe('2019-02-22');
    await library.services.articles.updateMetadata(id, { published: '2019-03-04' });
    const after = await library.services.timeline.articles.article(id);
    expect(after.dct).toBe('2019-03-04');
    expect(after.events.find((event) => event.quote === 'Friday')?.value).toBe('2019-03-01');
    expect(after.events.find((event) => event.quote === 'yesterday')?.value).toBe('2019-03-03');
    await library.services.timeline.articles.flush();
    expect((await readTimelineCache(library.dir, id))?.dct).toBe('2019-03-04');
  });
});

describe('correcting events', () => {
  let library: TempLibrary;
  let id: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-edits-');
    await seedLibrary(library.services.store, library.services.articles, SEEDS);
    id = library.services.articles.list()[0]?.id ?? '';
  });
  afterEach(async () => library.close());

  const keyOf = async (quote: string) => (await library.services.timeline.articles.article(id)).events.find((event) => event.quote === quote)?.key ?? '';

  it('changes a date and a title, marks the event edited, and keeps what the extractor said', async () => {
    const key = await keyOf('Friday');
    const view = await library.services.timeline.edits.edit(id, key, { value: '2019-02-21', title: 'Envoys briefed in Beijing' });
    const event = view.events.find((candidate) => candidate.key === key);
    expect(event).toMatchObject({ value: '2019-02-21', title: 'Envoys briefed in Beijing', isEdited: true, extracted: { value: '2019-02-22' } });
    expect(view.events.map((candidate) => candidate.startDay)).toEqual([...view.events.map((candidate) => candidate.startDay)].sort());
  });

  it('hides an event, notes one, and reverts to what the extractor said', async () => {
    const key = await keyOf('yesterday');
    await library.services.timeline.edits.edit(id, key, { isHidden: true });
    const noted = await library.services.timeline.edits.edit(id, key, { note: 'Check the ministry statement.' });
    expect(noted.events.find((event) => event.key === key)).toMatchObject({ isHidden: true, note: 'Check the ministry statement.', isEdited: true });
    const reverted = await library.services.timeline.edits.revert(id, key);
    expect(reverted.events.find((event) => event.key === key)).toMatchObject({ isHidden: false, note: null, isEdited: false, value: '2019-02-24' });
  });

  it('adds an event for a selected passage with a typed date', async () => {
    const text = (await library.services.articles.get(id)).content.text;
    const range = rangeOf(text, 'China has rejected accusations of mistreatment in the camps');
    const view = await library.services.timeline.edits.add(id, range, '2018-08');
    const added = view.events.find((event) => event.isAdded);
    expect(added).toMatchObject({ value: '2018-08', granularity: 'month', startDay: '2018-08-01', endDay: '2018-08-31', isEdited: true, title: 'China has rejected accusations of mistreatment in the camps' });
    expect(added?.key).toMatch(/^u/);
    expect(view.events[0]?.key).toBe(added?.key);
  });

  it('keeps edits across a reopen and a re-extraction, stored as records in the notes file', async () => {
    const key = await keyOf('Friday');
    await library.services.timeline.edits.edit(id, key, { value: '2019-02-21' });
    await library.services.timeline.articles.flush();
    const cache = await readTimelineCache(library.dir, id);
    await writeTimelineCache(library.dir, id, { ...(cache as NonNullable<typeof cache>), extractorVersion: -1 });
    const services = await library.reopen();
    expect((await services.timeline.articles.article(id)).events.find((event) => event.key === key)).toMatchObject({ value: '2019-02-21', isEdited: true });
    const notesFile = JSON.parse(await fs.readFile(path.join(library.dir, 'notes', `${id}.json`), 'utf8'));
    expect(notesFile.eventEdits[key]).toMatchObject({ key, value: '2019-02-21', target: { quote: 'Friday' }, isDeleted: false });
  });

  it('refuses a date that is not in the calendar and an event that is not there', async () => {
    const key = await keyOf('Friday');
    await expect(library.services.timeline.edits.edit(id, key, { value: '2019-02-30' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/not a date in the calendar/) });
    await expect(library.services.timeline.edits.edit(id, 'x1-2', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.services.timeline.edits.add(id, { start: 5, end: 5 }, '2019')).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
