/**
 * New per-day signals for the key dates (issue #5), each family validated by leave-one-topic-out
 * (bench/key-dates-validate.ts) against the current fusion of published and mentioning counts:
 * near-duplicate articles collapsed, mention quality (reporting clauses, event clauses), a graph
 * of days linked by the articles that publish on one and name another (PageRank), mentions
 * normalised per article, and the precision of the mention.
 *
 *   DATELINE_SHARED=/work/shared npx tsx bench/key-dates-signals.ts [--family NAME]
 */
import type { KeyDateArticle } from '../src-main/core/timeline/key-dates';
import { contentWords, diceSimilarity } from '../src-main/core/timeline/content-words';
import { loadTasks } from './key-dates-explore';
import { dayFeatures, dayNumber, fuse, type DayFeatures } from './key-dates-features';
import { baseline, evaluateFamily, type Family, type TaskRanker } from './key-dates-validate';

type Article = KeyDateArticle;
type Event = Article['events'][number];
/** How much one article's mention of a day counts (null: not at all); an article counts once per day, at its largest weight. */
type MentionWeight = (article: Article, event: Event, index: number) => number | null;

const isDayPrecise = (event: Event) => event.granularity === 'day' || event.granularity === 'time';

/** Per day, the summed weight of the later articles (or article groups, by `groupOf`) that name it. */
export function mentionCounts(articles: readonly Article[], weight: MentionWeight = () => 1, groupOf: (article: Article) => string = (a) => a.articleId): Map<string, number> {
  const best = new Map<string, Map<string, number>>();
  for (const article of articles) {
    if (!article.published) continue;
    article.events.forEach((event, index) => {
      if (!isDayPrecise(event) || event.startDay >= article.published!) return;
      const value = weight(article, event, index);
      if (value === null) return;
      const groups = best.get(event.startDay) ?? new Map<string, number>();
      best.set(event.startDay, groups);
      const group = groupOf(article);
      groups.set(group, Math.max(groups.get(group) ?? 0, value));
    });
  }
  return new Map([...best].map(([day, groups]) => [day, [...groups.values()].reduce((a, b) => a + b, 0)]));
}

/** Per day, the number of article groups published on it. */
export function publishedCounts(articles: readonly Article[], groupOf: (article: Article) => string = (a) => a.articleId): Map<string, number> {
  const groups = new Map<string, Set<string>>();
  for (const article of articles) if (article.published) (groups.get(article.published) ?? groups.set(article.published, new Set()).get(article.published)!).add(groupOf(article));
  return new Map([...groups].map(([day, set]) => [day, set.size]));
}

/**
 * Near-duplicates (wire copies, updated versions): articles published within `windowDays` of each
 * other whose opening sentences share content words with Dice ≥ `threshold`, grouped transitively.
 */
export function duplicateGroups(articles: readonly Article[], threshold: number, windowDays: number): (article: Article) => string {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const words = articles.map((a) => contentWords(a.leads.map((lead) => lead.quote).join(' ')));
  const day = articles.map((a) => (a.published ? dayNumber(a.published) : NaN));
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++)
      if (Math.abs(day[i]! - day[j]!) <= windowDays && diceSimilarity(words[i]!, words[j]!) >= threshold) parent[find(i)] = find(j);
  const group = new Map(articles.map((a, i) => [a.articleId, String(find(i))]));
  return (a) => group.get(a.articleId)!;
}

const REPORTING = /\b(?:said|says|say|told|tells|tell|added|adds|reported|reports|wrote|writes|stated|statement|interview|conference|spoke|speaking|according|announced|quoted)\b/i;

/** The words of the event's sentence up to `before` words before its date expression. */
function wordsBefore(article: Article, event: Event, index: number, before: number): string {
  const quote = article.quotes[index] ?? '';
  const at = event.expression.start - event.sentence.start;
  return quote.slice(0, Math.max(0, at)).split(/\s+/).filter(Boolean).slice(-before).join(' ');
}

/** A mention in a reporting clause: a reporting word within four words before the date ("said on Monday", "told reporters Tuesday"). */
const isReportingClause = (article: Article, event: Event, index: number) => REPORTING.test(wordsBefore(article, event, index, 4));

const EVENT_CLAUSE = /\b(?:\d[\d,.]*|hundreds|thousands|dozens|millions)\b|\b(?!(?:said|added|reported|stated|announced|quoted|expected|called|asked|based|united|related|concerned|interested)\b)[a-z]{3,}ed\b/i;

