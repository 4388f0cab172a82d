/**
 * Exploration for bench:key-dates (not a benchmark of the app): scores ranking variants of the key
 * dates on the Timeline17 dev folder without re-extracting anything, and validates every tuned
 * parameter by leave-one-topic-out (tune on three topics, score the held-out one).
 *
 * The first run imports each folder through the real services, as bench/key-dates.ts does, and
 * caches the collection's key-date inputs (articles, events, leads) in a JSON file; later runs read
 * that. Scoring is tls-eval.mjs's own `evaluate`, in process.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-explore.ts [--cache FILE] [--rebuild]
 */
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rankKeyDates, type KeyDateArticle } from '../src-main/core/timeline/key-dates';
import { createServices } from '../src-main/services/create-services';
import { LibraryStore } from '../src-main/store/library-store';
import { importTaskDays, loadTimelineTasks } from './key-dates-corpus';
import { SHARED_DIR } from './support/shared-folder';

const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const CACHE = argument('--cache') ?? path.join(os.tmpdir(), 'dateline-key-dates-inputs.json');

interface CachedFolder {
  name: string;
  inputs: KeyDateArticle[];
}

/** One reference timeline with its folder's cached key-date inputs. */
export interface Task {
  name: string;
  /** The story (`libyawar`): the unit left out in leave-one-topic-out. */
  topic: string;
  reference: Map<string, string[]>;
  inputs: KeyDateArticle[];
  /** N and k as the bench asks. */
  dates: number;
  sentences: number;
  /** Every rankable day's summary, as rankKeyDates gives it (the summary of a day does not depend on its rank). */
  summaries: Map<string, string[]>;
}

interface Scorer {
  evaluate: (system: Map<string, string[]>, references: Map<string, string[]>[], options: object) => { date: { f: number }; align_plus_m1_r1: { f: number } };
  parseTimelineText: (text: string, name?: string) => { timeline: Map<string, string[]> };
  loadWordNetExceptions: (file: string) => unknown;
  DEFAULT_WORDNET_EXC: string;
}

const scorer = (await import(pathToFileURL(path.join(SHARED_DIR, 'tools', 'tls-eval.mjs')).href)) as Scorer;
const scoreOptions = { exceptions: scorer.loadWordNetExceptions(scorer.DEFAULT_WORDNET_EXC) };

async function buildCache(): Promise<CachedFolder[]> {
  const tasks = await loadTimelineTasks(path.join(SHARED_DIR, 'corpora', 'timeline17-dev'));
  const folders: CachedFolder[] = [];
  for (const task of tasks) {
    if (folders.some((folder) => folder.name === task.name)) continue;
    const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-key-dates-'));
    const sourceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-key-dates-src-'));
    const services = createServices(await LibraryStore.open(libraryDir, { owner: 'cli' }));
    try {
      await importTaskDays(services, sourceDir, task);
      folders.push({ name: task.name, inputs: await services.timeline.collection.inputsOf() });
      console.error(`cached ${task.name}`);
    } finally {
      await services.store.close();
      await services.articles.close();
      await fs.rm(libraryDir, { recursive: true, force: true });
      await fs.rm(sourceDir, { recursive: true, force: true });
    }
  }
  return folders;
}

/** Every task of the dev folder, from the cache (built on the first run or with `--rebuild`). */
export async function loadTasks(): Promise<Task[]> {
  let folders: CachedFolder[];
  try {
    if (process.argv.includes('--rebuild')) throw new Error('rebuild');
    folders = JSON.parse(await fs.readFile(CACHE, 'utf8')) as CachedFolder[];
  } catch {
    folders = await buildCache();
    await fs.writeFile(CACHE, JSON.stringify(folders));
  }
  const corpusDir = path.join(SHARED_DIR, 'corpora', 'timeline17-dev');
  const tasks: Task[] = [];
  for (const folder of folders) {
    const timelinesDir = path.join(corpusDir, folder.name, 'timelines');
    for (const file of (await fs.readdir(timelinesDir)).filter((name) => name.endsWith('.txt')).sort()) {
      const reference = scorer.parseTimelineText(await fs.readFile(path.join(timelinesDir, file), 'utf8'), file).timeline;
      const dates = reference.size;
      const sentences = Math.max(1, Math.round([...reference.values()].reduce((sum, lines) => sum + lines.length, 0) / dates));
      const summaries = new Map(rankKeyDates(folder.inputs, { count: 1e6, sentences }).map((keyDate) => [keyDate.value, keyDate.summary]));
      tasks.push({ name: folder.name, topic: folder.name.split('_')[0]!.toLowerCase(), reference, inputs: folder.inputs, dates, sentences, summaries });
    }
  }
  return tasks;
}

/** Date-selection F1 and alignment ROUGE-1 F1 of one timeline. */
export interface TaskScore {
  dateF1: number;
  ar1: number;
}

/** Scores a ranked list of days (the first N are taken) on a task, with the days' summaries. */
export function score(task: Task, ranked: readonly string[]): TaskScore {
  const system = new Map(ranked.slice(0, task.dates).map((day) => [day, task.summaries.get(day) ?? []]));
  const result = scorer.evaluate(system, [task.reference], scoreOptions);
  return { dateF1: result.date.f, ar1: result.align_plus_m1_r1.f };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tasks = await loadTasks();
  for (const task of tasks) {
    const ranked = rankKeyDates(task.inputs, { count: task.dates }).map((keyDate) => keyDate.value);
    const result = score(task, ranked);
    console.log(task.name.padEnd(22), result.dateF1.toFixed(3), result.ar1.toFixed(3));
  }
}
