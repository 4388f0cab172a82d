import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import { APP_ORIGIN, createDispatcher } from '../../../src-main/ipc/handle';
import { createApi } from '../../../src-main/preload/create-api';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { CHANNEL_NAMES } from '../../../src-main/shared/channels';
import { ipcContract } from '../../../src-main/shared/ipc-contract';
import { LibraryStore } from '../../../src-main/store/library-store';

describe('the IPC contract', () => {
  it('names exactly the channels of the zod contract, each domain:verb', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(ipcContract).sort());
    for (const channel of CHANNEL_NAMES) expect(channel).toMatch(/^[a-z]+:[a-z]+$/);
  });
});

describe('the real handler table through createApi', () => {
  let dir: string;
  let services: Services;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-contract-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    await seedLibrary(services.store, services.articles, path.resolve(import.meta.dirname, '../../../seeds'));
  });
  afterAll(async () => {
    await services.store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('has a handler for every channel', () => {
    expect(Object.keys(createHandlerTable(services)).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers every channel end to end with values the contract accepts', async () => {
    const dispatch = createDispatcher(createHandlerTable(services));
    const api = createApi((channel, input) => dispatch({ url: `${APP_ORIGIN}/index.html`, isTopFrame: true }, channel, input), () => () => undefined);
    const status = await api.library.status();
    expect(status).toEqual({ ok: true, value: { path: dir, isReadOnly: false, notices: [] } });
    const list = await api.articles.list();
    expect(list.ok && list.value.map((meta) => meta.source)).toEqual(['Reuters']);
    const id = list.ok ? (list.value[0]?.id ?? '') : '';
    const article = await api.articles.get({ id });
    expect(article.ok && article.value.meta.place).toBe('Beijing');
    expect(await api.settings.update({ fontSize: 22 })).toMatchObject({ ok: true, value: { fontSize: 22 } });
    expect(await api.settings.get()).toMatchObject({ ok: true, value: { fontSize: 22 } });
    const imported = await api.articles.import({ paths: [path.join(dir, 'missing.txt')] });
    expect(imported).toMatchObject({ ok: true, value: { outcomes: [{ status: 'failed' }], failed: 1, imported: 0 } });
  });

  it('turns a failed transport into an internal Result instead of throwing', async () => {
    const api = createApi(() => Promise.reject(new Error('channel closed')), () => () => undefined);
    expect(await api.articles.list()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes subscriptions through onEvent and returns their unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = createApi(() => Promise.resolve({ ok: true, value: null }), subscribe);
    const callback = vi.fn();
    api.onEvent('library:changed', callback)();
    expect(subscribe).toHaveBeenCalledWith('library:changed', callback);
    expect(unsubscribe).toHaveBeenCalled();
  });
});