/** A mention in an event clause: a number or a past-tense verb (other than a reporting one) in its sentence. */
const isEventClause = (article: Article, event: Event, index: number) => EVENT_CLAUSE.test(article.quotes[index] ?? '');

/** Each later article's distinct earlier named days. */
function namedDays(article: Article): Set<string> {
  return new Set(article.events.filter((e) => isDayPrecise(e) && article.published && e.startDay < article.published).map((e) => e.startDay));
}

/**
 * PageRank over days (Tran et al. 2013's date-reference graph): each article links its
 * publication day to every earlier day it names (one vote shared among them); the walk restarts
 * at a day in proportion to the articles published on it.
 */
export function dayRank(articles: readonly Article[], damping: number, restartUniform = 0): Map<string, number> {
  const edges = new Map<string, Map<string, number>>();
  const restart = new Map<string, number>();
  const nodes = new Set<string>();
  for (const article of articles) {
    if (!article.published) continue;
    nodes.add(article.published);
    restart.set(article.published, (restart.get(article.published) ?? 0) + 1);
    const named = namedDays(article);
    const out = edges.get(article.published) ?? new Map<string, number>();
    edges.set(article.published, out);
    for (const day of named) {
      nodes.add(day);
      out.set(day, (out.get(day) ?? 0) + 1 / named.size);
    }
  }
  const list = [...nodes];
  const total = articles.filter((a) => a.published).length;
  const restartOf = (day: string) => (1 - restartUniform) * ((restart.get(day) ?? 0) / total) + restartUniform / list.length;
  let rank = new Map(list.map((day) => [day, restartOf(day)]));
  for (let iteration = 0; iteration < 60; iteration++) {
    const next = new Map(list.map((day) => [day, (1 - damping) * restartOf(day)]));
    let dangling = 0;
    for (const day of list) {
      const out = edges.get(day);
      const weight = out ? [...out.values()].reduce((a, b) => a + b, 0) : 0;
      if (!out || weight === 0) {
        dangling += rank.get(day)!;
        continue;
      }
      for (const [target, w] of out) next.set(target, next.get(target)! + (damping * rank.get(day)! * w) / weight);
    }
    for (const day of list) next.set(day, next.get(day)! + damping * dangling * restartOf(day));
    rank = next;
  }
  return rank;
}

/** Per day, the number of later articles naming it, with weights summed over those that share it with `k` other named days (1/k). */
const normalisedMentions = (articles: readonly Article[], power: number) => {
  const sizes = new Map(articles.map((a) => [a.articleId, namedDays(a).size]));
  return mentionCounts(articles, (a) => 1 / Math.pow(sizes.get(a.articleId)!, power));
};

/** The article's named earlier days in the order it first names them (1 = first). */
const firstMentionWeight = (power: number): MentionWeight => {
  const orders = new WeakMap<Article, Map<string, number>>();
  return (article, event) => {
    let order = orders.get(article);
    if (!order) {
      order = new Map();
      const sorted = article.events.filter((e) => isDayPrecise(e) && article.published && e.startDay < article.published).sort((a, b) => a.expression.start - b.expression.start);
      for (const e of sorted) if (!order.has(e.startDay)) order.set(e.startDay, order.size + 1);
      orders.set(article, order);
    }
    return 1 / Math.pow(order.get(event.startDay)!, power);
  };
};


/** A day's share of a count over the days within `w` of it (a peak in a quiet stretch scores like a peak in a busy one); `c` smooths. */
function localShare(days: readonly DayFeatures[], value: (d: DayFeatures) => number, w: number, c: number): (d: DayFeatures) => number {
  const byNumber = new Map(days.map((d) => [dayNumber(d.day), value(d)]));
  const shares = new Map(
    days.map((d) => {
      const n = dayNumber(d.day);
      let sum = 0;
      for (let k = -w; k <= w; k++) sum += byNumber.get(n + k) ?? 0;
      return [d.day, value(d) / (c + sum)];
    }),
  );
  return (d) => shares.get(d.day) ?? 0;
}

