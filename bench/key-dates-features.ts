/**
 * Date features for the key-dates exploration (bench/key-dates-explore.ts): what the timeline-
 * summarisation literature ranks dates by (Tran et al. 2013; Martschat & Markert 2018; Gholipour
 * Ghalandari & Ifrim 2020), counted per day of a collection from the cached key-date inputs.
 */
import type { KeyDateArticle } from '../src-main/core/timeline/key-dates';

/** What a collection says about one day. */
export interface DayFeatures {
  day: string;
  /** Articles published that day. */
  published: number;
  /** Later articles (published after the day) that name it. */
  mentioning: number;
  /** Later articles that name it, by how many days after it they were published (index = gap in days, capped). */
  mentioningByGap: number[];
  /** Later articles that name it with an explicit date ("March 17", "17/3/2011"), not a relative one ("Friday"). */
  mentioningExplicit: number;
  /** Later articles that name it in their opening sentences. */
  mentioningInLead: number;
  /** Articles published that day that name it ("today", "on Tuesday" in Tuesday's paper). */
  sameDay: number;
  /** Articles published after the day: how many could have named it. */
  laterArticles: number;
  /** Days from this day to the collection's last article. */
  daysLeft: number;
  /** Every mention of the day (an article may repeat it). */
  mentions: number;
}

/** Gaps longer than this many days are counted as this long. */
export const MAX_GAP = 400;

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d/i;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** The features of every day from 60 days before the first article to the last, that any article publishes on or names. */
export function dayFeatures(articles: readonly KeyDateArticle[]): DayFeatures[] {
  const publishedDays = articles.flatMap((article) => (article.published ? [article.published] : [])).sort();
  const first = publishedDays[0];
  const last = publishedDays.at(-1);
  if (!first || !last) return [];
  const earliest = dayNumber(first) - 60;
  const lastNumber = dayNumber(last);
  const byDay = new Map<string, { feature: DayFeatures; mentioning: Set<string>; explicit: Set<string>; lead: Set<string>; same: Set<string> }>();
  const of = (day: string) => {
    let entry = byDay.get(day);
    if (!entry) {
      entry = {
        feature: { day, published: 0, mentioning: 0, mentioningByGap: new Array<number>(MAX_GAP + 1).fill(0), mentioningExplicit: 0, mentioningInLead: 0, sameDay: 0, laterArticles: 0, daysLeft: lastNumber - dayNumber(day), mentions: 0 },
        mentioning: new Set(),
        explicit: new Set(),
        lead: new Set(),
        same: new Set(),
      };
      byDay.set(day, entry);
    }
    return entry;
  };
  for (const article of articles) {
    if (article.published) of(article.published).feature.published += 1;
    const leadEnd = article.leads.at(-1)?.sentence.end ?? 0;
    for (const event of article.events) {
      if (event.granularity !== 'day' && event.granularity !== 'time') continue;
      const entry = of(event.startDay);
      entry.feature.mentions += 1;
      if (!article.published) continue;
      if (event.startDay === article.published) entry.same.add(article.articleId);
      if (event.startDay < article.published) {
        if (!entry.mentioning.has(article.articleId)) {
          entry.mentioning.add(article.articleId);
          entry.feature.mentioningByGap[Math.min(MAX_GAP, dayNumber(article.published) - dayNumber(event.startDay))]! += 1;
        }
        if (MONTH.test(event.quote)) entry.explicit.add(article.articleId);
        if (event.sentence.start < leadEnd) entry.lead.add(article.articleId);
      }
    }
  }
  const result: DayFeatures[] = [];
  for (const { feature, mentioning, explicit, lead, same } of byDay.values()) {
    const number = dayNumber(feature.day);
    if (number < earliest || number > lastNumber) continue;
    feature.mentioning = mentioning.size;
    feature.mentioningExplicit = explicit.size;
    feature.mentioningInLead = lead.size;
    feature.sameDay = same.size;
    feature.laterArticles = publishedDays.filter((day) => day > feature.day).length;
    result.push(feature);
  }
  return result.sort((a, b) => a.day.localeCompare(b.day));
}

/** Ranks (1 = highest; equal values share a rank; values ≤ 0 get none) of each day by a value. */
export function ranksBy(days: readonly DayFeatures[], value: (day: DayFeatures) => number): Map<string, number> {
  const sorted = days.filter((day) => value(day) > 0).sort((a, b) => value(b) - value(a));
  const result = new Map<string, number>();
  sorted.forEach((day, index) => {
    const previous = sorted[index - 1];
    result.set(day.day, previous && value(previous) === value(day) ? (result.get(previous.day) as number) : index + 1);
  });
  return result;
}

/** Reciprocal rank fusion of several rankings with constant k; ties to more mentions, then the earlier day. */
export function fuse(days: readonly DayFeatures[], values: readonly ((day: DayFeatures) => number)[], k = 0, weights: readonly number[] = values.map(() => 1)): string[] {
  const rankings = values.map((value) => ranksBy(days, value));
  const scored = days.map((day) => ({ day, score: rankings.reduce((sum, ranks, index) => sum + (weights[index] ?? 1) / (k + (ranks.get(day.day) ?? Infinity)), 0) }));
  return scored.sort((a, b) => b.score - a.score || b.day.mentions - a.day.mentions || a.day.day.localeCompare(b.day.day)).map(({ day }) => day.day);
}
