/**
 * `npm run bench:library-open`: what the window waits for when it opens a library — the store
 * opened and the services built, then the calls the library list makes on load (`library:status`,
 * the first `articles:query` page, `notes:counts`, `tags:list`), each through the real IPC
 * dispatcher (input and output checked against the contract) and copied once with structuredClone
 * as Electron's IPC would. Printed for 100 and 10,000 articles side by side (10 % of them with 20
 * notes each), for a first start (nothing derived saved yet) and a later one (the app's usual
 * case: note counts saved at the last close). Each start is a fresh Node process, on a library
 * generated in a temp folder and deleted afterwards. Beside wall time, the process's CPU time:
 * on a busy machine it is the steadier figure. Opening never reads article bodies, so the articles are short
 * (BENCH_WORDS, 300 words by default); BENCH_ARTICLES changes the large size.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher, APP_ORIGIN } from '../src-main/ipc/handle';
import { createHandlerTable } from '../src-main/ipc/handler-table';
import { createServices } from '../src-main/services/create-services';
import { LibraryStore } from '../src-main/store/library-store';
import { generateLibrary } from './library-generate';

const LARGE = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORDS = Number(process.env.BENCH_WORDS ?? 300);
const GOAL_MS = 500;

/** One size's figures, in milliseconds. */
interface OpenResult {
  articles: number;
  openMs: number;
  statusMs: number;
  queryMs: number;
  countsMs: number;
  tagsMs: number;
  /** A second `articles:query` (a sort or filter change), once everything is loaded. */
  requeryMs: number;
  totalMs: number;
  /** CPU time (user + system) of the process from the open to the list, in milliseconds. */
  totalCpuMs: number;
}

/** Runs in the child: opens the library in `dir` and times the window's first calls. */
async function measure(dir: string): Promise<OpenResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const services = createServices(await LibraryStore.open(dir, { owner: 'app' }));
  const dispatch = createDispatcher(createHandlerTable(services));
  const openMs = performance.now() - started;
  const frame = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true };
  const call = async (channel: string, input?: unknown): Promise<{ ms: number; size: number }> => {
    const at = performance.now();
    const result = await dispatch(frame, channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    const copy = structuredClone(result.value);
    return { ms: performance.now() - at, size: Array.isArray(copy) ? copy.length : Object.keys(copy as object).length };
  };
  const status = await call('library:status');
  const query = await call('articles:query', {});
  const counts = await call('notes:counts');
  const tags = await call('tags:list');
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const totalCpuMs = (used.user + used.system) / 1000;
  const requery = await call('articles:query', { sort: 'title' });
  if (query.size !== requery.size) throw new Error('the two queries listed different articles');
  await services.store.close();
  await services.articles.close();
  return { articles: query.size, openMs, statusMs: status.ms, queryMs: query.ms, countsMs: counts.ms, tagsMs: tags.ms, requeryMs: requery.ms, totalMs, totalCpuMs };
}

function runChild(dir: string): Promise<OpenResult> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['measure', dir], { execArgv: ['--import', 'tsx'] });
    let result: OpenResult | null = null;
    child.on('message', (message) => (result = message as OpenResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`the measurement exited with ${code}`))));
  });
}

async function benchmark(articles: number): Promise<{ first: OpenResult; later: OpenResult }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `dateline-bench-open-${articles}-`));
  try {
    await generateLibrary(dir, { articles, wordsPerArticle: WORDS, articlesWithNotes: Math.ceil(articles / 10), notesPerArticle: 20 });
    const first = await runChild(dir);
    return { first, later: await runChild(dir) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'measure') {
  process.send?.(await measure(process.argv[3] ?? ''));
} else {
  const small = await benchmark(100);
  const large = await benchmark(LARGE);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const rows: [string, (run: { first: OpenResult; later: OpenResult }) => string, string][] = [
    ['articles listed', (run) => String(run.later.articles), ''],
    ['open library + build services', (run) => ms(run.later.openMs), ''],
    ['library:status', (run) => ms(run.later.statusMs), ''],
    ['articles:query (the whole list)', (run) => ms(run.later.queryMs), ''],
    ['notes:counts', (run) => ms(run.later.countsMs), ''],
    ['tags:list', (run) => ms(run.later.tagsMs), ''],
    ['library listed (all of the above)', (run) => ms(run.later.totalMs), `≤ ${GOAL_MS} ms`],
    ['  the same in CPU time', (run) => ms(run.later.totalCpuMs), ''],
    ['articles:query again (sorted by title)', (run) => ms(run.later.requeryMs), ''],
    ['first start: library listed', (run) => ms(run.first.totalMs), ''],
    ['first start: the same in CPU time', (run) => ms(run.first.totalCpuMs), ''],
  ];
  console.log(`\nbench:library-open — ${WORDS}-word articles, 1 in 10 with 20 notes; each call through the IPC dispatcher; a later start unless said\n`);
  console.log(`${'metric'.padEnd(42)}${'100 articles'.padEnd(18)}${`${LARGE.toLocaleString('en')} articles`.padEnd(18)}goal`);
  for (const [name, value, goal] of rows) console.log(`${name.padEnd(42)}${value(small).padEnd(18)}${value(large).padEnd(18)}${goal}`);
  const isMet = large.later.totalMs <= GOAL_MS;
  console.log(`\n${isMet ? 'met' : 'MISSED'}: library listed at ${LARGE.toLocaleString('en')} articles (CPU ${ms(large.later.totalCpuMs)}; wall time counts the machine's other load)`);
}