/** Reorders a ranking: each day scores 1/(global rank) + λ/(1 + days within `w` of it ranked above it). */
function localRerank(ranked: readonly string[], w: number, lambda: number): string[] {
  const position = new Map(ranked.map((day, i) => [day, i]));
  const scored = ranked.map((day, i) => {
    const n = dayNumber(day);
    let above = 0;
    for (let k = -w; k <= w; k++) {
      if (k === 0) continue;
      const other = new Date((n + k) * 86_400_000).toISOString().slice(0, 10);
      if ((position.get(other) ?? Infinity) < i) above += 1;
    }
    return { day, score: 1 / (i + 1) + lambda / (1 + above), i };
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map(({ day }) => day);
}

/** Each content word's share of the collection's articles that use it (document frequency / articles). */
function wordShares(articles: readonly Article[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const article of articles) {
    const words = new Set([...article.leads.map((lead) => lead.quote), ...article.quotes].flatMap((text) => [...contentWords(text)]));
    for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return new Map([...df].map(([word, n]) => [word, n / articles.length]));
}

/** How central a text is to the collection: the mean share of its content words (the story's own words are in many articles). */
function centrality(shares: ReadonlyMap<string, number>, text: string): number {
  const words = [...contentWords(text)];
  return words.length ? words.reduce((sum, word) => sum + (shares.get(word) ?? 0), 0) / words.length : 0;
}

/**
 * Per day, the later articles that name it in a sentence telling the same happening as another
 * later article's sentence naming it (Dice ≥ `threshold` over content words): the largest such
 * group's size, as a collection agrees on what happened that day.
 */
function consensus(articles: readonly Article[], threshold: number): Map<string, number> {
  const sentences = new Map<string, { articleId: string; words: Set<string> }[]>();
  for (const article of articles) {
    if (!article.published) continue;
    article.events.forEach((event, index) => {
      if (!isDayPrecise(event) || event.startDay >= article.published!) return;
      const list = sentences.get(event.startDay) ?? [];
      sentences.set(event.startDay, list);
      list.push({ articleId: article.articleId, words: contentWords(article.quotes[index] ?? '') });
    });
  }
  const result = new Map<string, number>();
  for (const [day, list] of sentences) {
    let best = 0;
    for (const anchor of list.slice(0, 200)) {
      const agreeing = new Set(list.filter((other) => other.articleId === anchor.articleId || diceSimilarity(anchor.words, other.words) >= threshold).map((other) => other.articleId));
      best = Math.max(best, agreeing.size);
    }
    result.set(day, best);
  }
  return result;
}

/** Per day, the earlier articles that name it ahead (a vote, a deadline, a summit announced before it happens). */
function anticipating(articles: readonly Article[]): Map<string, number> {
  const named = new Map<string, Set<string>>();
  for (const article of articles)
    for (const event of article.events)
      if (isDayPrecise(event) && article.published && event.startDay > article.published) (named.get(event.startDay) ?? named.set(event.startDay, new Set()).get(event.startDay)!).add(article.articleId);
  return new Map([...named].map(([day, set]) => [day, set.size]));
}

/** Per day, its articles plus `beta` times the next day's (a paper reports a day's events the morning after). */
function publishedWithNextDay(articles: readonly Article[], beta: number): Map<string, number> {
  const counts = publishedCounts(articles);
  const next = (day: string) => new Date((dayNumber(day) + 1) * 86_400_000).toISOString().slice(0, 10);
  const days = new Set([...counts.keys()].flatMap((day) => [day, new Date((dayNumber(day) - 1) * 86_400_000).toISOString().slice(0, 10)]));
  return new Map([...days].map((day) => [day, (counts.get(day) ?? 0) + beta * (counts.get(next(day)) ?? 0)]));
}

/** Per day, its articles over the mean of its weekday's days with articles (papers publish less at weekends); `c` smooths. */
function publishedByWeekday(articles: readonly Article[], c: number): Map<string, number> {
  const counts = publishedCounts(articles);
  const totals = new Array<number>(7).fill(0);
  const days = new Array<number>(7).fill(0);
  for (const [day, n] of counts) {
    totals[dayNumber(day) % 7]! += n;
    days[dayNumber(day) % 7]! += 1;
  }
  return new Map([...counts].map(([day, n]) => [day, n / (c + totals[dayNumber(day) % 7]! / Math.max(1, days[dayNumber(day) % 7]!))]));
}

/** Per day, the sentences of later articles that name it (an article that keeps returning to a day counts more). */
function mentioningSentences(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const event of article.events) {
      if (!isDayPrecise(event) || !article.published || event.startDay >= article.published) continue;
      const key = `${event.startDay} ${event.sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(event.startDay, (counts.get(event.startDay) ?? 0) + 1);
    }
  }
  return counts;
}

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
