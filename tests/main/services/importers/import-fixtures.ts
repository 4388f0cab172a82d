import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ArticleService } from '../../../../src-main/services/articles';
import { ImportWorkerPool, type WorkerPoolOptions } from '../../../../src-main/services/importers/import-worker-pool';
import type { Article } from '../../../../src-main/shared/article';
import type { ImportOutcome } from '../../../../src-main/shared/library-status';
import { LibraryStore } from '../../../../src-main/store/library-store';

/** A library in a temporary folder, an input folder beside it, and the article service over them. */
export interface ImportBench {
  libraryDir: string;
  inputDir: string;
  store: LibraryStore;
  articles: ArticleService;
  /** Writes a file into the input folder (creating folders on the way) and answers its path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  /** Imports one file and reads back the article; fails the test if it was not imported. */
  importOne(file: string): Promise<Article>;
  /** Removes both folders (the worker pool is the caller's). */
  dispose(): Promise<void>;
}

/** A worker pool for one test file: starting workers from TypeScript sources takes a second or two. */
export function testWorkerPool(options: WorkerPoolOptions = {}): ImportWorkerPool {
  return new ImportWorkerPool({ size: 2, ...options });
}

/** Opens a new library and input folder; `now` is fixed so imports are reproducible. */
export async function openImportBench(workers: ImportWorkerPool): Promise<ImportBench> {
  const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-importers-library-'));
  const inputDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-importers-input-'));
  const store = await LibraryStore.open(libraryDir, { owner: 'cli' });
  const articles = new ArticleService(store, () => new Date('2024-05-01T12:00:00Z'), workers);
  return {
    libraryDir,
    inputDir,
    store,
    articles,
    async write(name, content) {
      const file = path.join(inputDir, name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
      return file;
    },
    async importOne(file) {
      const [outcome] = await articles.importFiles([file]);
      if (outcome?.status !== 'imported') throw new Error(`expected ${file} to be imported, got ${JSON.stringify(outcome)}`);
      return articles.get(outcome.id);
    },
    async dispose() {
      await store.close();
      await fs.rm(libraryDir, { recursive: true, force: true });
      await fs.rm(inputDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sets up a test file that imports: one worker pool for the file, a new library and input folder
 * for each test (removed after it). Answers the function that gives the current test's bench.
 */
export function useImportBench(): () => ImportBench {
  let workers: ImportWorkerPool;
  let bench: ImportBench;
  beforeAll(() => {
    workers = testWorkerPool();
  });
  afterAll(() => workers.close());
  beforeEach(async () => {
    bench = await openImportBench(workers);
  });
  afterEach(() => bench.dispose());
  return () => bench;
}

/** Every file under `dir` with a hash of its bytes: equal snapshots mean nothing was written. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  return files;
}

/** The failure message of a single failed outcome, or a description of what happened instead. */
export function failureOf(outcomes: readonly ImportOutcome[]): string {
  const [outcome] = outcomes;
  return outcome?.status === 'failed' ? outcome.message : `not a failure: ${JSON.stringify(outcomes)}`;
}

/** A web page around `body`, with `head` in its head. */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** A paragraph long enough for Readability to take it as article text. */
export function prose(label: string): string {
  return `<p>${label}: the council met on Monday and agreed, after a long debate, to rebuild the harbour wall before the winter storms, officials said.</p>`;
}
