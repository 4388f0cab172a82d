/**
 * Leave-one-topic-out validation for the key-dates exploration (bench/key-dates-variants.ts,
 * bench/key-dates-signals.ts): a family of rankers is scored on every timeline; for each topic the
 * setting is chosen on the other topics (no timeline below its baseline first, then the best mean
 * date F1) and scored on the held-out one.
 */
import { score, type Task } from './key-dates-explore';

/** A ranker of one task (by its index in the task list): its days, best first. */
export type TaskRanker = (taskIndex: number) => string[];

/** A ranker with its settings: each setting's label and ranker. */
export interface Family {
  name: string;
  grid: [string, TaskRanker][];
}

/** What leave-one-topic-out says of a family. */
export interface FamilyResult {
  /** The best setting's mean date F1 on all timelines (chosen on them: optimistic). */
  inSample: number;
  /** Mean held-out date F1 and alignment ROUGE-1. */
  cv: number;
  cvAr1: number;
  /** Held-out timelines below their baseline. */
  cvBelow: number;
  /** Held-out date F1 per timeline. */
  held: number[];
  /** The setting chosen for each held-out topic, `topic:label`. */
  picks: string[];
}

const f3 = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The busiest-days baseline's date F1 of a task. */
export function baseline(task: Task): number {
  const counts = new Map<string, number>();
  for (const article of task.inputs) if (article.published) counts.set(article.published, (counts.get(article.published) ?? 0) + 1);
  const days = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([day]) => day);
  return score(task, days).dateF1;
}

/** Scores every setting of a family and validates the choice of setting by leave-one-topic-out. */
export function evaluateFamily(tasks: readonly Task[], baselines: readonly number[], family: Family, verbose: boolean): FamilyResult {
  const topics = [...new Set(tasks.map((task) => task.topic))];
  const scores = family.grid.map(([, ranker]) => tasks.map((task, index) => score(task, ranker(index))));
  if (verbose)
    family.grid.forEach(([label], setting) => {
      const row = scores[setting]!;
      const below = row.filter((s, i) => s.dateF1 < baselines[i]! - 1e-9).length;
      console.log(`  ${label.padEnd(22)} F1 ${f3(mean(row.map((s) => s.dateF1)))}  AR1 ${f3(mean(row.map((s) => s.ar1)))}  below ${below}  [${row.map((s) => f3(s.dateF1)).join(' ')}]`);
    });
  const held: { f1: number; ar1: number; below: boolean }[] = new Array(tasks.length);
  const picks: string[] = [];
  for (const topic of topics) {
    const train = tasks.map((task, i) => (task.topic !== topic ? i : -1)).filter((i) => i >= 0);
    const fit = (setting: number) => [-train.filter((i) => scores[setting]![i]!.dateF1 < baselines[i]! - 1e-9).length, mean(train.map((i) => scores[setting]![i]!.dateF1))] as const;
    let best = 0;
    family.grid.forEach((_, setting) => {
      const [below, f1] = fit(setting);
      const [bestBelow, bestF1] = fit(best);
      if (below > bestBelow || (below === bestBelow && f1 > bestF1 + 1e-9)) best = setting;
    });
    picks.push(`${topic}:${family.grid[best]![0]}`);
    tasks.forEach((task, i) => {
      if (task.topic === topic) held[i] = { f1: scores[best]![i]!.dateF1, ar1: scores[best]![i]!.ar1, below: scores[best]![i]!.dateF1 < baselines[i]! - 1e-9 };
    });
  }
  const result: FamilyResult = {
    inSample: Math.max(...scores.map((row) => mean(row.map((s) => s.dateF1)))),
    cv: mean(held.map((h) => h.f1)),
    cvAr1: mean(held.map((h) => h.ar1)),
    cvBelow: held.filter((h) => h.below).length,
    held: held.map((h) => h.f1),
    picks,
  };
  if (verbose) console.log(`  LOTO: F1 ${f3(result.cv)} AR1 ${f3(result.cvAr1)} below ${result.cvBelow} [${result.held.map(f3).join(' ')}]  picks ${picks.join(' ')}`);
  return result;
}
