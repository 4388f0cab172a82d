import type { CollectionEvent, EventSource, EventView } from '../../shared/timeline-views';
import { contentWords, diceSimilarity } from './content-words';

/** One article's part of a collection timeline: who tells it and its visible events, each with its sentence's text. */
export interface ArticleEvents {
  articleId: string;
  articleTitle: string;
  source: string | null;
  /** The publication day, `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** The article's events (hidden ones already left out). */
  events: readonly EventView[];
  /** The text of each event's sentence, in the order of `events`. */
  quotes: readonly string[];
}

/** How alike (Dice over content words) two sentences on one date must be to tell the same happening. */
export const SAME_EVENT_SIMILARITY = 0.3;

/** The longest quote a source carries, in characters. */
const MAX_QUOTE = 400;

interface Cluster {
  words: Set<string>;
  members: { view: EventView; source: EventSource }[];
}

/**
 * Merges the events of several articles into one collection timeline: events with the same date
 * value whose sentences are alike (see {@link SAME_EVENT_SIMILARITY}) become one event listing
 * every source, the earliest published first; different happenings on one date stay apart.
 * Deterministic: the same articles give the same events in the same order on every machine,
 * whatever order they come in. Each merged event takes the title of its first source (a title the
 * user edited wins) and is marked edited when any of its sources was.
 */
export function mergeEvents(articles: readonly ArticleEvents[]): CollectionEvent[] {
  const ordered = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.articleId.localeCompare(b.articleId));
  const byValue = new Map<string, Cluster[]>();
  for (const article of ordered) {
    article.events.forEach((view, index) => {
      const quote = clip(article.quotes[index] ?? '');
      const source: EventSource = {
        articleId: article.articleId,
        key: view.key,
        articleTitle: article.articleTitle,
        source: article.source,
        published: article.published,
        sentence: view.sentence,
        quote,
      };
      const words = contentWords(`${view.title} ${quote}`);
      const clusters = byValue.get(view.value) ?? [];
      let best: Cluster | null = null;
      let bestSimilarity = SAME_EVENT_SIMILARITY;
      for (const cluster of clusters) {
        const similarity = diceSimilarity(words, cluster.words);
        if (similarity >= bestSimilarity) {
          best = cluster;
          bestSimilarity = similarity;
        }
      }
      if (best) best.members.push({ view, source });
      else clusters.push({ words, members: [{ view, source }] });
      byValue.set(view.value, clusters);
    });
  }
  const events: CollectionEvent[] = [];
  for (const clusters of byValue.values()) for (const cluster of clusters) events.push(toCollectionEvent(cluster));
  return events.sort((a, b) => a.startDay.localeCompare(b.startDay) || a.endDay.localeCompare(b.endDay) || a.key.localeCompare(b.key));
}

function toCollectionEvent({ members }: Cluster): CollectionEvent {
  const first = members[0] as Cluster['members'][number];
  const retitled = members.find(({ view }) => view.isEdited && view.extracted !== null && view.title !== view.extracted.title);
  return {
    key: `${first.view.value}|${first.source.articleId}:${first.view.key}`,
    value: first.view.value,
    granularity: first.view.granularity,
    startDay: first.view.startDay,
    endDay: first.view.endDay,
    title: (retitled ?? first).view.title,
    isEdited: members.some(({ view }) => view.isEdited),
    sources: members.map(({ source }) => source),
  };
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= MAX_QUOTE ? clean : `${clean.slice(0, MAX_QUOTE - 1)}…`;
}
