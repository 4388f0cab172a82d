import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { isCjkTerm, terms } from '../core/search-terms';
import type { Note } from '../shared/annotation';
import type { Article } from '../shared/article';

/**
 * How much of an article's canonical text is indexed, in UTF-16 code units: about 500 English
 * words, the whole of a typical wire story. News is written as an inverted pyramid, so the lead
 * holds what a reader searches for; indexing every word of 10,000 long reads would hold tens of
 * millions of postings in the main process (over a gigabyte) — see bench/library.ts. Titles,
 * sources and notes are indexed whole. Words past the lead are found with find-in-article.
 */
export const INDEXED_TEXT_LENGTH = 3_000;

/** Names the index's shape; a saved index of another shape is rebuilt, not loaded. */
export const SEARCH_INDEX_FORMAT = `dateline-search-2/lead-${INDEXED_TEXT_LENGTH}`;

const searchOptions: SearchOptions = {
  tokenize: (query) => terms(query, 'query'),
  processTerm: (term) => term,
  combineWith: 'AND',
  // A lone CJK character is matched as the start of the character pairs that hold it. Shorter
  // Latin prefixes expand to too many words to be useful, or fast, in a large library.
  prefix: (term) => term.length >= 4 || isCjkTerm(term),
  // One typo is forgiven in words of five letters or more: two would match unrelated words.
  fuzzy: (term) => (term.length >= 5 && !isCjkTerm(term) ? 1 : false),
  weights: { fuzzy: 0.3, prefix: 0.5 },
};

const shared = { tokenize: (text: string) => terms(text, 'index'), processTerm: (term: string) => term };

/** MiniSearch options of the article index: id = article id, nothing stored (metadata is in the library). */
export const ARTICLE_INDEX_OPTIONS: Options = {
  ...shared,
  fields: ['title', 'meta', 'text'],
  storeFields: [],
  searchOptions: { ...searchOptions, boost: { title: 4, meta: 1.5 } },
};

/**
 * MiniSearch options of the note index: id = note id; the article id, body and passage ("start:end"
 * in the canonical text, empty for a note on the whole article) are stored, so a hit needs no file.
 */
export const NOTE_INDEX_OPTIONS: Options = {
  ...shared,
  fields: ['body', 'quote', 'tags'],
  storeFields: ['articleId', 'body', 'passage'],
  searchOptions: { ...searchOptions, boost: { body: 2, tags: 2 } },
};

/** An empty article index. */
export function newArticleIndex(): MiniSearch {
  return new MiniSearch(ARTICLE_INDEX_OPTIONS);
}

/** An empty note index. */
export function newNoteIndex(): MiniSearch {
  return new MiniSearch(NOTE_INDEX_OPTIONS);
}

/** The document an article is indexed as: its title, its source, byline and place, and its lead. */
export function articleDocument(article: Article): Record<string, string> {
  const { meta } = article;
  return {
    id: meta.id,
    title: meta.title,
    meta: [meta.source, meta.byline, meta.place].filter(Boolean).join(' '),
    text: article.content.text.slice(0, INDEXED_TEXT_LENGTH),
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

/** Searches one index; a query with no searchable words (only "the", say) finds nothing. */
export function searchIndex(index: MiniSearch, query: string): SearchResult[] {
  return terms(query, 'query').length === 0 ? [] : index.search(query);
}
