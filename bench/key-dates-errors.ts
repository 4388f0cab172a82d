/**
 * Error analysis of the key dates on the Timeline17 dev folder (from the cache of
 * bench/key-dates-explore.ts): for each timeline, the reference days the current ranking gets
 * (HIT), misses (MISS) and the days it picks that are not reference days (WRONG), each with
 * p = articles published that day (rank), m = later articles naming it (rank), e = of them naming
 * it by an explicit date, L = in their opening sentences, s = articles of the day naming it, # =
 * its place in the ranking.
 *
 * What it showed (Nov 2025): Egypt (1.000) and Haiti (0.909) are short, dense stories where nearly
 * every busy day is a reference day. The misses are of two kinds: H1N1 days before coverage starts
 * (2009-04-12 … 04-24: no articles, 1-3 later mentions, often explicit) and the late days of the
 * long Libya war (April-October: 0-3 articles, 2-7 mentions), while the wrong picks are busy days
 * of the early weeks (LibyaWar_reuters March 1-8: 9-16 articles, few explicit mentions). The
 * LibyaWar_reuters misses are nearly all named by Reuters' own chronologies in the collection (see
 * bench/key-dates-chronology.ts).
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-errors.ts
 */
import { loadTasks, score } from './key-dates-explore';
import { dayFeatures, fuse, ranksBy } from './key-dates-features';
import { baseline } from './key-dates-validate';

const tasks = await loadTasks();
for (const task of tasks) {
  const days = dayFeatures(task.inputs);
  const ranked = fuse(days, [(d) => d.published, (d) => d.mentioning]);
  const top = new Set(ranked.slice(0, task.dates));
  const byDay = new Map(days.map((d) => [d.day, d]));
  const publishedRank = ranksBy(days, (d) => d.published);
  const mentionRank = ranksBy(days, (d) => d.mentioning);
  const place = new Map(ranked.map((day, index) => [day, index + 1]));
  const describe = (day: string) => {
    const d = byDay.get(day);
    if (!d) return `${day} (not a candidate)`;
    return `${day} p${d.published}(r${publishedRank.get(day) ?? '-'}) m${d.mentioning}(r${mentionRank.get(day) ?? '-'}) e${d.mentioningExplicit} L${d.mentioningInLead} s${d.sameDay} #${place.get(day)}`;
  };
  const reference = [...task.reference.keys()].sort();
  console.log(`\n== ${task.name} N=${task.dates} F1 ${score(task, ranked).dateF1.toFixed(3)} baseline ${baseline(task).toFixed(3)}, ${task.inputs.length} articles, days ${days[0]?.day}..${days.at(-1)?.day}`);
  console.log(` HIT   ${reference.filter((d) => top.has(d)).map(describe).join('\n       ')}`);
  console.log(` MISS  ${reference.filter((d) => !top.has(d)).map(describe).join('\n       ')}`);
  console.log(` WRONG ${[...top].filter((d) => !task.reference.has(d)).sort().map(describe).join('\n       ')}`);
}
