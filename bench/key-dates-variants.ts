/**
 * Ranking variants for the key dates, scored on the Timeline17 dev folder with every parameter
 * chosen by leave-one-topic-out (bench/key-dates-explore.ts loads and scores).
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-variants.ts [--family NAME]
 */
import { loadTasks } from './key-dates-explore';
import { baseline, evaluateFamily, type Family as ValidatedFamily } from './key-dates-validate';
import { dayFeatures, dayNumber, fuse, type DayFeatures } from './key-dates-features';

type Ranker = (days: readonly DayFeatures[]) => string[];
interface Family {
  name: string;
  /** Each setting's label and ranker. */
  grid: [string, Ranker][];
}

const window = (w: number) => (d: DayFeatures) => d.mentioningByGap.slice(1, w + 1).reduce((a, b) => a + b, 0);
const pub = (d: DayFeatures) => d.published;
const men = (d: DayFeatures) => d.mentioning;
const expl = (d: DayFeatures) => d.mentioningExplicit;

const families: Family[] = [
  { name: 'current', grid: [['rrf(pub,men)', (days) => fuse(days, [pub, men])]] },
  { name: 'rrf-k', grid: [0, 1, 2, 5, 10, 20, 60].map((k) => [`k=${k}`, (days) => fuse(days, [pub, men], k)]) },
  { name: 'window', grid: [1, 2, 3, 5, 7, 14, 30, 60].map((w) => [`w=${w}`, (days) => fuse(days, [pub, window(w)])]) },
  { name: 'explicit', grid: [['rrf(pub,expl)', (days) => fuse(days, [pub, expl])], ['rrf(pub,men,expl)', (days) => fuse(days, [pub, men, expl])]] },
  { name: 'lead', grid: [['rrf(pub,men,lead)', (days) => fuse(days, [pub, men, (d) => d.mentioningInLead])], ['rrf(pub,lead)', (days) => fuse(days, [pub, (d) => d.mentioningInLead])]] },
  { name: 'share', grid: [0, 5, 10, 20, 50, 100, 200].map((c) => [`c=${c}`, (days) => fuse(days, [pub, (d) => d.mentioning / (d.laterArticles + c)])]) },
  { name: 'share-days', grid: [1, 3, 7, 14, 30, 60].map((c) => [`c=${c}`, (days) => fuse(days, [pub, (d) => d.mentioning / (d.daysLeft + c)])]) },
  { name: 'share-expl', grid: [0, 5, 10, 20, 50, 100, 200].map((c) => [`c=${c}`, (days) => fuse(days, [pub, (d) => d.mentioningExplicit / (d.laterArticles + c)])]) },
  { name: 'men+share', grid: [5, 10, 20, 50, 100].map((c) => [`c=${c}`, (days) => fuse(days, [pub, men, (d) => d.mentioning / (d.laterArticles + c)])]) },
  { name: 'expl-weight', grid: [0.25, 0.5, 0.75, 1].map((w) => [`w=${w}`, (days) => fuse(days, [pub, men, expl], 0, [1, 1, w])]) },
  { name: 'men+a*expl', grid: [0.25, 0.5, 1, 2, 4].map((a) => [`a=${a}`, (days) => fuse(days, [pub, (d) => d.mentioning + a * d.mentioningExplicit])]) },
  { name: 'same', grid: [['rrf(same,men)', (days) => fuse(days, [(d) => d.sameDay, men])], ['rrf(pub,men,same)', (days) => fuse(days, [pub, men, (d) => d.sameDay])], ['rrf(pub+same,men)', (days) => fuse(days, [(d) => d.published + d.sameDay, men])]] },
  { name: 'rrf-k-expl', grid: [0, 1, 2, 5, 10, 60].map((k) => [`k=${k}`, (days) => fuse(days, [pub, men, expl], k)]) },
  { name: 'tie-expl', grid: [['rrf(pub,men+e*expl)', (days) => fuse(days, [pub, (d) => d.mentioning + 1e-3 * d.mentioningExplicit])], ['rrf(pub+e*men,men+e*expl)', (days) => fuse(days, [(d) => d.published + 1e-3 * d.mentioning, (d) => d.mentioning + 1e-3 * d.mentioningExplicit])], ['rrf(pub+e*men,men+e*pub)', (days) => fuse(days, [(d) => d.published + 1e-3 * d.mentioning, (d) => d.mentioning + 1e-3 * d.published])]] },
  { name: 'men+share-days', grid: [7, 14, 30, 60, 120].map((c) => [`c=${c}`, (days) => fuse(days, [pub, men, (d) => d.mentioning / (d.daysLeft + c)])]) },
  { name: 'far', grid: [2, 3, 7, 14, 30].map((g) => [`g=${g}`, (days) => fuse(days, [pub, (d) => d.mentioningByGap.slice(g).reduce((a, b) => a + b, 0)])]) },
  { name: 'men+far', grid: [2, 3, 7, 14, 30].map((g) => [`g=${g}`, (days) => fuse(days, [pub, men, (d) => d.mentioningByGap.slice(g).reduce((a, b) => a + b, 0)])]) },
  { name: 'men-loggap', grid: [['sum log(1+gap)', (days) => fuse(days, [pub, (d) => d.mentioningByGap.reduce((a, n, gap) => a + n * Math.log1p(gap), 0)])]] },
  { name: 'burst', grid: [3, 7, 14].map((w) => [`w=${w}`, (days) => fuse(days, [burst(days, w), men])] as [string, Ranker]).concat([3, 7, 14].map((w) => [`pub+burst w=${w}`, (days) => fuse(days, [pub, burst(days, w), men])])) },
  { name: 'before', grid: [0, 3, 7, 14, 30, 60].map((b) => [`b=${b}`, (days) => fuse(before(days, b), [pub, men, expl])]) },
  { name: 'before-cur', grid: [0, 3, 7, 14, 30, 60].map((b) => [`b=${b}`, (days) => fuse(before(days, b), [pub, men])]) },
  { name: 'before0-expl-weight', grid: [0.25, 0.5, 0.75, 1].map((w) => [`w=${w}`, (days) => fuse(before(days, 0), [pub, men, expl], 0, [1, 1, w])]) },
  { name: 'counts', grid: [['rrf(pub,all mentions)', (days) => fuse(days, [pub, (d) => d.mentions])], ['rrf(pub,men+same)', (days) => fuse(days, [pub, (d) => d.mentioning + d.sameDay])]] },
  { name: 'combsum', grid: [0.25, 0.5, 1, 2, 4].map((a) => [`a=${a}`, (days) => combSum(days, a)]) },
  { name: 'product', grid: [0, 1, 2, 5].map((c) => [`c=${c}`, (days) => fuse(days, [(d) => (d.published + c) * (d.mentioning + c)])]) },
  { name: 'relative-weight', grid: [1, 0.75, 0.5, 0.25, 0].map((b) => [`b=${b}`, (days) => fuse(days, [pub, (d) => d.mentioningExplicit + b * (d.mentioning - d.mentioningExplicit)])]) },
];

