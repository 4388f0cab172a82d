/**
 * The measured half of `bench/library.ts`, run in a fresh process per phase so that its memory is
 * what the app's main process would hold: `build` opens a library that has no search index and
 * builds one (then saves it on close); `use` opens it again as the app would on a later start.
 */
import * as fs from 'node:fs/promises';
import { createServices } from '../src-main/services/create-services';
import { queryLibrary } from '../src-main/services/library-list';
import { LibraryStore } from '../src-main/store/library-store';
import { percentile } from './support/shared-folder';

/** What one phase measured; times in milliseconds, memory in megabytes. */
export interface PhaseResult {
  listedMs: number;
  queryListMs: number;
  indexMs: number;
  /** The longest the event loop went without a turn while the index was built or loaded: wall time, and this process's CPU time (which the machine's load does not inflate). */
  blockMs: { wall: number; cpu: number };
  closeMs: number;
  rssMb: number;
  heapMb: number;
  search: { p50: number; p95: number; queries: number } | null;
  noteSave: { p50: number; p95: number; saves: number } | null;
}

const SAVES = 200;
const megabytes = (bytes: number) => Math.round(bytes / 1e6);

async function measure(phase: string, dir: string, queriesFile: string): Promise<PhaseResult> {
  const started = performance.now();
  const services = createServices(await LibraryStore.open(dir, { owner: 'app' }));
  const list = services.articles.list();
  const listedMs = performance.now() - started;
  if (list.length === 0) throw new Error('the generated library is empty');
  const queryStarted = performance.now();
  await queryLibrary(services.store, services.noteCatalogue, { sort: 'published' });
  const queryListMs = performance.now() - queryStarted;

  const indexStarted = performance.now();
  const watch = watchEventLoop();
  await services.search.prepare();
  const blockMs = watch.stop();
  const indexMs = performance.now() - indexStarted;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();

  let search: PhaseResult['search'] = null;
  let noteSave: PhaseResult['noteSave'] = null;
  if (phase === 'use') {
    const queries = JSON.parse(await fs.readFile(queriesFile, 'utf8')) as string[];
    for (const query of queries.slice(0, 10)) await services.search.search({ query });
    const times: number[] = [];
    for (const query of queries) {
      const at = performance.now();
      // A page of hits as the search palette asks for it (the service's default, 10).
      await services.search.search({ query });
      times.push(performance.now() - at);
    }
    search = { p50: percentile(times, 0.5), p95: percentile(times, 0.95), queries: times.length };
    const saves: number[] = [];
    for (let save = 0; save < SAVES; save += 1) {
      const articleId = (list[(save * 7919) % list.length] as { id: string }).id;
      const at = performance.now();
      await services.notes.create({ articleId, range: { start: 0, end: 12 }, body: `bench note ${save}` });
      saves.push(performance.now() - at);
    }
    noteSave = { p50: percentile(saves, 0.5), p95: percentile(saves, 0.95), saves: saves.length };
  }
  const closeStarted = performance.now();
  await services.store.close();
  await services.articles.close();
  return { listedMs, queryListMs, indexMs, blockMs, closeMs: performance.now() - closeStarted, rssMb: megabytes(memory.rss), heapMb: megabytes(memory.heapUsed), search, noteSave };
}

/**
 * Watches the event loop with a 1 ms timer: the longest gap between two of its turns is the longest
 * the main process could not answer a click or an IPC call.
 */
function watchEventLoop(): { stop: () => { wall: number; cpu: number } } {
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const longest = { wall: 0, cpu: 0 };
  const timer = setInterval(() => {
    const used = process.cpuUsage(cpu);
    longest.cpu = Math.max(longest.cpu, (used.user + used.system) / 1000);
    longest.wall = Math.max(longest.wall, performance.now() - wall);
    wall = performance.now();
    cpu = process.cpuUsage();
  }, 1);
  return {
    stop: () => {
      clearInterval(timer);
      return longest;
    },
  };
}

const [phase, dir, queriesFile] = process.argv.slice(2);
const result = await measure(phase ?? 'use', dir ?? '', queriesFile ?? '');
process.send?.(result);
