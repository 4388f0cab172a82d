import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../../src-renderer/lib/state/autosave.svelte';
import { NotesState } from '../../../src-renderer/lib/state/notes-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('NotesState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => {
    vi.useRealTimers();
    await real?.close();
  });

  async function open() {
    real = await openRealApi();
    const articleId = real.services.articles.list()[0]?.id ?? '';
    const text = (await real.services.articles.get(articleId)).content.text;
    const changed = vi.fn();
    const notes = new NotesState(real.api, changed);
    await notes.load(articleId);
    const rangeOf = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
    return { notes, articleId, changed, rangeOf, saved: () => real.services.notes.list(articleId) };
  }

  it('creates, deletes, and undoes and redoes both', async () => {
    const { notes, changed, rangeOf, saved } = await open();
    const created = await notes.create(rangeOf('told foreign envoys on Friday'), 'blue', false);
    expect(created?.color).toBe('blue');
    expect(changed).toHaveBeenCalled();
    await notes.remove(created?.id ?? '');
    expect(await saved()).toEqual([]);
    await notes.undo();
    expect((await saved()).map((note) => note.id)).toEqual([created?.id]);
    expect(notes.notes.map((note) => note.id)).toEqual([created?.id]);
    await notes.undo();
    expect(await saved()).toEqual([]);
    await notes.redo();
    expect(await saved()).toHaveLength(1);
    expect(notes.status).toBe('Redid: highlight.');
  });

  it('saves typing after a pause, and an edit undoes as one step', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { notes, rangeOf, saved } = await open();
    const created = await notes.create(rangeOf('told the gathering'), 'yellow', true);
    const id = created?.id ?? '';
    expect(notes.editingId).toBe(id);
    notes.editBody(id, 'W');
    notes.editBody(id, 'Which ministry?');
    expect(notes.saveState).toBe('unsaved');
    expect((await saved())[0]?.body).toBe('');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    await vi.waitFor(async () => expect((await saved())[0]?.body).toBe('Which ministry?'));
    expect(notes.saveState).toBe('saved');
    await notes.closeEditor();
    await notes.undo();
    expect((await saved())[0]?.body).toBe('');
    await notes.redo();
    expect((await saved())[0]?.body).toBe('Which ministry?');
  });

  it('saves pending typing at once when flushed', async () => {
    const { notes, rangeOf, saved } = await open();
    const created = await notes.create(rangeOf('told the gathering'), 'yellow', true);
    notes.editBody(created?.id ?? '', 'closing now');
    await notes.flush();
    expect((await saved())[0]?.body).toBe('closing now');
  });

  it('recolours and retags with undo, and shows an error it could not save', async () => {
    const { notes, rangeOf, saved } = await open();
    const created = await notes.create(rangeOf('told the gathering'), 'yellow', false);
    await notes.recolor(created?.id ?? '', 'pink');
    await notes.retag(created?.id ?? '', ['china', 'un']);
    expect((await saved())[0]).toMatchObject({ color: 'pink', tags: ['china', 'un'] });
    await notes.undo();
    await notes.undo();
    expect((await saved())[0]).toMatchObject({ color: 'yellow', tags: [] });
    await notes.retag(created?.id ?? '', ['x'.repeat(200)]);
    expect(notes.error).toMatch(/malformed/);
  });

  it('has nothing to undo on a fresh article', async () => {
    const { notes } = await open();
    await notes.undo();
    expect(notes.status).toBe('Nothing to undo.');
  });
});
