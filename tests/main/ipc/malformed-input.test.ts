import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import { APP_ORIGIN, createDispatcher, type Dispatch } from '../../../src-main/ipc/handle';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { CHANNEL_NAMES } from '../../../src-main/shared/channels';
import { ipcContract } from '../../../src-main/shared/ipc-contract';
import { LibraryStore } from '../../../src-main/store/library-store';

const RUNS_PER_CHANNEL = 1_000;

async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(entry.parentPath, entry.name);
    hash.update(file);
    if (entry.isFile()) hash.update(await fs.readFile(file));
  }
  return hash.digest('hex');
}

describe('every channel under malformed input', () => {
  let dir: string;
  let services: Services;
  let dispatch: Dispatch;
  const unexpected: unknown[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-fuzz-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    await seedLibrary(services.store, services.articles, path.resolve(import.meta.dirname, '../../../seeds'));
    dispatch = createDispatcher(createHandlerTable(services), { log: (_message, error) => unexpected.push(error) });
  });
  afterAll(async () => {
    await services.store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(CHANNEL_NAMES)('%s answers invalid-input to each of 1,000 malformed inputs, never throws and writes nothing', async (channel) => {
    const schema = ipcContract[channel].input;
    const before = await fingerprint(dir);
    const malformed = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), fc.object(), fc.string()).filter((input) => !schema.safeParse(input).success);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const result = await dispatch({ url: `${APP_ORIGIN}/index.html`, isTopFrame: true }, channel, input);
        answered += 1;
        return !result.ok && result.error.code === 'invalid-input';
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(answered).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL);
    expect(unexpected).toEqual([]);
    expect(await fingerprint(dir)).toBe(before);
  });
});
