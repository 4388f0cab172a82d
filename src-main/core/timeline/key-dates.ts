import type { EventSource, KeyDate } from '../../shared/timeline-views';
import type { ArticleEvents } from './merge-events';
import { addDays } from './calendar';
import { summariseDate, type SummaryCandidate } from './summarise-date';
import { pictureCreditLength } from './picture-credit';
import { formatDay } from './timex-value';

/** An article with its opening sentences, which tell what happened on the day it was published. */
export interface KeyDateArticle extends ArticleEvents {
  leads: readonly { sentence: { start: number; end: number }; quote: string }[];
}

/** What key dates to build. */
export interface KeyDateOptions {
  /** How many dates. */
  count: number;
  /** How many sentences summarise each date (default 2). */
  sentences?: number;
}

interface DayTally {
  published: Set<string>;
  /** Articles that name the day, published after it: the story keeps coming back to it. */
  mentioning: Set<string>;
  mentions: number;
  candidates: SummaryCandidate<EventSource>[];
}

/**
 * Rank fusion's constant: small, so a day near the top of either list (most published, most named
 * afterwards) beats a day in the middle of both.
 */
const FUSION_CONSTANT = 0;

/** How many days before the collection's first article a key date may lie (a story starts before it is covered). */
const DAYS_BEFORE_FIRST_ARTICLE = 60;

/**
 * The key dates of a collection: single days (weeks, months and years are too coarse to be a key
 * date) ranked by two counts, fused by their ranks (reciprocal rank fusion, so neither count's scale
 * swamps the other): how many articles were published that day (a burst of coverage), and how many
 * later articles name it (a day the story keeps coming back to). Each article counts once per day.
 * Days after the last article (announced plans) or long before the first are left out. Ties go to
 * more mentions, then the earlier day. Each comes with a summary of up to `sentences` sentences
 * drawn from the sentences that name it and the leads of that day's articles.
 */
export function rankKeyDates(articles: readonly KeyDateArticle[], options: KeyDateOptions): KeyDate[] {
  const days = tallyDays(articles);
  const published = articles.flatMap((article) => (article.published ? [article.published] : [])).sort();
  const first = published[0];
  const last = published.at(-1);
  if (!first || !last) return [];
  const earliest = shiftDay(first, -DAYS_BEFORE_FIRST_ARTICLE);
  const eligible = [...days.entries()].filter(([day]) => day >= earliest && day <= last);
  const publishedRank = ranks(eligible, (tally) => tally.published.size);
  const mentionRank = ranks(eligible, (tally) => tally.mentioning.size);
  const fused = (day: string) => 1 / (FUSION_CONSTANT + (publishedRank.get(day) ?? Infinity)) + 1 / (FUSION_CONSTANT + (mentionRank.get(day) ?? Infinity));
  const ranked = eligible
    .map(([day, tally]) => ({ day, tally, score: fused(day) }))
    .sort((a, b) => b.score - a.score || b.tally.mentions - a.tally.mentions || a.day.localeCompare(b.day))
    .slice(0, Math.max(0, options.count));
  return ranked.map(({ day, tally, score }) => {
    const summary = summariseDate(tally.candidates, options.sentences ?? 2);
    return {
      value: day,
      score,
      articleCount: new Set([...tally.published, ...tally.mentioning]).size,
      mentionCount: tally.mentions,
      publishedCount: tally.published.size,
      summary: summary.map((candidate) => candidate.text),
      sources: summary.map((candidate) => candidate.source),
    };
  });
}

/** Each day's rank (1 = highest count; equal counts share a rank) by a count; days counting 0 have none. */
function ranks(days: readonly [string, DayTally][], count: (tally: DayTally) => number): Map<string, number> {
  const sorted = days.filter(([, tally]) => count(tally) > 0).sort((a, b) => count(b[1]) - count(a[1]));
  const result = new Map<string, number>();
  sorted.forEach(([day, tally], index) => {
    const previous = sorted[index - 1];
    result.set(day, previous && count(previous[1]) === count(tally) ? (result.get(previous[0]) as number) : index + 1);
  });
  return result;
}

function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDay(addDays({ year, month, day: date }, days));
}

function tallyDays(articles: readonly KeyDateArticle[]): Map<string, DayTally> {
  const days = new Map<string, DayTally>();
  const tallyOf = (day: string): DayTally => {
    let tally = days.get(day);
    if (!tally) days.set(day, (tally = { published: new Set(), mentioning: new Set(), mentions: 0, candidates: [] }));
    return tally;
  };
  const ordered = [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId));
  for (const article of ordered) {
    const base = { articleId: article.articleId, articleTitle: article.articleTitle, source: article.source, published: article.published };
    if (article.published) {
      const tally = tallyOf(article.published);
      tally.published.add(article.articleId);
      for (const lead of article.leads) tally.candidates.push({ text: tidySentence(lead.quote), source: { ...base, key: null, sentence: lead.sentence, quote: lead.quote } });
    }
    article.events.forEach((event, index) => {
      if (event.granularity !== 'day' && event.granularity !== 'time') return;
      const day = event.startDay;
      const tally = tallyOf(day);
      tally.mentions += 1;
      if (article.published && day < article.published) tally.mentioning.add(article.articleId);
      const quote = article.quotes[index] ?? '';
      tally.candidates.push({ text: tidySentence(quote), source: { ...base, key: event.key, sentence: event.sentence, quote } });
    });
  }
  return days;
}

/**
 * A sentence as a summary shows it: without a leading stamp in brackets or dashes, as live blogs
 * open their updates ("(Update 10:25 p.m. in Cairo) …", "-- …"), or a picture's credit
 * ("Photograph: Tim Ireland/PA …").
 */
export function tidySentence(sentence: string): string {
  return sentence.slice(pictureCreditLength(sentence)).replace(/^(?:\s*(?:[-–—]+|\([^()]{0,80}(?:\([^()]*\)[^()]{0,40})?\)))+\s*/, '').trim() || sentence.trim();
}
