/**
 * `npm run bench:import`: web-page import on ../shared/corpora/web-articles (87 saved pages, each
 * with the metadata Readability.js extracts from it).
 *
 * Part 1, quality, page by page through the real importer (worker, Readability on linkedom,
 * blocks): the share of pages with the expected title and byline (exact after collapsing white
 * space) and publication date (by day, over the pages that have one); the share whose text
 * matches the expected article (bag-of-words F1 ≥ 0.9; the expected article is Readability.js's
 * own output on jsdom, which is how upstream generated its expected.html, not copied into the
 * corpus); and the share of pages given a date their source does not state (must be 0).
 * Part 2, speed (run first, on a clean heap): the whole folder imported into a new library through
 * ArticleService.importPaths (walk, workers, durable writes), in pages per second, with the main
 * thread's event-loop delay (perf_hooks.monitorEventLoopDelay) over the whole import, and the CPU
 * time split between the main thread, the workers and the other threads (on Linux). The workers
 * are started before the clock starts (an app starts them once); their start is reported apart.
 */
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { ArticleService } from '../src-main/services/articles';
import { importArticleFile } from '../src-main/services/importers/import-article-file';
import { ImportWorkerPool } from '../src-main/services/importers/import-worker-pool';
import { readImportFile } from '../src-main/services/importers/read-import-file';
import type { Article } from '../src-main/shared/article';
import { LibraryStore } from '../src-main/store/library-store';
import { expectedDay, statesDay, wordOverlap } from './import-metrics';
import { SHARED_DIR } from './support/shared-folder';
import { splitThreadTimes, threadTimes } from './support/thread-cpu';

const CORPUS = path.join(SHARED_DIR, 'corpora/web-articles');
const TEXT_MATCH = 0.9;

