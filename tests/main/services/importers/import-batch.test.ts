import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportBatch, type ImportOne } from '../../../../src-main/services/importers/import-batch';
import type { FoundFile } from '../../../../src-main/services/importers/find-import-files';

let dir: string;
/** Files of the given sizes in bytes, named by their position. */
async function filesOfSizes(sizes: readonly number[]): Promise<FoundFile[]> {
  return Promise.all(
    sizes.map(async (size, index) => {
      const file = path.join(dir, `${index}-${size}.txt`);
      await fs.writeFile(file, 'x'.repeat(size));
      return { path: file, readPath: file };
    }),
  );
}
const indexOf = (file: FoundFile) => Number(path.basename(file.path).split('-')[0]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-batch-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('running an import batch', () => {
  it('starts the next file once the last one is read, while it still waits to be added', async () => {
    const files = await filesOfSizes([10, 10, 10]);
    const started: number[] = [];
    let releaseFirst = () => {};
    const firstAdded = new Promise<void>((resolve) => (releaseFirst = resolve));
    const importOne: ImportOne = async (file, inTurn) => {
      const index = indexOf(file);
      started.push(index);
      // The third file starting proves the only lane did not wait for the first to be added.
      if (index === 2) releaseFirst();
      return inTurn(async () => {
        if (index === 0) await firstAdded;
        return { status: 'imported', path: file.path, id: String(index), title: String(index) };
      });
    };
    const batch = await runImportBatch(files, 1, importOne);
    expect(started).toHaveLength(3);
    expect(batch.outcomes.map((outcome) => outcome.path)).toEqual(files.map((file) => file.path));
  });

  it('starts the largest of the next files first but adds them in the order given', async () => {
    const files = await filesOfSizes([100, 5_000, 300, 20_000]);
    const started: number[] = [];
    const added: number[] = [];
    const importOne: ImportOne = async (file, inTurn) => {
      started.push(indexOf(file));
      return inTurn(async () => {
        added.push(indexOf(file));
        return { status: 'imported', path: file.path, id: file.path, title: file.path };
      });
    };
    const batch = await runImportBatch(files, 1, importOne);
    expect(started).toEqual([3, 1, 2, 0]);
    expect(added).toEqual([0, 1, 2, 3]);
    expect(batch.outcomes).toHaveLength(4);
  });

  it('finishes when cancelled while a later file waits for an earlier one that never starts', async () => {
    const files = await filesOfSizes([10, 50, 10]);
    const controller = new AbortController();
    const importOne: ImportOne = async (file, inTurn) => {
      // The largest, second file starts first; cancelling then leaves the first never started.
      controller.abort();
      return inTurn(async () => ({ status: 'imported', path: file.path, id: file.path, title: file.path }));
    };
    const batch = await runImportBatch(files, 1, importOne, undefined, controller.signal);
    expect(batch.outcomes.map((outcome) => outcome.path)).toEqual([files[1]?.path]);
    expect(batch.notStarted).toBe(2);
  });

  it('reports every file done, in the end with no current file', async () => {
    const files = await filesOfSizes([10, 20, 30, 40, 50]);
    const progress: Array<{ done: number; current: string | null }> = [];
    const importOne: ImportOne = async (file, inTurn) => inTurn(async () => ({ status: 'imported', path: file.path, id: file.path, title: file.path }));
    await runImportBatch(files, 2, importOne, (report) => progress.push({ done: report.done, current: report.current }));
    expect(progress.at(-1)).toEqual({ done: 5, current: null });
    expect(Math.max(...progress.map((report) => report.done))).toBe(5);
  });
});
