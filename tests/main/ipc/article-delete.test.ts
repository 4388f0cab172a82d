import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ORIGIN, createDispatcher, type Dispatch } from '../../../src-main/ipc/handle';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import type { Push } from '../../../src-main/ipc/push';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { LibraryStore } from '../../../src-main/store/library-store';

describe('the articles:delete channel', () => {
  let dir: string;
  let services: Services;
  let dispatch: Dispatch;
  let pushed: unknown[];
  const frame = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true };

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-delete-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    await seedLibrary(services.store, services.articles, path.resolve(import.meta.dirname, '../../../seeds'));
    pushed = [];
    const push: Push = (name, payload) => pushed.push({ name, payload });
    dispatch = createDispatcher(createHandlerTable(services, push));
  });
  afterEach(async () => {
    await services.store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('deletes the article, answers how many notes went with it, and tells the window the library changed', async () => {
    const [meta] = services.articles.list();
    const id = meta?.id ?? '';
    await services.notes.create({ articleId: id, range: null, body: 'A note on the whole piece' });
    expect(await dispatch(frame, 'notes:counts', undefined)).toEqual({ ok: true, value: { [id]: 1 } });
    expect(await dispatch(frame, 'articles:delete', { id })).toEqual({ ok: true, value: { id, deletedNotes: 1 } });
    expect(pushed).toEqual([{ name: 'library:changed', payload: { reason: 'delete' } }]);
    expect(await dispatch(frame, 'articles:query', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(frame, 'notes:counts', undefined)).toEqual({ ok: true, value: {} });
    expect(await dispatch(frame, 'articles:delete', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(frame, 'articles:delete', { id: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(pushed).toHaveLength(1);
  });
});
