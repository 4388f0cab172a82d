import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllNotesState } from '../../../src-renderer/lib/state/all-notes-state.svelte';
import { AUTOSAVE_DELAY_MS } from '../../../src-renderer/lib/state/autosave.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('AllNotesState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => {
    vi.useRealTimers();
    await real?.close();
  });

  /** The seed and a second article, with notes on both made through the real service. */
  async function open() {
    real = await openRealApi();
    const second = path.join(real.dir, '..', `${path.basename(real.dir)}-ports.txt`);
    await fs.writeFile(second, 'date 2019-03-01 AP, PARIS\n\nAardvark ports closed. The harbour reopened on Monday.');
    await real.services.articles.importFiles([second]);
    await fs.rm(second);
    const [ports, seed] = real.services.articles.list().sort((a, b) => a.title.localeCompare(b.title));
    if (!ports || !seed) throw new Error('two articles expected');
    const seedText = (await real.services.articles.get(seed.id)).content.text;
    const rangeOf = (text: string, passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
    const make = real.services.notes.create.bind(real.services.notes);
    const friday = await make({ articleId: seed.id, range: rangeOf(seedText, 'on Friday'), body: 'Friday is 22 February', color: 'blue', tags: ['dates'] });
    const briefing = await make({ articleId: seed.id, range: rangeOf(seedText, 'Chinese officials briefed'), body: 'Who briefed whom', color: 'yellow', tags: ['Sources'] });
    const whole = await make({ articleId: seed.id, range: null, body: 'About the whole piece', color: 'green' });
    const harbour = await make({ articleId: ports.id, range: { start: 0, end: 8 }, body: 'Harbour note', color: 'blue', tags: ['sources'] });
    const changed = vi.fn();
    const state = new AllNotesState(real.api, changed);
    await state.open();
    return { state, changed, seed, ports, friday, briefing, whole, harbour };
  }

  it('lists every note by article then reading order, or newest first', async () => {
    const { state, friday, briefing, whole, harbour } = await open();
    expect(state.isOpen).toBe(true);
    expect(state.total).toBe(4);
    // "Aardvark ports closed." sorts before the seed's title; the seed's notes: whole article, then by passage.
    // "on Friday" comes before "Chinese officials briefed" in the seed's text.
    expect(state.ordered.map((note) => note.id)).toEqual([harbour.id, whole.id, friday.id, briefing.id]);
    expect(state.groups.map((group) => group.notes.length)).toEqual([1, 3]);
    state.sort = 'date';
    // Newest made first: the notes were made friday, briefing, whole, harbour.
    expect(state.ordered.map((note) => note.id)).toEqual([harbour.id, whole.id, briefing.id, friday.id]);
    expect(state.groups.map((group) => group.notes.length)).toEqual([1, 3]);
    // Tags differing only in case are one; the spelling of the newest note wins.
    expect(state.tags).toEqual(['dates', 'sources']);
    expect(state.articles).toHaveLength(2);
  });

  it('filters by text, tag, colour and article, and says how many there are in all', async () => {
    const { state, seed, friday, briefing, harbour } = await open();
    await state.setFilter({ text: 'FRIDAY' });
    expect(state.notes.map((note) => note.id)).toEqual([friday.id]);
    expect(state.isFiltered).toBe(true);
    await state.setFilter({ text: undefined, tag: 'sources' });
    expect(state.ordered.map((note) => note.id)).toEqual([harbour.id, briefing.id]);
    await state.setFilter({ color: 'blue' });
    expect(state.notes.map((note) => note.id)).toEqual([harbour.id]);
    await state.setFilter({ articleId: seed.id });
    expect(state.notes).toEqual([]);
    expect(state.libraryTotal).toBe(4);
    await state.clearFilters();
    expect(state.total).toBe(4);
    expect(state.isFiltered).toBe(false);
  });

  it('edits a body in place, saved after a pause, and undoes it as one step', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { state, seed, friday } = await open();
    state.openEditor(friday.id);
    state.editBody(friday.id, 'Friday was');
    state.editBody(friday.id, 'Friday was the 22nd');
    expect(state.saveState).toBe('unsaved');
    const stored = async () => (await real.services.notes.list(seed.id)).find((note) => note.id === friday.id);
    expect((await stored())?.body).toBe('Friday is 22 February');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    await vi.waitFor(async () => expect((await stored())?.body).toBe('Friday was the 22nd'));
    expect(state.saveState).toBe('saved');
    await state.closeEditor();
    expect(state.editingId).toBeNull();
    await state.undo();
    expect((await stored())?.body).toBe('Friday is 22 February');
    expect(state.notes.find((note) => note.id === friday.id)?.body).toBe('Friday is 22 February');
    expect(state.status).toBe('Undid: edit note.');
  });

  it('recolours, retags, deletes and brings a note back', async () => {
    const { state, changed, seed, briefing } = await open();
    const stored = async () => (await real.services.notes.list(seed.id)).find((note) => note.id === briefing.id);
    await state.recolor(briefing.id, 'pink');
    await state.retag(briefing.id, ['sources', 'diplomacy']);
    expect((await stored())?.color).toBe('pink');
    expect((await stored())?.tags).toEqual(['sources', 'diplomacy']);
    expect(state.notes.find((note) => note.id === briefing.id)?.articleTitle).toBe(seed.title);

    await state.remove(briefing.id);
    expect(await stored()).toBeUndefined();
    expect(state.canUndoDelete).toBe(true);
    expect(state.total).toBe(3);
    expect(changed).toHaveBeenCalled();
    await state.undo();
    expect((await stored())?.tags).toEqual(['sources', 'diplomacy']);
    expect(state.notes.some((note) => note.id === briefing.id)).toBe(true);
    expect(state.canUndoDelete).toBe(false);
    await state.undo();
    expect((await stored())?.tags).toEqual(['Sources']);
    await state.redo();
    expect((await stored())?.tags).toEqual(['sources', 'diplomacy']);
  });

  it('says what went wrong when a change is refused, and keeps the note', async () => {
    const { state, briefing } = await open();
    await state.retag(briefing.id, ['x'.repeat(61)]);
    expect(state.error).toBeTruthy();
    expect(state.notes.find((note) => note.id === briefing.id)?.tags).toEqual(['Sources']);
    await state.undo();
    expect(state.status).toBe('Nothing to undo.');
  });
});