interface Expected {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

interface PageResult {
  name: string;
  article: Article | null;
  error: string | null;
  expected: Expected;
  source: string;
}

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const share = (count: number, total: number) => `${((100 * count) / Math.max(1, total)).toFixed(1)} % (${count}/${total})`;

async function pageFolders(): Promise<string[]> {
  const entries = await fs.readdir(CORPUS, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function importEachPage(names: readonly string[]): Promise<PageResult[]> {
  const workers = new ImportWorkerPool();
  const results = await Promise.all(
    names.map(async (name): Promise<PageResult> => {
      const file = path.join(CORPUS, name, 'source.html');
      const expected = JSON.parse(await fs.readFile(path.join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as Expected;
      const source = await fs.readFile(file, 'utf8');
      try {
        const { article } = await importArticleFile(await readImportFile(file), { now: new Date(), workers });
        return { name, article, error: null, expected, source };
      } catch (error) {
        return { name, article: null, error: error instanceof Error ? error.message : String(error), expected, source };
      }
    }),
  );
  await workers.close();
  return results;
}

/** Readability.js's article text on jsdom, the reference environment its expected output comes from. */
async function referenceText(source: string): Promise<string> {
  const jsdomModule = 'jsdom';
  const { JSDOM, VirtualConsole } = (await import(jsdomModule)) as {
    JSDOM: new (html: string, options: { virtualConsole: unknown }) => { window: { document: Document; close(): void } };
    VirtualConsole: new () => unknown;
  };
  // A console of its own keeps jsdom's complaints about the pages' CSS out of the report.
  const dom = new JSDOM(source, { virtualConsole: new VirtualConsole() });
  const text = new Readability(dom.window.document).parse()?.textContent ?? '';
  dom.window.close();
  return text;
}

async function reportQuality(results: readonly PageResult[]): Promise<void> {
  let titles = 0;
  let bylines = 0;
  let dated = 0;
  let datesRight = 0;
  let unstated = 0;
  let texts = 0;
  const misses: string[] = [];
  for (const result of results) {
    const meta = result.article?.meta;
    if (squash(meta?.title) === squash(result.expected.title)) titles += 1;
    else misses.push(`  title   ${result.name}: ${JSON.stringify(meta?.title ?? result.error)} ≠ ${JSON.stringify(result.expected.title)}`);
    if (squash(meta?.byline) === squash(result.expected.byline)) bylines += 1;
    else misses.push(`  byline  ${result.name}: ${JSON.stringify(meta?.byline ?? null)} ≠ ${JSON.stringify(result.expected.byline ?? null)}`);
    const day = expectedDay(result.expected.publishedTime);
    const ours = meta?.published?.value.slice(0, 10) ?? null;
    if (day) {
      dated += 1;
      if (ours === day) datesRight += 1;
      else misses.push(`  date    ${result.name}: ${ours} ≠ ${day}`);
    }
    if (ours && !statesDay(result.source, ours)) {
      unstated += 1;
      misses.push(`  UNSTATED ${result.name}: ${ours} (${meta?.published?.origin})`);
    }
    const overlap = wordOverlap(result.article?.content.text ?? '', await referenceText(result.source));
    if (overlap >= TEXT_MATCH) texts += 1;
    else misses.push(`  text    ${result.name}: word-overlap F1 ${overlap.toFixed(2)}`);
  }
  console.log(`pages: ${results.length} (failed to import: ${results.filter((result) => result.error).length})`);
  console.log(`title as expected:         ${share(titles, results.length)}   (goal ≥ 95 %)`);
  console.log(`byline as expected:        ${share(bylines, results.length)}`);
  console.log(`date as expected (by day): ${share(datesRight, dated)} of the pages that have one   (goal ≥ 95 %)`);
  console.log(`text matches (F1 ≥ ${TEXT_MATCH}):     ${share(texts, results.length)}`);
  console.log(`given a date not stated:   ${share(unstated, results.length)}   (must be 0)`);
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
}

async function reportSpeed(pageCount: number): Promise<void> {
  const library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-bench-import-'));
  const store = await LibraryStore.open(library, { owner: 'cli' });
  const articles = new ArticleService(store);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  try {
    // Workers start once per app session (here from TypeScript, through tsx): timed on their own.
    const threadsBefore = threadTimes();
    const warmStart = performance.now();
    const warmPage = { bytes: Buffer.from('<html><body><p>Warm up.</p></body></html>'), name: 'warm.html', modifiedAt: new Date() };
    await Promise.all(Array.from({ length: articles.workers.size }, () => articles.workers.parse('html', warmPage)));
    console.log(`starting ${articles.workers.size} workers:       ${((performance.now() - warmStart) / 1000).toFixed(2)} s (from TypeScript sources)`);
    // The threads that appeared with the workers are theirs (the file threads started with the store).
    const workerIds = new Set([...threadTimes().keys()].filter((id) => !threadsBefore.has(id)));
    delay.enable();
    const threadsAtStart = threadTimes();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const summary = await articles.importPaths([CORPUS]);
    const seconds = (performance.now() - started) / 1000;
    // Process-wide: the main thread and the workers together.
    const cpu = process.cpuUsage(cpuBefore);
    const split = splitThreadTimes(threadsAtStart, threadTimes(), workerIds);
    delay.disable();
    console.log(`importing the folder (${os.availableParallelism()} cores, ${articles.workers.size} workers): ${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.failed} failed, ${summary.skipped} other files skipped`);
    console.log(`throughput:                ${(pageCount / seconds).toFixed(1)} pages/s (${seconds.toFixed(2)} s)   (goal ≥ 20)`);
    const cpuPerPage = (cpu.user + cpu.system) / 1000 / pageCount;
    console.log(`CPU time per page:         ${cpuPerPage.toFixed(0)} ms (all threads; at most ${((1000 * os.availableParallelism()) / cpuPerPage).toFixed(0)} pages/s if nothing else ran on the ${os.availableParallelism()} cores; load average at the start ${os.loadavg()[0]?.toFixed(1)})`);
    if (workerIds.size > 0) console.log(`CPU split per page:        main ${(split.main / pageCount).toFixed(0)} ms, workers ${(split.workers / pageCount).toFixed(0)} ms, other threads (V8 GC/compiler, file I/O) ${(split.other / pageCount).toFixed(0)} ms`);
    console.log(`event-loop delay, main:    max ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms   (goal max ≤ 50 ms)`);
  } finally {
    await articles.close();
    await store.close();
    await fs.rm(library, { recursive: true, force: true });
  }
}

const names = await pageFolders();
console.log(`web-page import on ${CORPUS}\n`);
// Speed first, while the heap is clean: the jsdom references of the quality part leave garbage behind.
await reportSpeed(names.length);
// `npm run bench:import -- --speed-only` skips the quality part (a minute of jsdom) while tuning speed.
if (!process.argv.includes('--speed-only')) {
  console.log('');
  await reportQuality(await importEachPage(names));
}
