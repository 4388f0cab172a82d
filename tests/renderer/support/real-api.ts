import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import { APP_ORIGIN, createDispatcher } from '../../../src-main/ipc/handle';
import { createApi } from '../../../src-main/preload/create-api';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import type { Push } from '../../../src-main/ipc/push';
import type { DatelineApi, PushEvents } from '../../../src-main/shared/ipc-contract';
import { LibraryStore } from '../../../src-main/store/library-store';

/** The renderer's API over the real handler table and a real temp library. */
export interface RealApi {
  api: DatelineApi;
  services: Services;
  dir: string;
  /** Sends a push to the page's `api.onEvent` listeners, as main does; the handlers' own pushes go there too. */
  push: Push;
  close(): Promise<void>;
}

/** Opens a temp library (seeded unless told otherwise, read-only when `owner` is null) behind a real API. */
export async function openRealApi(options: { isSeeded?: boolean; isReadOnly?: boolean } = {}): Promise<RealApi> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-renderer-'));
  if (options.isReadOnly) await (await LibraryStore.open(dir, { owner: 'cli' })).close();
  const store = await LibraryStore.open(dir, options.isReadOnly ? { owner: null, readOnlyReason: 'This library is open read-only for the test.' } : { owner: 'cli' });
  const services = createServices(store);
  if (options.isSeeded ?? true) await seedLibrary(store, services.articles, path.resolve(import.meta.dirname, '../../../seeds'));
  const listeners = new Map<keyof PushEvents, Set<(payload: unknown) => void>>();
  const push: Push = (name, payload) => {
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  const subscribe = (name: keyof PushEvents, listener: (payload: unknown) => void) => {
    const named = listeners.get(name) ?? new Set();
    listeners.set(name, named.add(listener));
    return () => void named.delete(listener);
  };
  const dispatch = createDispatcher(createHandlerTable(services, push));
  const api = createApi((channel, input) => dispatch({ url: `${APP_ORIGIN}/index.html`, isTopFrame: true }, channel, input), subscribe);
  return {
    api,
    services,
    dir,
    push,
    async close() {
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