/** CombSUM of the two counts, each over its largest in the collection, mentions weighing `a`. */
function combSum(days: readonly DayFeatures[], a: number): string[] {
  const maxPub = Math.max(1, ...days.map(pub));
  const maxMen = Math.max(1, ...days.map(men));
  return fuse(days, [(d) => d.published / maxPub + (a * d.mentioning) / maxMen]);
}

/** Publication burst: the day's articles less the mean of the `w` days before it. */
function burst(days: readonly DayFeatures[], w: number): (d: DayFeatures) => number {
  const byNumber = new Map(days.map((d) => [dayNumber(d.day), d.published]));
  return (d) => {
    const n = dayNumber(d.day);
    let sum = 0;
    for (let k = 1; k <= w; k++) sum += byNumber.get(n - k) ?? 0;
    return d.published - sum / w;
  };
}
/** Only days from `b` days before the first article on. */
function before(days: readonly DayFeatures[], b: number): DayFeatures[] {
  const first = Math.min(...days.filter((d) => d.published > 0).map((d) => dayNumber(d.day)));
  return days.filter((d) => dayNumber(d.day) >= first - b);
}

const tasks = await loadTasks();
const only = process.argv.includes('--family') ? process.argv[process.argv.indexOf('--family') + 1] : undefined;
const baselines = tasks.map(baseline);
const featuresOf = tasks.map((task) => dayFeatures(task.inputs));
const f3 = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const onTasks = (family: Family): ValidatedFamily => ({ name: family.name, grid: family.grid.map(([label, ranker]) => [label, (index) => ranker(featuresOf[index]!)]) });
const evaluate = (family: Family, verbose: boolean) => evaluateFamily(tasks, baselines, onTasks(family), verbose);

console.log(`tasks: ${tasks.map((t) => t.name).join(' ')}\nbaseline F1 ${f3(mean(baselines))} [${baselines.map(f3).join(' ')}]`);
for (const family of families.filter((f) => !only || f.name === only)) {
  console.log(`\n${family.name}`);
  evaluate(family, true);
}
if (!only) {
  const all: Family = { name: 'all families', grid: families.flatMap((f) => f.grid.map(([label, ranker]) => [`${f.name}:${label}`, ranker] as [string, Ranker])) };
  console.log('\nchoosing among every family and setting by leave-one-topic-out:');
  const result = evaluate(all, false);
  console.log(`  in-sample best ${f3(result.inSample)}, LOTO ${f3(result.cv)} (AR1 ${f3(result.cvAr1)}, below baseline ${result.cvBelow})`);
}
