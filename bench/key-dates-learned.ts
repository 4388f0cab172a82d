/**
 * A learned date ranker in the manner of DATEWISE (Gholipour Ghalandari & Ifrim 2020): logistic
 * regression over per-day features, trained on three topics and scored on the held-out fourth.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-learned.ts
 */
import { loadTasks, score } from './key-dates-explore';
import { dayFeatures, ranksBy, type DayFeatures } from './key-dates-features';

const tasks = await loadTasks();
const topics = [...new Set(tasks.map((task) => task.topic))];
const sets: Record<string, (d: DayFeatures) => number>= {
  pub: (d) => d.published,
  men: (d) => d.mentioning,
  expl: (d) => d.mentioningExplicit,
  lead: (d) => d.mentioningInLead,
  same: (d) => d.sameDay,
  w7: (d) => d.mentioningByGap.slice(1, 8).reduce((a, b) => a + b, 0),
  share: (d) => d.mentioning / (d.laterArticles + 20),
};
const featureNames = (process.argv[2] ?? 'pub,men,expl').split(',');
function vectors(days: readonly DayFeatures[]): number[][] {
  const columns = featureNames.flatMap((name) => {
    const value = sets[name]!;
    const max = Math.max(1e-9, ...days.map(value));
    const ranks = ranksBy(days, value);
    return [days.map((d) => Math.log1p(value(d)) / Math.log1p(max)), days.map((d) => 1 / (ranks.get(d.day) ?? Infinity))];
  });
  return days.map((_, i) => [1, ...columns.map((c) => c[i]!)]);
}
const data = tasks.map((task) => {
  const days = dayFeatures(task.inputs);
  return { task, days, x: vectors(days), y: days.map((d) => (task.reference.has(d.day) ? 1 : 0)) };
});
function train(rows: { x: number[][]; y: number[] }[], l2 = 0.01): number[] {
  const dim = rows[0]!.x[0]!.length;
  const w = new Array<number>(dim).fill(0);
  for (let epoch = 0; epoch < 3000; epoch++) {
    const grad = new Array<number>(dim).fill(0);
    for (const { x, y } of rows) {
      const weight = 1 / x.length; // each timeline weighs the same
      x.forEach((xi, i) => {
        const p = 1 / (1 + Math.exp(-xi.reduce((s, v, k) => s + v * w[k]!, 0)));
        xi.forEach((v, k) => (grad[k]! += weight * (p - y[i]!) * v));
      });
    }
    w.forEach((_, k) => (w[k]! -= 0.5 * (grad[k]! / rows.length + (k ? l2 * w[k]! : 0))));
  }
  return w;
}
const held: number[] = [];
const ar: number[] = [];
for (const topic of topics) {
  const w = train(data.filter((d) => d.task.topic !== topic));
  console.log(topic, w.map((v) => v.toFixed(2)).join(' '));
  for (const d of data.filter((d) => d.task.topic === topic)) {
    const ranked = d.days.map((day, i) => ({ day: day.day, s: d.x[i]!.reduce((s, v, k) => s + v * w[k]!, 0) })).sort((a, b) => b.s - a.s || a.day.localeCompare(b.day)).map((r) => r.day);
    const s = score(d.task, ranked);
    held[tasks.indexOf(d.task)] = s.dateF1;
    ar[tasks.indexOf(d.task)] = s.ar1;
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${featureNames.join(',')} LOTO F1 ${mean(held).toFixed(3)} AR1 ${mean(ar).toFixed(3)} [${held.map((v) => v.toFixed(3)).join(' ')}]`);
