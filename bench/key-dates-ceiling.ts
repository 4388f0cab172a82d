/**
 * How far any ranking by the two counts the key dates use could go on the Timeline17 dev folder:
 * for each timeline, the most reference days a top N can hold when it is closed under dominance
 * (a ranking that never puts a day above one with at least as many articles published and as many
 * later articles naming it, one of them more, must take every dominating day too). Chosen with
 * the reference in hand, per timeline: an oracle ceiling, not a ranker. Found greedily (the
 * reference day adding the fewest days first), so a lower bound on that ceiling.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-ceiling.ts
 */
import { loadTasks, score } from './key-dates-explore';
import { dayFeatures, type DayFeatures } from './key-dates-features';
import { baseline } from './key-dates-validate';

const dominates = (a: DayFeatures, b: DayFeatures) => a.published >= b.published && a.mentioning >= b.mentioning && (a.published > b.published || a.mentioning > b.mentioning);

const tasks = await loadTasks();
const rows: number[][] = [];
for (const task of tasks) {
  const days = dayFeatures(task.inputs);
  const upSet = new Map(days.map((day) => [day.day, new Set([day.day, ...days.filter((other) => dominates(other, day)).map((other) => other.day)])]));
  const chosen = new Set<string>();
  let remaining = days.filter((day) => task.reference.has(day.day));
  for (;;) {
    const added = remaining.map((day) => ({ day, cost: [...upSet.get(day.day)!].filter((d) => !chosen.has(d)).length })).filter(({ cost }) => chosen.size + cost <= task.dates);
    if (added.length === 0) break;
    const best = added.sort((a, b) => a.cost - b.cost)[0]!;
    for (const d of upSet.get(best.day.day)!) chosen.add(d);
    remaining = remaining.filter((day) => !chosen.has(day.day));
  }
  const fill = days.map((day) => day.day).filter((day) => !chosen.has(day) && !task.reference.has(day));
  const ceiling = score(task, [...chosen, ...fill]).dateF1;
  const present = score(task, [...task.reference.keys()].filter((day) => days.some((d) => d.day === day))).dateF1;
  rows.push([baseline(task), ceiling, present]);
  console.log(`${task.name.padEnd(20)} N=${String(task.dates).padEnd(3)} baseline ${baseline(task).toFixed(3)}  two-count ceiling ≥ ${ceiling.toFixed(3)}  every reference day that is a candidate ${present.toFixed(3)}`);
}
const mean = (column: number) => rows.reduce((sum, row) => sum + row[column]!, 0) / rows.length;
console.log(`${'mean'.padEnd(26)} baseline ${mean(0).toFixed(3)}  two-count ceiling ≥ ${mean(1).toFixed(3)}  every reference day that is a candidate ${mean(2).toFixed(3)}`);
