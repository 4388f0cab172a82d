import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import { APP_ORIGIN, createDispatcher, type Dispatch } from '../../../src-main/ipc/handle';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');
const FRAME = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true };

describe('importing and correcting articles through the handlers', () => {
  let dir: string;
  let folder: string;
  let services: Services;
  let dispatch: Dispatch;
  let pushed: Array<{ name: string; payload: unknown }>;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-import-handlers-'));
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-import-folder-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    pushed = [];
    dispatch = createDispatcher(createHandlerTable(services, (name, payload) => pushed.push({ name, payload })));
  });
  afterEach(async () => {
    await services.articles.close();
    await services.store.close();
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('imports a folder, pushing progress, and answers the summary', async () => {
    await fs.copyFile(SEED, path.join(folder, 'seed.txt'));
    await fs.writeFile(path.join(folder, 'empty.txt'), '');
    await fs.writeFile(path.join(folder, 'picture.png'), Buffer.from('89504e47', 'hex'));
    const result = await dispatch(FRAME, 'articles:import', { paths: [folder] });
    expect(result).toMatchObject({ ok: true, value: { imported: 1, failed: 1, skipped: 1, isCancelled: false } });
    const progress = pushed.filter((event) => event.name === 'import:progress').map((event) => event.payload as { done: number; total: number });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
  });

  it('cancels a running import, and says when there is none to cancel', async () => {
    for (let index = 0; index < 30; index += 1) await fs.writeFile(path.join(folder, `article-${index}.txt`), `date 2019-02-${String((index % 28) + 1).padStart(2, '0')} AP, PARIS\n\nArticle ${index} says something new.`);
    const running = dispatch(FRAME, 'articles:import', { paths: [folder] });
    expect(await dispatch(FRAME, 'articles:cancel', undefined)).toEqual({ ok: true, value: { isCancelled: true } });
    const result = await running;
    expect(result).toMatchObject({ ok: true, value: { isCancelled: true } });
    const summary = result.ok ? (result.value as { imported: number; notStarted: number }) : { imported: 0, notStarted: 0 };
    // Cancelled at once: the files being read may finish, the rest are left alone.
    expect(summary.imported).toBeLessThan(30);
    expect(services.articles.list()).toHaveLength(summary.imported);
    expect(await dispatch(FRAME, 'articles:cancel', undefined)).toEqual({ ok: true, value: { isCancelled: false } });
  });

  it('corrects an article’s details, marking them as the user’s', async () => {
    await services.articles.importFiles([SEED]);
    const id = services.articles.list()[0]?.id ?? '';
    const result = await dispatch(FRAME, 'articles:update', { id, title: 'Xinjiang briefing', place: null, published: '2019-02-24' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Xinjiang briefing', place: null, published: { value: '2019-02-24', origin: 'user' } } });
    expect(services.articles.list()[0]?.title).toBe('Xinjiang briefing');
    expect(await dispatch(FRAME, 'articles:update', { id, published: '2019-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
