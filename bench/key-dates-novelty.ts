/**
 * Novelty signals for the key dates (issue #5), each family validated leave-one-topic-out
 * (bench/key-dates-validate.ts) like bench/key-dates-signals.ts: does a day that brings new
 * developments — first stories, in the sense of topic detection and tracking (Allan et al. 1998),
 * or event clusters in the manner of news-tls (Gholipour Ghalandari & Ifrim 2020) — make a better
 * key date than the current fusion of articles published and later articles naming the day?
 *
 * Every article is represented by its two opening sentences (the leads the cache holds) as a
 * TF-IDF vector over content words (idf from the collection itself: no topic keywords). Articles
 * are clustered in one pass in publication order (an article joins the most similar cluster, by
 * cosine to its centroid, if that is ≥ t and the cluster had an article in the last W days; else
 * it starts a new cluster and is a first story). Families:
 *
 * - first-stories: per day, the articles published on it that start a new cluster (or, weighted,
 *   1 − their best similarity to the previous W days' articles), fused as a third rank or in place
 *   of the published count.
 * - new-words: per day, content words in at least m of the day's articles and in none of the
 *   previous W days' articles (a new development brings new names and nouns).
 * - novel-mentions: later articles naming a day in a sentence unlike (cosine < t) every lead of
 *   the W days before the day (what the day is remembered for was new then).
 * - clusters: each cluster dated by its articles' votes (publication day, and the earlier days
 *   they name), a day scored by the articles of the clusters dated to it.
 *
 * Measured (7 dev timelines, baseline 0.576, current rrf(pub,men) 0.636, AR1 0.132): none helps.
 *
 *   family          LOTO F1  in-sample  LOTO AR1  held-out timelines below baseline
 *   first-stories    0.619    0.626      0.133     1 (LibyaWar_cnn 0.421 < 0.474)
 *   novelty-mass     0.632    0.636      0.132     1 (LibyaWar_cnn 0.447)
 *   new-words        0.609    0.628      0.131     2 (H1N1_reuters 0.400, LibyaWar_cnn 0.421)
 *   novel-mentions   0.619    0.636      0.131     1 (EgyptianProtest_cnn 0.950 < 1.000)
 *   clusters         0.616    0.649      0.128     1 (LibyaWar_cnn 0.447; the best in-sample setting,
 *                                                    rrf(clust,men) t=0.3 w=14, is not chosen on
 *                                                    the other topics)
 * With the current ranking as an option: first-stories, novelty-mass and new-words fall back to it
 * (0.636); novel-mentions 0.629 and clusters 0.616, each with one timeline below its baseline.
 * Novelty mostly re-orders the busy days the current ranking already gets right; the misses (days
 * before coverage starts, late days of a long story) have few articles to be novel in.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-novelty.ts [--family NAME] [--verbose]
 */
import { contentWords } from '../src-main/core/timeline/content-words';
import { loadTasks } from './key-dates-explore';
import { dayFeatures, dayNumber, fuse, type DayFeatures } from './key-dates-features';
import { isDayPrecise, type Article } from './key-dates-signal-counts';
import { baseline, evaluateFamily, type Family, type TaskRanker } from './key-dates-validate';

type Vector = Map<string, number>;

