/**
 * New per-day signals for the key dates (issue #5; counted in bench/key-dates-signal-counts.ts),
 * each family validated by leave-one-topic-out (bench/key-dates-validate.ts) against the current
 * fusion of published and mentioning counts: near-duplicate articles collapsed, mention quality
 * (reporting and event clauses), PageRank over days, mentions normalised per article or by order,
 * precision of the mention, local shares and re-ranking (temporal spread), relevance to the
 * collection, agreement among the sentences naming a day, days named ahead, the next day's
 * articles, weekday-normalised articles, sentence counts, and spreading the dates over the story
 * by period (D'Hondt). Each family is scored on its own and with the current ranking as one more
 * option; last, every setting of every family at once.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-signals.ts [--family NAME]
 */
import { loadTasks } from './key-dates-explore';
import { dayFeatures, fuse, type DayFeatures } from './key-dates-features';
import {
  REPORTING,
  anticipating,
  centrality,
  consensus,
  dayRank,
  duplicateGroups,
  firstMentionWeight,
  isEventClause,
  isReportingClause,
  localRerank,
  localShare,
  mentionCounts,
  mentioningSentences,
  normalisedMentions,
  publishedByWeekday,
  publishedCounts,
  publishedWithNextDay,
  spreadByPeriod,
  wordShares,
  type Article,
} from './key-dates-signal-counts';
import { baseline, evaluateFamily, type Family, type TaskRanker } from './key-dates-validate';

const tasks = await loadTasks();
const baselines = tasks.map(baseline);
const featuresOf = tasks.map((task) => dayFeatures(task.inputs));
const pub = (d: DayFeatures) => d.published;
const men = (d: DayFeatures) => d.mentioning;
/** A value per day of a task from a map computed once per task. */
const perTask = (compute: (articles: readonly Article[]) => Map<string, number>) => {
  const maps = tasks.map((task) => compute(task.inputs));
  return (index: number) => (d: DayFeatures) => maps[index]!.get(d.day) ?? 0;
};
/** A ranker fusing per-task values (or plain day features) by reciprocal rank. */
const fused = (values: ((index: number) => (d: DayFeatures) => number)[], k = 0): TaskRanker => (index) => fuse(featuresOf[index]!, values.map((v) => v(index)), k);
const plain = (value: (d: DayFeatures) => number) => () => value;

