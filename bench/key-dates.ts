/**
 * bench:key-dates — the collection timeline's key dates against timelines written by journalists
 * (Timeline17, ../shared/corpora/timeline17-dev). For each task: import the folder's articles into
 * a temp library through the real services (publication date = the day folder, source = the
 * folder's suffix), build the key dates with N = the reference's number of dates and k = its mean
 * sentences per date, and score them with ../shared/tools/tls-eval.mjs (date-selection F1,
 * alignment ROUGE-1 F1). Beside it, the baseline: the N days with the most articles.
 *
 * By default every article of the folder is imported (a user's collection); `--range reference`
 * keeps only those published between the first and last reference date (the literature's protocol).
 */
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../src-main/services/create-services';
import { LibraryStore } from '../src-main/store/library-store';
import { importTaskDays, loadTimelineTasks, type TimelineTask } from './key-dates-corpus';
import { readReference, scoreTimeline, type Score, type SystemTimeline } from './key-dates-score';
import { SHARED_DIR } from './support/shared-folder';

interface TaskResult {
  name: string;
  articles: number;
  dates: number;
  sentences: number;
  ours: Score;
  baseline: Score;
  seconds: number;
}

const isReferenceRange = process.argv.includes('--range') && process.argv[process.argv.indexOf('--range') + 1] === 'reference';
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);

async function runTask(task: TimelineTask): Promise<TaskResult> {
  const started = performance.now();
  const reference = await readReference(task.referenceFile);
  const referenceDays = [...reference.keys()].sort();
  const dates = reference.size;
  const sentences = Math.max(1, Math.round([...reference.values()].reduce((sum, lines) => sum + lines.length, 0) / dates));
  const first = referenceDays[0] as string;
  const last = referenceDays.at(-1) as string;
  const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-key-dates-'));
  const sourceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-key-dates-src-'));
  const services = createServices(await LibraryStore.open(libraryDir, { owner: 'cli' }));
  try {
    await importTaskDays(services, sourceDir, task, (day) => !isReferenceRange || (day >= first && day <= last));
    const collection = await services.timeline.collection.build({ keyDates: dates, sentences });
    const ours: SystemTimeline = collection.keyDates.map((keyDate) => ({ date: keyDate.value, sentences: keyDate.summary }));
    return {
      name: task.name,
      articles: collection.articleCount,
      dates,
      sentences,
      ours: await scoreTimeline(task.referenceFile, ours),
      baseline: await scoreTimeline(task.referenceFile, busiestDays(services.articles.list().map((meta) => meta.published?.value.slice(0, 10) ?? ''), dates)),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await services.store.close();
    await services.articles.close();
    await fs.rm(libraryDir, { recursive: true, force: true });
    await fs.rm(sourceDir, { recursive: true, force: true });
  }
}

/** The baseline: the `count` days with the most articles published, ties to the earlier day. */
function busiestDays(days: readonly string[], count: number): SystemTimeline {
  const counts = new Map<string, number>();
  for (const day of days) if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([date]) => ({ date, sentences: [] }));
}

const f3 = (value: number) => value.toFixed(3);

async function main(): Promise<void> {
  const tasks = (await loadTimelineTasks(path.join(SHARED_DIR, 'corpora', 'timeline17-dev'))).filter((task) => !only || task.name === only);
  console.log(`Key dates against Timeline17 (${tasks.length} timelines; articles: ${isReferenceRange ? 'published within the reference range' : 'the whole folder'})\n`);
  console.log(`${'timeline'.padEnd(22)}${'articles'.padStart(9)}${'N'.padStart(4)}${'k'.padStart(3)}   date F1  baseline  AR1 F1   time`);
  const results: TaskResult[] = [];
  for (const task of tasks) {
    const result = await runTask(task);
    results.push(result);
    const flag = result.ours.dateF1 < result.baseline.dateF1 ? '  BELOW BASELINE' : '';
    console.log(`${result.name.padEnd(22)}${String(result.articles).padStart(9)}${String(result.dates).padStart(4)}${String(result.sentences).padStart(3)}   ${f3(result.ours.dateF1)}    ${f3(result.baseline.dateF1)}    ${f3(result.ours.ar1F1)}  ${result.seconds.toFixed(1)}s${flag}`);
  }
  const mean = (pick: (result: TaskResult) => number) => results.reduce((sum, result) => sum + pick(result), 0) / results.length;
  const pooled = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  console.log(`${'mean'.padEnd(38)}   ${f3(mean((r) => r.ours.dateF1))}    ${f3(mean((r) => r.baseline.dateF1))}    ${f3(mean((r) => r.ours.ar1F1))}`);
  console.log(`date F1 of mean P and R (news-tls): ours ${f3(pooled(mean((r) => r.ours.dateP), mean((r) => r.ours.dateR)))}, baseline ${f3(pooled(mean((r) => r.baseline.dateP), mean((r) => r.baseline.dateR)))}`);
  const below = results.filter((result) => result.ours.dateF1 < result.baseline.dateF1).map((result) => result.name);
  console.log(`\nGoals: mean date F1 ≥ 0.65 ${mean((r) => r.ours.dateF1) >= 0.65 ? 'met' : 'NOT met'}; none below its baseline ${below.length === 0 ? 'met' : `NOT met (${below.join(', ')})`}; mean AR1 ≥ 0.13 ${mean((r) => r.ours.ar1F1) >= 0.13 ? 'met' : 'NOT met'}.`);
}

await main();
