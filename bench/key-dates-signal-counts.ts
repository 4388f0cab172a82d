/**
 * Per-day signals for the key-dates exploration (bench/key-dates-signals.ts scores them): counts
 * of a collection's days from the cached key-date inputs, each a candidate for what makes a day a
 * key date beyond the articles published on it and the later articles naming it.
 */
import type { KeyDateArticle } from '../src-main/core/timeline/key-dates';
import { contentWords, diceSimilarity } from '../src-main/core/timeline/content-words';
import { dayNumber, type DayFeatures } from './key-dates-features';

export type Article = KeyDateArticle;
export type Event = Article['events'][number];
/** How much one article's mention of a day counts (null: not at all); an article counts once per day, at its largest weight. */
export type MentionWeight = (article: Article, event: Event, index: number) => number | null;

export const isDayPrecise = (event: Event) => event.granularity === 'day' || event.granularity === 'time';

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

/** Words of a reporting or meta clause (who said it, where), not of what happened. */
export const REPORTING = /\b(?:said|says|say|told|tells|tell|added|adds|reported|reports|wrote|writes|stated|statement|interview|conference|spoke|speaking|according|announced|quoted)\b/i;

/** The words of the event's sentence up to `before` words before its date expression. */
function wordsBefore(article: Article, event: Event, index: number, before: number): string {
  const quote = article.quotes[index] ?? '';
  const at = event.expression.start - event.sentence.start;
  return quote.slice(0, Math.max(0, at)).split(/\s+/).filter(Boolean).slice(-before).join(' ');
}

/** A mention in a reporting clause: a reporting word within four words before the date ("said on Monday", "told reporters Tuesday"). */
export const isReportingClause = (article: Article, event: Event, index: number) => REPORTING.test(wordsBefore(article, event, index, 4));

const EVENT_CLAUSE = /\b(?:\d[\d,.]*|hundreds|thousands|dozens|millions)\b|\b(?!(?:said|added|reported|stated|announced|quoted|expected|called|asked|based|united|related|concerned|interested)\b)[a-z]{3,}ed\b/i;

/** A mention in an event clause: a number or a past-tense verb (other than a reporting one) in its sentence. */
export const isEventClause = (article: Article, event: Event, index: number) => EVENT_CLAUSE.test(article.quotes[index] ?? '');

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
export const normalisedMentions = (articles: readonly Article[], power: number) => {
  const sizes = new Map(articles.map((a) => [a.articleId, namedDays(a).size]));
  return mentionCounts(articles, (a) => 1 / Math.pow(sizes.get(a.articleId)!, power));
};

/** The article's named earlier days in the order it first names them (1 = first). */
export const firstMentionWeight = (power: number): MentionWeight => {
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
export function localShare(days: readonly DayFeatures[], value: (d: DayFeatures) => number, w: number, c: number): (d: DayFeatures) => number {
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
export function localRerank(ranked: readonly string[], w: number, lambda: number): string[] {
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
export function wordShares(articles: readonly Article[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const article of articles) {
    const words = new Set([...article.leads.map((lead) => lead.quote), ...article.quotes].flatMap((text) => [...contentWords(text)]));
    for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return new Map([...df].map(([word, n]) => [word, n / articles.length]));
}

/** How central a text is to the collection: the mean share of its content words (the story's own words are in many articles). */
export function centrality(shares: ReadonlyMap<string, number>, text: string): number {
  const words = [...contentWords(text)];
  return words.length ? words.reduce((sum, word) => sum + (shares.get(word) ?? 0), 0) / words.length : 0;
}

/**
 * Per day, the later articles that name it in a sentence telling the same happening as another
 * later article's sentence naming it (Dice ≥ `threshold` over content words): the largest such
 * group's size, as a collection agrees on what happened that day.
 */
export function consensus(articles: readonly Article[], threshold: number): Map<string, number> {
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
export function anticipating(articles: readonly Article[]): Map<string, number> {
  const named = new Map<string, Set<string>>();
  for (const article of articles)
    for (const event of article.events)
      if (isDayPrecise(event) && article.published && event.startDay > article.published) (named.get(event.startDay) ?? named.set(event.startDay, new Set()).get(event.startDay)!).add(article.articleId);
  return new Map([...named].map(([day, set]) => [day, set.size]));
}

/** Per day, its articles plus `beta` times the next day's (a paper reports a day's events the morning after). */
export function publishedWithNextDay(articles: readonly Article[], beta: number): Map<string, number> {
  const counts = publishedCounts(articles);
  const next = (day: string) => new Date((dayNumber(day) + 1) * 86_400_000).toISOString().slice(0, 10);
  const days = new Set([...counts.keys()].flatMap((day) => [day, new Date((dayNumber(day) - 1) * 86_400_000).toISOString().slice(0, 10)]));
  return new Map([...days].map((day) => [day, (counts.get(day) ?? 0) + beta * (counts.get(next(day)) ?? 0)]));
}

/** Per day, its articles over the mean of its weekday's days with articles (papers publish less at weekends); `c` smooths. */
export function publishedByWeekday(articles: readonly Article[], c: number): Map<string, number> {
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
export function mentioningSentences(articles: readonly Article[]): Map<string, number> {
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


/**
 * Reorders a ranking so the key dates spread over the story as its coverage does, flattened:
 * the collection's span is cut into periods of `periodDays`, each period weighs its articles and
 * mentions to the power `alpha` (1: in proportion to coverage, 0: every period alike), and the
 * periods take turns by the D'Hondt rule (weight / (days taken + 1)), each giving its best-ranked
 * day not yet taken.
 */
export function spreadByPeriod(days: readonly DayFeatures[], ranked: readonly string[], periodDays: number, alpha: number): string[] {
  const first = Math.min(...days.map((d) => dayNumber(d.day)));
  const periodOf = (day: string) => Math.floor((dayNumber(day) - first) / periodDays);
  const weight = new Map<number, number>();
  for (const d of days) weight.set(periodOf(d.day), (weight.get(periodOf(d.day)) ?? 0) + d.published + d.mentioning);
  const queues = new Map<number, string[]>();
  for (const day of ranked) (queues.get(periodOf(day)) ?? queues.set(periodOf(day), []).get(periodOf(day))!).push(day);
  const taken = new Map<number, number>();
  const result: string[] = [];
  while (result.length < ranked.length) {
    let best: number | null = null;
    let bestQuotient = -1;
    for (const [period, queue] of queues) {
      if (queue.length === 0) continue;
      const quotient = Math.pow(weight.get(period) ?? 0, alpha) / ((taken.get(period) ?? 0) + 1);
      if (quotient > bestQuotient) [best, bestQuotient] = [period, quotient];
    }
    if (best === null) break;
    result.push(queues.get(best)!.shift()!);
    taken.set(best, (taken.get(best) ?? 0) + 1);
  }
  return result;
}
