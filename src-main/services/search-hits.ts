import { cutSnippet, findMatches } from '../core/snippet';
import { terms } from '../core/search-terms';
import type { SearchHit } from '../shared/search';
import type { LibraryStore } from '../store/library-store';
import { readArticleText } from '../store/article-text';
import type { RankedQuery } from './search-query';

/** A hit before its snippet is cut: which index it came from, its id, score and the words it matched. */
export interface RankedHit {
  kind: 'article' | 'note';
  /** The article's id, or the note's. */
  id: string;
  /** The article it belongs to (the note's article for a note). */
  articleId: string;
  score: number;
  /** True when the query is the article's whole title: such a hit ranks above every other. */
  isExactTitle: boolean;
  /** Its short id in the index `query` ran over, and that query: what it matched is asked only of the hits kept. */
  shortId: number;
  query: RankedQuery;
}

/** Orders hits: exact title matches first, then by score, then by id so ties are stable. */
export function compareHits(a: Pick<RankedHit, 'isExactTitle' | 'score' | 'id'>, b: Pick<RankedHit, 'isExactTitle' | 'score' | 'id'>): number {
  return Number(b.isExactTitle) - Number(a.isExactTitle) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Adds `hit` to `best`, a list kept in {@link compareHits} order and at most `limit` long, when it
 * belongs there: the page of hits is chosen without sorting (or describing) every match.
 */
export function keepBest(best: RankedHit[], hit: RankedHit, limit: number): void {
  if (!belongsAmong(best, hit, limit)) return;
  let at = best.length;
  while (at > 0 && compareHits(hit, best[at - 1] as RankedHit) < 0) at -= 1;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}

/** True when a hit ranked as `key` would enter `best` (see {@link keepBest}): asked before a hit is made. */
export function belongsAmong(best: readonly RankedHit[], key: Pick<RankedHit, 'isExactTitle' | 'score' | 'id'>, limit: number): boolean {
  const worst = best.at(-1);
  return best.length < limit || worst === undefined || compareHits(key, worst) < 0;
}

/** True when `query` and `title` are the same words (case, accents and little words aside). */
export function isSameTitle(query: string, title: string): boolean {
  const wanted = terms(query, 'query').join(' ');
  return wanted.length > 0 && wanted === terms(title, 'query').join(' ');
}

/** Reads an article's canonical text for its snippet, remembering the last few. */
export class TextCache {
  private readonly texts = new Map<string, string>();

  /** @param store the library; @param size how many texts to remember */
  constructor(
    private readonly store: LibraryStore,
    private readonly size = 50,
  ) {}

  /** The canonical text of an article: the index holds every word of it. */
  async text(articleId: string): Promise<string> {
    const cached = this.texts.get(articleId);
    if (cached !== undefined) return cached;
    const text = await readArticleText(this.store.dir, articleId);
    this.texts.set(articleId, text);
    for (const key of this.texts.keys()) {
      if (this.texts.size <= this.size) break;
      this.texts.delete(key);
    }
    return text;
  }
}

/**
 * Turns a ranked hit into what the reader shows: the article's title with its matches, and a
 * snippet with highlights as offsets into the canonical text (article hits) or the note body
 * (note hits). Reads the article's text for article hits; note hits come whole from the index.
 */
export async function describeHit(store: LibraryStore, texts: TextCache, hit: RankedHit): Promise<SearchHit | null> {
  const meta = store.findArticle(hit.articleId);
  if (!meta) return null;
  const matched = new Set(hit.query.matchedTerms(hit.shortId));
  const stored = hit.query.storedOf(hit.shortId);
  const score = Math.round(hit.score * 1000) / 1000;
  if (hit.kind === 'article') {
    const snippet = cutSnippet(await texts.text(hit.articleId), matched);
    const passage = snippet?.highlights[0] ?? null;
    return { kind: 'article', articleId: meta.id, title: meta.title, score, titleHighlights: findMatches(meta.title, matched), snippet, passage };
  }
  // Articles never change their text, so a note's stored position is where its passage is.
  const [start, end] = String(stored.passage ?? '').split(':').map(Number);
  const passage = start !== undefined && end !== undefined && Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null;
  return { kind: 'note', articleId: meta.id, noteId: hit.id, title: meta.title, score, snippet: cutSnippet(String(stored.body ?? ''), matched), passage };
}