const dupSettings = [0.5, 0.6, 0.7, 0.8, 0.9].flatMap((t) => [0, 3].map((w) => [t, w] as const));
const families: Family[] = [
  { name: 'current', grid: [['rrf(pub,men)', fused([plain(pub), plain(men)])]] },
  {
    name: 'dedup-both',
    grid: dupSettings.map(([t, w]) => {
      const groups = tasks.map((task) => duplicateGroups(task.inputs, t, w));
      const pubD = tasks.map((task, i) => publishedCounts(task.inputs, groups[i]));
      const menD = tasks.map((task, i) => mentionCounts(task.inputs, undefined, groups[i]));
      return [`t=${t} w=${w}`, fused([(i) => (d) => pubD[i]!.get(d.day) ?? 0, (i) => (d) => menD[i]!.get(d.day) ?? 0])];
    }),
  },
  {
    name: 'dedup-pub',
    grid: dupSettings.map(([t, w]) => {
      const pubD = perTask((articles) => publishedCounts(articles, duplicateGroups(articles, t, w)));
      return [`t=${t} w=${w}`, fused([pubD, plain(men)])];
    }),
  },
  {
    name: 'dedup-men',
    grid: dupSettings.map(([t, w]) => {
      const menD = perTask((articles) => mentionCounts(articles, undefined, duplicateGroups(articles, t, w)));
      return [`t=${t} w=${w}`, fused([plain(pub), menD])];
    }),
  },
  (() => {
    const noReport = perTask((a) => mentionCounts(a, (article, event, index) => (isReportingClause(article, event, index) ? null : 1)));
    const halfReport = perTask((a) => mentionCounts(a, (article, event, index) => (isReportingClause(article, event, index) ? 0.5 : 1)));
    const noReportSentence = perTask((a) => mentionCounts(a, (article, _event, index) => (REPORTING.test(article.quotes[index] ?? '') ? null : 1)));
    const eventClause = perTask((a) => mentionCounts(a, (article, event, index) => (isEventClause(article, event, index) ? 1 : null)));
    const eventHalf = perTask((a) => mentionCounts(a, (article, event, index) => (isEventClause(article, event, index) ? 1 : 0.5)));
    return {
      name: 'mention-quality',
      grid: [
        ['rrf(pub,men-report)', fused([plain(pub), noReport])],
        ['rrf(pub,men-report/2)', fused([plain(pub), halfReport])],
        ['rrf(pub,men,men-report)', fused([plain(pub), plain(men), noReport])],
        ['rrf(pub,men-reportsent)', fused([plain(pub), noReportSentence])],
        ['rrf(pub,men-event)', fused([plain(pub), eventClause])],
        ['rrf(pub,men-event/2)', fused([plain(pub), eventHalf])],
        ['rrf(pub,men,men-event)', fused([plain(pub), plain(men), eventClause])],
      ] as [string, TaskRanker][],
    };
  })(),
  {
    name: 'pagerank',
    grid: [0.5, 0.7, 0.85].flatMap((damping) => {
      const rank = perTask((a) => dayRank(a, damping));
      return [
        [`pr d=${damping}`, fused([rank])],
        [`rrf(pub,pr) d=${damping}`, fused([plain(pub), rank])],
        [`rrf(pub,men,pr) d=${damping}`, fused([plain(pub), plain(men), rank])],
      ] as [string, TaskRanker][];
    }),
  },
  {
    name: 'pagerank-uniform',
    grid: [0.5, 0.85].flatMap((damping) => {
      const rank = perTask((a) => dayRank(a, damping, 1));
      return [
        [`rrf(pub,pr) d=${damping}`, fused([plain(pub), rank])],
        [`rrf(pub,men,pr) d=${damping}`, fused([plain(pub), plain(men), rank])],
      ] as [string, TaskRanker][];
    }),
  },
  {
    name: 'normalised',
    grid: [0.5, 1].flatMap((power) => {
      const norm = perTask((a) => normalisedMentions(a, power));
      return [
        [`rrf(pub,men/k^${power})`, fused([plain(pub), norm])],
        [`rrf(pub,men,men/k^${power})`, fused([plain(pub), plain(men), norm])],
      ] as [string, TaskRanker][];
    }),
  },
  {
    name: 'first-mention',
    grid: [0.5, 1].flatMap((power) => {
      const first = perTask((a) => mentionCounts(a, firstMentionWeight(power)));
      return [
        [`rrf(pub,men/order^${power})`, fused([plain(pub), first])],
        [`rrf(pub,men,men/order^${power})`, fused([plain(pub), plain(men), first])],
      ] as [string, TaskRanker][];
    }),
  },
  (() => {
    const timed = perTask((a) => mentionCounts(a, (_article, event) => (event.granularity === 'time' ? 1 : null)));
    const dayOnly = perTask((a) => mentionCounts(a, (_article, event) => (event.granularity === 'day' ? 1 : null)));
    return {
      name: 'precision',
      grid: [
        ['rrf(pub,men,men-time)', fused([plain(pub), plain(men), timed])],
        ['rrf(pub,men-day)', fused([plain(pub), dayOnly])],
        ['rrf(pub,men-time)', fused([plain(pub), timed])],
      ] as [string, TaskRanker][],
    };
  })(),
  {
    name: 'local-share',
    grid: [3, 7, 14, 30].flatMap((w) =>
      [1, 5].flatMap((c) => [
        [`rrf(pub,men,lpub,lmen) w=${w} c=${c}`, (index: number) => { const days = featuresOf[index]!; return fuse(days, [pub, men, localShare(days, pub, w, c), localShare(days, men, w, c)]); }],
        [`rrf(pub,men,l(pub+men)) w=${w} c=${c}`, (index: number) => { const days = featuresOf[index]!; return fuse(days, [pub, men, localShare(days, (d) => d.published + d.mentioning, w, c)]); }],
      ] as [string, TaskRanker][]),
    ),
  },
  {
    name: 'local-rerank',
    grid: [1, 3, 7, 14].flatMap((w) => [0.1, 0.25, 0.5, 1].map((lambda) => [`w=${w} l=${lambda}`, (index: number) => localRerank(fuse(featuresOf[index]!, [pub, men]), w, lambda)] as [string, TaskRanker])),
  },
  (() => {
    const shares = tasks.map((task) => wordShares(task.inputs));
    const leadOf = (article: Article) => article.leads.map((lead) => lead.quote).join(' ');
    const relevance = tasks.map((task, i) => new Map(task.inputs.map((a) => [a.articleId, centrality(shares[i]!, leadOf(a))])));
    const pubRel = tasks.map((task, i) => {
      const sums = new Map<string, number>();
      for (const a of task.inputs) if (a.published) sums.set(a.published, (sums.get(a.published) ?? 0) + relevance[i]!.get(a.articleId)!);
      return sums;
    });
    const menRel = tasks.map((task, i) => mentionCounts(task.inputs, (a) => relevance[i]!.get(a.articleId)!));
    const menSentence = tasks.map((task, i) => mentionCounts(task.inputs, (a, _e, index) => centrality(shares[i]!, a.quotes[index] ?? '')));
    const get = (maps: Map<string, number>[]) => (i: number) => (d: DayFeatures) => maps[i]!.get(d.day) ?? 0;
    /** Only articles at least as central as the collection's q-quantile. */
    const filtered = (q: number) =>
      tasks.map((task, i) => {
        const values = [...relevance[i]!.values()].sort((a, b) => a - b);
        const cut = values[Math.floor(q * (values.length - 1))]!;
        const kept = task.inputs.filter((a) => relevance[i]!.get(a.articleId)! >= cut);
        return { pub: publishedCounts(kept), men: mentionCounts(kept) };
      });
    const grid: [string, TaskRanker][] = [
      ['rrf(pubRel,menRel)', fused([get(pubRel), get(menRel)])],
      ['rrf(pub,menRel)', fused([plain(pub), get(menRel)])],
      ['rrf(pub,menSent)', fused([plain(pub), get(menSentence)])],
      ['rrf(pub,men,menSent)', fused([plain(pub), plain(men), get(menSentence)])],
      ['rrf(pubRel,men)', fused([get(pubRel), plain(men)])],
    ];
    for (const q of [0.1, 0.25, 0.5]) {
      const kept = filtered(q);
      grid.push([`keep central q=${q}`, fused([(i) => (d) => kept[i]!.pub.get(d.day) ?? 0, (i) => (d) => kept[i]!.men.get(d.day) ?? 0])]);
    }
    return { name: 'relevance', grid };
  })(),
  {
    name: 'consensus',
    grid: [0.2, 0.3, 0.4].flatMap((t) => {
      const agree = perTask((a) => consensus(a, t));
      return [
        [`rrf(pub,agree) t=${t}`, fused([plain(pub), agree])],
        [`rrf(pub,men,agree) t=${t}`, fused([plain(pub), plain(men), agree])],
      ] as [string, TaskRanker][];
    }),
  },
  (() => {
    const ahead = perTask(anticipating);
    return {
      name: 'anticipated',
      grid: [
        ['rrf(pub,men,ahead)', fused([plain(pub), plain(men), ahead])],
        ['rrf(pub,men+ahead)', fused([plain(pub), (i) => (d) => d.mentioning + ahead(i)(d)])],
        ['rrf(pub+ahead,men)', fused([(i) => (d) => d.published + ahead(i)(d), plain(men)])],
      ] as [string, TaskRanker][],
    };
  })(),
  {
    name: 'next-day',
    grid: [0.1, 0.25, 0.5, 1].flatMap((beta) => {
      const lagged = perTask((a) => publishedWithNextDay(a, beta));
      return [
        [`rrf(pub+b*next,men) b=${beta}`, fused([lagged, plain(men)])],
        [`rrf(pub,men,pub+b*next) b=${beta}`, fused([plain(pub), plain(men), lagged])],
      ] as [string, TaskRanker][];
    }),
  },
  {
    name: 'weekday',
    grid: [0, 1, 5].flatMap((c) => {
      const weekday = perTask((a) => publishedByWeekday(a, c));
      return [
        [`rrf(pub/weekday,men) c=${c}`, fused([weekday, plain(men)])],
        [`rrf(pub,men,pub/weekday) c=${c}`, fused([plain(pub), plain(men), weekday])],
      ] as [string, TaskRanker][];
    }),
  },
  (() => {
    const sentences = perTask(mentioningSentences);
    return {
      name: 'sentences',
      grid: [
        ['rrf(pub,men-sentences)', fused([plain(pub), sentences])],
        ['rrf(pub,men,men-sentences)', fused([plain(pub), plain(men), sentences])],
        ['rrf(pub,men+e*sentences)', fused([plain(pub), (i) => (d) => d.mentioning + 1e-3 * sentences(i)(d)])],
      ] as [string, TaskRanker][],
    };
  })(),
  {
    name: 'spread',
    grid: [7, 14, 30].flatMap((period) =>
      [0.25, 0.5, 0.75, 1].map((alpha) => [`period=${period} a=${alpha}`, (index: number) => spreadByPeriod(featuresOf[index]!, fuse(featuresOf[index]!, [pub, men]), period, alpha)] as [string, TaskRanker]),
    ),
  },
];

