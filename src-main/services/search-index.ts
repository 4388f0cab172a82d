import MiniSearch, { type Options } from 'minisearch';
import { terms } from '../core/search-terms';
import type { Note } from '../shared/annotation';
import type { Article } from '../shared/article';
import type { QueryOptions } from './search-query';
import { TextIndex } from './search-text-index';

/** The fields of the article index: the title, the source, byline and place, and the whole text. */
export const ARTICLE_FIELDS = ['title', 'meta', 'text'] as const;

/** Names the article index's shape; a saved index of another shape is rebuilt, not loaded. */
export const ARTICLE_INDEX_FORMAT = 'dateline-search-5/full-text';

/** Names the note index's shape (a MiniSearch, see {@link NOTE_INDEX_OPTIONS}). */
export const NOTE_INDEX_FORMAT = 'dateline-search-4/lead-3000';

/** Words matched by prefix or with a typo count for less than the word itself (see search-query.ts). */
const weights = { fuzzy: 0.3, prefix: 0.5 };

/** How an article query weighs its fields: a word in the title counts most. */
export const ARTICLE_QUERY: QueryOptions = { boost: { title: 4, meta: 1.5, text: 1 }, weights };

/** How a note query weighs its fields: what the reader wrote (and tagged) over the passage quoted. */
export const NOTE_QUERY: QueryOptions = { boost: { body: 2, quote: 1, tags: 2 }, weights };

// Discarded entries are vacuumed just before a save, in the search service's queue, never while it is being saved.
const shared = { tokenize: (text: string) => terms(text, 'index'), processTerm: (term: string) => term, autoVacuum: false };

/**
 * MiniSearch options of the note index: id = note id; the article id, body and passage ("start:end"
 * in the canonical text, empty for a note on the whole article) are stored, so a hit needs no file.
 */
export const NOTE_INDEX_OPTIONS: Options = {
  ...shared,
  fields: ['body', 'quote', 'tags'],
  storeFields: ['articleId', 'body', 'passage'],
};

/** An empty article index. */
export function newArticleIndex(): TextIndex {
  return new TextIndex(ARTICLE_FIELDS);
}

/** An empty note index. */
export function newNoteIndex(): MiniSearch {
  return new MiniSearch(NOTE_INDEX_OPTIONS);
}

/** The document an article is indexed as: its title, its source, byline and place, and its whole text. */
export function articleDocument(article: Article): Record<(typeof ARTICLE_FIELDS)[number], string> {
  const { meta } = article;
  return {
    title: meta.title,
    meta: [meta.source, meta.byline, meta.place].filter(Boolean).join(' '),
    text: article.content.text,
  };
}

/** What an article's index entry was built from; when it differs, the entry is rebuilt. */
export function articleFingerprint(article: Pick<Article['meta'], 'contentHash' | 'title' | 'source' | 'byline' | 'place'>): string {
  return JSON.stringify([article.contentHash, article.title, article.source, article.byline, article.place]);
}

/** The document a note is indexed as: its body, the passage it quotes and its tags. */
export function noteDocument(note: Note): Record<string, string> {
  const passage = note.target ? `${note.target.position.start}:${note.target.position.end}` : '';
  return { id: note.id, articleId: note.articleId, body: note.body, quote: note.target?.quote.exact ?? '', tags: note.tags.join(' '), passage };
}