/** TF-IDF vectors (unit length) of texts, idf from the texts themselves. */
function tfidf(texts: readonly string[]): Vector[] {
  const bags = texts.map((text) => {
    const bag = new Map<string, number>();
    for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = [...contentWords(match[0])][0];
      if (word) bag.set(word, (bag.get(word) ?? 0) + 1);
    }
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const word of bag.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  return bags.map((bag) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [word, tf] of bag) {
      const weight = (1 + Math.log(tf)) * Math.log((bags.length + 1) / (df.get(word)! + 0.5));
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}

const leadText = (article: Article) => article.leads.map((lead) => lead.quote).join(' ');

interface Prepared {
  articles: Article[];
  vectors: Vector[];
  days: number[];
  /** Every mentioning sentence's vector (per article, per event index), in the same idf space. */
  sentenceVectors: Map<string, Vector>;
}

function prepare(inputs: readonly Article[]): Prepared {
  const articles = inputs.filter((a) => a.published).sort((a, b) => a.published!.localeCompare(b.published!) || a.articleId.localeCompare(b.articleId));
  const sentenceKeys: string[] = [];
  const sentenceTexts: string[] = [];
  for (const article of articles)
    article.events.forEach((event, index) => {
      if (!isDayPrecise(event) || event.startDay >= article.published!) return;
      sentenceKeys.push(`${article.articleId}#${index}`);
      sentenceTexts.push(article.quotes[index] ?? '');
    });
  const all = tfidf([...articles.map(leadText), ...sentenceTexts]);
  return {
    articles,
    vectors: all.slice(0, articles.length),
    days: articles.map((a) => dayNumber(a.published!)),
    sentenceVectors: new Map(sentenceKeys.map((key, i) => [key, all[articles.length + i]!])),
  };
}

/** Each article's best cosine to the articles of the W days before its own (0 if none). */
function bestPrevious(p: Prepared, w: number): number[] {
  return p.articles.map((_, i) => {
    let best = 0;
    for (let j = i - 1; j >= 0; j--) {
      const gap = p.days[i]! - p.days[j]!;
      if (gap === 0) continue;
      if (gap > w) break;
      best = Math.max(best, cosine(p.vectors[i]!, p.vectors[j]!));
    }
    return best;
  });
}

interface Clustering {
  /** Cluster index of each article. */
  of: number[];
  firstStory: boolean[];
}

/** Single-pass clustering in publication order against cluster centroids. */
function cluster(p: Prepared, t: number, w: number): Clustering {
  const centroids: { sum: Vector; size: number; last: number }[] = [];
  const of: number[] = [];
  const firstStory: boolean[] = [];
  p.articles.forEach((_, i) => {
    let best = -1;
    let bestSim = t;
    centroids.forEach((c, index) => {
      if (p.days[i]! - c.last > w) return;
      let dot = 0;
      let norm = 0;
      for (const weight of c.sum.values()) norm += weight * weight;
      for (const [word, weight] of p.vectors[i]!) dot += weight * (c.sum.get(word) ?? 0);
      const sim = dot / (Math.sqrt(norm) || 1);
      if (sim >= bestSim) [best, bestSim] = [index, sim];
    });
    if (best < 0) {
      centroids.push({ sum: new Map(p.vectors[i]!), size: 1, last: p.days[i]! });
      of.push(centroids.length - 1);
      firstStory.push(true);
    } else {
      const c = centroids[best]!;
      for (const [word, weight] of p.vectors[i]!) c.sum.set(word, (c.sum.get(word) ?? 0) + weight);
      c.size += 1;
      c.last = p.days[i]!;
      of.push(best);
      firstStory.push(false);
    }
  });
  return { of, firstStory };
}

const add = (map: Map<string, number>, day: string, value: number) => map.set(day, (map.get(day) ?? 0) + value);

function firstStories(p: Prepared, t: number, w: number): Map<string, number> {
  const { firstStory } = cluster(p, t, w);
  const counts = new Map<string, number>();
  p.articles.forEach((a, i) => firstStory[i] && add(counts, a.published!, 1));
  return counts;
}

function noveltyMass(p: Prepared, w: number): Map<string, number> {
  const best = bestPrevious(p, w);
  const counts = new Map<string, number>();
  p.articles.forEach((a, i) => add(counts, a.published!, 1 - best[i]!));
  return counts;
}

function newWords(p: Prepared, w: number, m: number): Map<string, number> {
  const byDay = new Map<number, Map<string, number>>();
  p.articles.forEach((_, i) => {
    const words = byDay.get(p.days[i]!) ?? new Map<string, number>();
    byDay.set(p.days[i]!, words);
    for (const word of p.vectors[i]!.keys()) words.set(word, (words.get(word) ?? 0) + 1);
  });
  const counts = new Map<string, number>();
  for (const [day, words] of byDay) {
    const seen = new Set<string>();
    for (let k = 1; k <= w; k++) for (const word of byDay.get(day - k)?.keys() ?? []) seen.add(word);
    let n = 0;
    for (const [word, count] of words) if (count >= m && !seen.has(word)) n += 1;
    counts.set(new Date(day * 86_400_000).toISOString().slice(0, 10), n);
  }
  return counts;
}

function novelMentions(p: Prepared, t: number, w: number): Map<string, number> {
  const leadsByDay = new Map<number, Vector[]>();
  p.articles.forEach((_, i) => leadsByDay.set(p.days[i]!, [...(leadsByDay.get(p.days[i]!) ?? []), p.vectors[i]!]));
  const mentioning = new Map<string, Set<string>>();
  for (const article of p.articles)
    article.events.forEach((event, index) => {
      const vector = p.sentenceVectors.get(`${article.articleId}#${index}`);
      if (!vector) return;
      const day = dayNumber(event.startDay);
      let best = 0;
      for (let k = 1; k <= w; k++) for (const lead of leadsByDay.get(day - k) ?? []) best = Math.max(best, cosine(vector, lead));
      if (best >= t) return;
      (mentioning.get(event.startDay) ?? mentioning.set(event.startDay, new Set()).get(event.startDay)!).add(article.articleId);
    });
  return new Map([...mentioning].map(([day, set]) => [day, set.size]));
}

/** Days scored by the articles of the clusters dated to them (each cluster dated by its articles' votes). */
function clusterDates(p: Prepared, t: number, w: number, mentionVote: number): Map<string, number> {
  const { of } = cluster(p, t, w);
  const votes = new Map<number, Map<string, number>>();
  const sizes = new Map<number, number>();
  p.articles.forEach((article, i) => {
    const v = votes.get(of[i]!) ?? new Map<string, number>();
    votes.set(of[i]!, v);
    sizes.set(of[i]!, (sizes.get(of[i]!) ?? 0) + 1);
    add(v, article.published!, 1);
    const named = new Set(article.events.filter((e) => isDayPrecise(e) && e.startDay < article.published!).map((e) => e.startDay));
    for (const day of named) add(v, day, mentionVote);
  });
  const scores = new Map<string, number>();
  for (const [index, v] of votes) {
    const [day] = [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    add(scores, day, sizes.get(index)!);
  }
  return scores;
}

const tasks = await loadTasks();
const baselines = tasks.map(baseline);
const prepared = tasks.map((task) => prepare(task.inputs));
const featuresOf = tasks.map((task) => dayFeatures(task.inputs));
const pub = (d: DayFeatures) => d.published;
const men = (d: DayFeatures) => d.mentioning;
type Value = (index: number) => (d: DayFeatures) => number;
const plain = (value: (d: DayFeatures) => number): Value => () => value;
const perTask = (compute: (p: Prepared) => Map<string, number>): Value => {
  const maps = prepared.map(compute);
  return (index) => (d) => maps[index]!.get(d.day) ?? 0;
};
const fused = (values: Value[]): TaskRanker => (index) => fuse(featuresOf[index]!, values.map((v) => v(index)));

const T = [0.1, 0.2, 0.3, 0.4];
const W = [3, 7, 14];
const grid = <S,>(settings: S[], make: (s: S) => [string, TaskRanker][]) => settings.flatMap(make);
const tw = T.flatMap((t) => W.map((w) => [t, w] as const));

const families: Family[] = [
  { name: 'current', grid: [['rrf(pub,men)', fused([plain(pub), plain(men)])]] },
  {
    name: 'first-stories',
    grid: grid(tw, ([t, w]) => {
      const novel = perTask((p) => firstStories(p, t, w));
      return [
        [`rrf(pub,men,first) t=${t} w=${w}`, fused([plain(pub), plain(men), novel])],
        [`rrf(first,men) t=${t} w=${w}`, fused([novel, plain(men)])],
      ];
    }),
  },
  {
    name: 'novelty-mass',
    grid: grid(W, (w) => {
      const mass = perTask((p) => noveltyMass(p, w));
      return [
        [`rrf(pub,men,mass) w=${w}`, fused([plain(pub), plain(men), mass])],
        [`rrf(mass,men) w=${w}`, fused([mass, plain(men)])],
      ];
    }),
  },
  {
    name: 'new-words',
    grid: grid(
      W.flatMap((w) => [2, 3].map((m) => [w, m] as const)),
      ([w, m]) => {
        const fresh = perTask((p) => newWords(p, w, m));
        return [
          [`rrf(pub,men,new) w=${w} m=${m}`, fused([plain(pub), plain(men), fresh])],
          [`rrf(new,men) w=${w} m=${m}`, fused([fresh, plain(men)])],
        ];
      },
    ),
  },
  {
    name: 'novel-mentions',
    grid: grid(tw, ([t, w]) => {
      const novel = perTask((p) => novelMentions(p, t, w));
      return [
        [`rrf(pub,men,nmen) t=${t} w=${w}`, fused([plain(pub), plain(men), novel])],
        [`rrf(pub,nmen) t=${t} w=${w}`, fused([plain(pub), novel])],
      ];
    }),
  },
  {
    name: 'clusters',
    grid: grid(
      tw.flatMap(([t, w]) => [0, 1].map((v) => [t, w, v] as const)),
      ([t, w, v]) => {
        const dated = perTask((p) => clusterDates(p, t, w, v));
        return [
          [`rrf(pub,men,clust) t=${t} w=${w} v=${v}`, fused([plain(pub), plain(men), dated])],
          [`rrf(clust,men) t=${t} w=${w} v=${v}`, fused([dated, plain(men)])],
        ];
      },
    ),
  },
];

const only = process.argv.includes('--family') ? process.argv[process.argv.indexOf('--family') + 1] : undefined;
const verbose = process.argv.includes('--verbose');
const f3 = (x: number) => x.toFixed(3);
console.log(`tasks: ${tasks.map((t) => t.name).join(' ')}\nbaseline F1 ${f3(baselines.reduce((a, b) => a + b, 0) / baselines.length)} [${baselines.map(f3).join(' ')}]`);
const summary: string[] = [];
const current = families[0]!.grid[0]!;
for (const family of families.filter((f) => !only || f.name === only)) {
  console.log(`\n${family.name}`);
  const result = evaluateFamily(tasks, baselines, family, verbose || family.grid.length <= 8);
  const withCurrent = family.grid.includes(current) ? result : evaluateFamily(tasks, baselines, { name: family.name, grid: [current, ...family.grid] }, false);
  const margin = (held: number[]) => Math.min(...held.map((f1, i) => f1 - baselines[i]!));
  summary.push(
    `${family.name.padEnd(16)} LOTO ${f3(result.cv)}  in-sample ${f3(result.inSample)}  AR1 ${f3(result.cvAr1)}  below ${result.cvBelow}  min(F1-baseline) ${f3(margin(result.held))}  [${result.held.map(f3).join(' ')}]  | with current as an option: LOTO ${f3(withCurrent.cv)} below ${withCurrent.cvBelow}`,
  );
}
console.log(`\n${summary.join('\n')}`);
