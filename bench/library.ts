/**
 * `npm run bench:library`: a generated library of 10,000 articles (about 5,000 words each, 20
 * notes on each of 1,000 of them) beside one of 100 articles (20 notes on each of 10): time from
 * start to the library listed, the search index built (first open) and loaded (later opens),
 * search latency p50/p95 over 200 queries (titles, words of every frequency, prefixes, typos, pairs),
 * note save p50/p95, and the main process's memory after opening and building or loading the index.
 * Each phase runs in a fresh Node process (as the app's main process would start); the libraries
 * are written straight to disk and deleted afterwards (10,000 articles take about 700 MB).
 * The longest event-loop block while the index is built or loaded is measured too (wall time, and
 * CPU time, which other load on the machine does not inflate). Set BENCH_ARTICLES to change the large size.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateLibrary, vocabulary, type LibraryShape } from './library-generate';
import type { PhaseResult } from './library-measure';
import { seededRandom } from './support/shared-folder';

const LARGE = Number(process.env.BENCH_ARTICLES ?? 10_000);
// blockMs: the longest the main process may go without answering while the index loads (a response within 100 ms feels immediate).
const GOALS = { searchP95: 30, saveP95: 15, saveRatio: 1.5, listedMs: 500, rssMb: 500, blockMs: 100 };

function queries(titles: readonly string[]): string[] {
  const random = seededRandom(3);
  const words = vocabulary();
  const pick = (from: number, to: number) => words[from + Math.floor(random() * (to - from))] as string;
  const list: string[] = [];
  for (let index = 0; index < 40; index += 1) {
    list.push(titles[Math.floor(random() * titles.length)] as string);
    list.push(pick(0, 200));
    list.push(pick(200, 20_000));
    list.push(`${pick(0, 2_000)} ${pick(0, 2_000)}`);
    const long = pick(1_000, 40_000);
    list.push(index % 2 === 0 ? long.slice(0, 4) : `${long.slice(0, 2)}${long[3] ?? ''}${long[2] ?? ''}${long.slice(4)}`);
  }
  return list;
}

function runPhase(phase: 'build' | 'use', dir: string, queriesFile: string): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'library-measure.ts'), [phase, dir, queriesFile], { execArgv: ['--import', 'tsx', '--expose-gc'] });
    let result: PhaseResult | null = null;
    child.on('message', (message) => (result = message as PhaseResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`the ${phase} phase exited with ${code}`))));
  });
}

async function benchmark(shape: LibraryShape): Promise<{ build: PhaseResult; use: PhaseResult; generateMs: number; diskMb: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `dateline-bench-library-${shape.articles}-`));
  try {
    const started = performance.now();
    const { titles } = await generateLibrary(dir, shape);
    const generateMs = performance.now() - started;
    const queriesFile = path.join(dir, '..', `${path.basename(dir)}-queries.json`);
    await fs.writeFile(queriesFile, JSON.stringify(queries(titles)));
    const diskMb = Math.round(Number((await fs.stat(dir)).size) && (await folderSize(dir)) / 1e6);
    const build = await runPhase('build', dir, queriesFile);
    const use = await runPhase('use', dir, queriesFile);
    await fs.rm(queriesFile, { force: true });
    return { build, use, generateMs, diskMb };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const small = await benchmark({ articles: 100, wordsPerArticle: 5_000, articlesWithNotes: 10, notesPerArticle: 20 });
const large = await benchmark({ articles: LARGE, wordsPerArticle: 5_000, articlesWithNotes: LARGE / 10, notesPerArticle: 20 });
const rows: [string, (run: typeof small) => string, string][] = [
  ['library on disk', (run) => `${run.diskMb} MB`, ''],
  ['listed (open + articles:list), later start', (run) => ms(run.use.listedMs), `≤ ${GOALS.listedMs} ms`],
  ['listed, first start', (run) => ms(run.build.listedMs), ''],
  ['articles:query (tags, notes, read state)', (run) => ms(run.use.queryListMs), ''],
  ['search index built (first open)', (run) => ms(run.build.indexMs), ''],
  ['search index saved (on close)', (run) => ms(run.build.closeMs), ''],
  ['search index loaded (later opens)', (run) => ms(run.use.indexMs), ''],
  ['longest block, index built (wall/CPU)', (run) => `${ms(run.build.blockMs.wall)} / ${ms(run.build.blockMs.cpu)}`, ''],
  ['longest block, index loaded (wall/CPU)', (run) => `${ms(run.use.blockMs.wall)} / ${ms(run.use.blockMs.cpu)}`, `≤ ${GOALS.blockMs} ms CPU`],
  ['search p50', (run) => ms(run.use.search?.p50 ?? Number.NaN), ''],
  ['search p95', (run) => ms(run.use.search?.p95 ?? Number.NaN), `≤ ${GOALS.searchP95} ms`],
  ['note save p50', (run) => ms(run.use.noteSave?.p50 ?? Number.NaN), ''],
  ['note save p95', (run) => ms(run.use.noteSave?.p95 ?? Number.NaN), `≤ ${GOALS.saveP95} ms, ≤ ${GOALS.saveRatio}× small`],
  ['main process RSS, index built', (run) => `${run.build.rssMb} MB`, ''],
  ['main process RSS, index loaded', (run) => `${run.use.rssMb} MB (heap ${run.use.heapMb} MB)`, `≤ ${GOALS.rssMb} MB`],
];
console.log(`\nbench:library — 5,000-word articles; search indexes titles, sources, notes and every word of every article\n`);
console.log(`${'metric'.padEnd(44)}${'100 articles'.padEnd(24)}${`${LARGE.toLocaleString('en')} articles`.padEnd(28)}goal`);
for (const [name, value, goal] of rows) console.log(`${name.padEnd(44)}${value(small).padEnd(24)}${value(large).padEnd(28)}${goal}`);
const ratio = (large.use.noteSave?.p95 ?? Number.NaN) / (small.use.noteSave?.p95 ?? Number.NaN);
const checks = [
  ['search p95', (large.use.search?.p95 ?? Infinity) <= GOALS.searchP95],
  ['note save p95', (large.use.noteSave?.p95 ?? Infinity) <= GOALS.saveP95],
  [`note save p95 ratio ${ratio.toFixed(2)}×`, ratio <= GOALS.saveRatio],
  ['listed', large.use.listedMs <= GOALS.listedMs],
  ['memory', large.use.rssMb <= GOALS.rssMb],
  ['event loop while the index loads', large.use.blockMs.cpu <= GOALS.blockMs],
] as const;
console.log(`\n${checks.map(([name, isMet]) => `${isMet ? 'met' : 'MISSED'}: ${name}`).join('\n')}`);
console.log(`(generating the ${LARGE.toLocaleString('en')}-article library took ${(large.generateMs / 1000).toFixed(1)} s; it has been deleted)`);