const only = process.argv.includes('--family') ? process.argv[process.argv.indexOf('--family') + 1] : undefined;
const f3 = (x: number) => x.toFixed(3);
console.log(`tasks: ${tasks.map((t) => t.name).join(' ')}\nbaseline F1 ${f3(baselines.reduce((a, b) => a + b, 0) / baselines.length)} [${baselines.map(f3).join(' ')}]`);
const summary: string[] = [];
const current = families[0]!.grid[0]!;
for (const family of families.filter((f) => !only || f.name === only)) {
  console.log(`\n${family.name}`);
  const result = evaluateFamily(tasks, baselines, family, true);
  // The same choice with the current ranking as an option (first, so ties keep it): would adopting the family help?
  const withCurrent = family.grid.includes(current) ? result : evaluateFamily(tasks, baselines, { name: family.name, grid: [current, ...family.grid] }, false);
  const margin = (held: number[]) => Math.min(...held.map((f1, i) => f1 - baselines[i]!));
  summary.push(
    `${family.name.padEnd(18)} LOTO ${f3(result.cv)}  in-sample ${f3(result.inSample)}  AR1 ${f3(result.cvAr1)}  below ${result.cvBelow}  min(F1-baseline) ${f3(margin(result.held))}  | with current as an option: LOTO ${f3(withCurrent.cv)} below ${withCurrent.cvBelow}`,
  );
}
if (!only) {
  const all: Family = { name: 'every new family', grid: [current, ...families.slice(1).flatMap((f) => f.grid.map(([label, ranker]) => [`${f.name}:${label}`, ranker] as [string, TaskRanker]))] };
  console.log('\nchoosing among the current ranking and every new setting by leave-one-topic-out:');
  const result = evaluateFamily(tasks, baselines, all, false);
  summary.push(`${'all (+current)'.padEnd(18)} LOTO ${f3(result.cv)}  in-sample ${f3(result.inSample)}  AR1 ${f3(result.cvAr1)}  below ${result.cvBelow}  [${result.held.map(f3).join(' ')}]  picks ${result.picks.join(' ')}`);
}
console.log(`\n${summary.join('\n')}`);
