import type MiniSearch from 'minisearch';
import { isCjkTerm, terms } from '../core/search-terms';
import { mapPostings, type PostingList, type TermPostings } from './search-postings';

/** Term → field id → short document id → term frequency, as MiniSearch keeps its postings. */
type MiniSearchPostings = Map<number, Map<number, number>>;

/**
 * The parts of a MiniSearch index (7.2, pinned in package.json) that the ranked search reads; it
 * never writes them. MiniSearch's own `search` scores every posting of every term before it
 * intersects (so "government officials" scores each of 10,000 articles twice) and materialises
 * every hit; reading its postings directly lets an AND query start from its rarest word and
 * only look the others up in the documents still in the running. (search-persist.ts reads them
 * too, to save the index a part at a time.)
 */
export interface IndexInternals {
  _index: Iterable<[string, MiniSearchPostings]> & { get(term: string): MiniSearchPostings | undefined; atPrefix(prefix: string): Iterable<[string, MiniSearchPostings]>; fuzzyGet(term: string, distance: number): Map<string, [MiniSearchPostings, number]> };
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

/** The internals of a MiniSearch index (see {@link IndexInternals}). */
export function internalsOf(index: MiniSearch): IndexInternals {
  return index as unknown as IndexInternals;
}

/**
 * What a ranked query reads of an index: its documents (short ids below `nextId`), their field
 * lengths, and the postings of a word, of the words it starts, and of the words one edit away.
 * The note index is a MiniSearch ({@link miniSearchIndex}); the article index is the packed
 * full-text index (search-text-index.ts).
 */
export interface SearchableIndex {
  readonly fieldIds: Record<string, number>;
  readonly documentCount: number;
  readonly nextId: number;
  isLive(doc: number): boolean;
  idOf(doc: number): string;
  storedOf(doc: number): Record<string, unknown>;
  fieldLength(doc: number, fieldId: number): number;
  averageFieldLength(fieldId: number): number;
  get(term: string): TermPostings | undefined;
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  fuzzyGet(term: string, distance: number): Map<string, [TermPostings, number]>;
}

const termPostingsOf = (fields: MiniSearchPostings): TermPostings => ({ field: (fieldId) => { const docs = fields.get(fieldId); return docs && mapPostings(docs); } });

/** A MiniSearch index read as a {@link SearchableIndex}. */
export function miniSearchIndex(index: MiniSearch): SearchableIndex {
  const inner = internalsOf(index);
  return {
    fieldIds: inner._fieldIds,
    get documentCount() {
      return inner._documentCount;
    },
    get nextId() {
      return inner._nextId;
    },
    // Discarded documents keep their postings until MiniSearch vacuums them.
    isLive: (doc) => inner._documentIds.has(doc),
    idOf: (doc) => String(inner._documentIds.get(doc)),
    storedOf: (doc) => inner._storedFields.get(doc) ?? {},
    fieldLength: (doc, fieldId) => inner._fieldLength.get(doc)?.[fieldId] ?? 0,
    averageFieldLength: (fieldId) => inner._avgFieldLength[fieldId] ?? 1,
    get: (term) => {
      const fields = inner._index.get(term);
      return fields && termPostingsOf(fields);
    },
    *atPrefix(prefix) {
      for (const [term, fields] of inner._index.atPrefix(prefix)) yield [term, termPostingsOf(fields)];
    },
    fuzzyGet: (term, distance) => new Map([...inner._index.fuzzyGet(term, distance)].map(([word, [fields, away]]) => [word, [termPostingsOf(fields), away]])),
  };
}

/** How a query is matched: field boosts, and how much prefix and fuzzy matches weigh. */
export interface QueryOptions {
  boost: Record<string, number>;
  weights: { prefix: number; fuzzy: number };
}

/** One indexed word a query word matches: itself (weight 1), a longer word it starts, or a near miss. */
interface Variant {
  term: string;
  weight: number;
  postings: TermPostings;
}

/** A distinct word of the query, how often the query repeats it, and what it matches. */
interface QueryWord {
  term: string;
  count: number;
  variants: Variant[];
  /** An upper bound of how many documents it matches: its postings, counted per field. */
  size: number;
}

/**
 * How many indexed words one query word may expand to by prefix or typo. Closer words weigh more
 * (see {@link variantsOf}), so the closest are kept: a four-letter prefix in a large library can
 * start hundreds of words whose postings would otherwise all be scored.
 */
const MAX_VARIANTS = 40;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A document the query matched: MiniSearch's short id, its external id and its score. */
export interface Match {
  shortId: number;
  id: string;
  score: number;
}

/**
 * A query over one MiniSearch index, with every word required (AND): BM25 per field, as
 * MiniSearch scores, words matched by prefix or typo weighing less, multiplied by the number of
 * distinct query words. A query with no searchable words matches nothing.
 */
export class RankedQuery {
  private readonly index: SearchableIndex;
  private readonly words: QueryWord[];
  private readonly fields: [fieldId: number, boost: number][];

  /** @param index the index (a MiniSearch through {@link miniSearchIndex}); @param query the words typed; @param options boosts and weights */
  constructor(index: SearchableIndex, query: string, options: QueryOptions) {
    this.index = index;
    this.fields = Object.entries(index.fieldIds).map(([field, id]) => [id, options.boost[field] ?? 1]);
    const counts = new Map<string, number>();
    for (const term of terms(query, 'query')) counts.set(term, (counts.get(term) ?? 0) + 1);
    this.words = [...counts].map(([term, count]) => this.wordOf(term, count, options));
  }

  /**
   * Calls `visit` with every matching document's short id and score, in no particular order.
   * Scores are kept in an array indexed by short id, and the documents still in the running in a
   * list: no object or map entry per match, which matters when one word is in every article.
   */
  forEachMatch(visit: (shortId: number, score: number) => void): void {
    const words = [...this.words].sort((a, b) => a.size - b.size);
    if (words.length === 0 || (words[0] as QueryWord).size === 0) return;
    const scores = new Float64Array(this.index.nextId);
    const running: number[] = [];
    this.forEachPosting(words[0] as QueryWord, null, (doc, score) => {
      if (scores[doc] === 0) running.push(doc);
      scores[doc] = (scores[doc] as number) + score;
    });
    for (const word of words.slice(1)) {
      if (running.length === 0) return;
      this.narrow(scores, running, word);
    }
    for (const doc of running) visit(doc, (scores[doc] as number) * words.length);
  }

  /** The external id of a short id. */
  idOf(shortId: number): string {
    return this.index.idOf(shortId);
  }

  /** The fields stored with a document (the note index stores the note's article, body and passage). */
  storedOf(shortId: number): Record<string, unknown> {
    return this.index.storedOf(shortId);
  }

  /** The indexed words a document matched: what a snippet highlights. */
  matchedTerms(shortId: number): string[] {
    const found: string[] = [];
    for (const word of this.words) {
      for (const variant of word.variants) {
        if (this.fields.some(([fieldId]) => variant.postings.field(fieldId)?.get(shortId) !== undefined)) found.push(variant.term);
      }
    }
    return found;
  }

  /**
   * True when the document's `field` may be the query itself: it has as many distinct words as the
   * query (MiniSearch's field length) and holds every one of them as typed. A cheap test, from the index alone, before the text is compared.
   */
  mayEqualField(shortId: number, field: string): boolean {
    const fieldId = this.index.fieldIds[field];
    if (fieldId === undefined || this.index.fieldLength(shortId, fieldId) !== this.words.length) return false;
    return this.words.every((word) => word.variants[0]?.weight === 1 && word.variants[0].term === word.term && word.variants[0].postings.field(fieldId)?.get(shortId) !== undefined);
  }

  private wordOf(term: string, count: number, options: QueryOptions): QueryWord {
    const variants = variantsOf(this.index, term, options);
    let size = 0;
    for (const variant of variants) for (const [fieldId] of this.fields) size += variant.postings.field(fieldId)?.size ?? 0;
    return { term, count, variants, size };
  }

  /**
   * Keeps the documents of `running` that also match `word`, adding its score (a document dropped
   * goes back to 0): by lookups, or by one pass over its postings when that is shorter.
   */
  private narrow(scores: Float64Array, running: number[], word: QueryWord): void {
    let added: Float64Array | null = null;
    if (running.length * word.variants.length * this.fields.length >= word.size) {
      const sums = new Float64Array(scores.length);
      this.forEachPosting(word, scores, (doc, score) => (sums[doc] = (sums[doc] as number) + score));
      added = sums;
    }
    let kept = 0;
    for (const doc of running) {
      const score = added ? (added[doc] as number) : this.scoreIn(word, doc);
      if (score > 0) {
        scores[doc] = (scores[doc] as number) + score;
        running[kept] = doc;
        kept += 1;
      } else scores[doc] = 0;
    }
    running.length = kept;
  }

  private scoreIn(word: QueryWord, doc: number): number {
    let total = 0;
    for (const variant of word.variants) {
      for (const [fieldId, boost] of this.fields) {
        const docs = variant.postings.field(fieldId);
        const frequency = docs?.get(doc);
        if (docs && frequency !== undefined) total += this.bm25(doc, fieldId, frequency, docs.size) * variant.weight * boost * word.count;
      }
    }
    return total;
  }

  /** Calls `visit` with each live document of a word's postings (only those with a score in `within`, when given) and its score there. */
  private forEachPosting(word: QueryWord, within: Float64Array | null, visit: (doc: number, score: number) => void): void {
    const index = this.index;
    for (const variant of word.variants) {
      for (const [fieldId, boost] of this.fields) {
        const docs: PostingList | undefined = variant.postings.field(fieldId);
        if (!docs) continue;
        const factor = variant.weight * boost * word.count;
        docs.forEach((doc, frequency) => {
          // Discarded documents keep their postings until the index is vacuumed.
          if (within ? !((within[doc] as number) > 0) : !index.isLive(doc)) return;
          visit(doc, this.bm25(doc, fieldId, frequency, docs.size) * factor);
        });
      }
    }
  }

  private bm25(doc: number, fieldId: number, frequency: number, matching: number): number {
    const total = this.index.documentCount;
    const length = this.index.fieldLength(doc, fieldId);
    const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    return inverse * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / this.index.averageFieldLength(fieldId))));
  }
}

/**
 * The indexed words `term` matches, the word itself first: longer words it starts (terms of four
 * letters or more, and any CJK character — a lone character is found through the pairs that hold
 * it), and words one edit away (terms of five letters or more, Latin and the like; two edits would
 * match unrelated words). Weights fall with the distance, as MiniSearch weighs them.
 */
function variantsOf(index: SearchableIndex, term: string, { weights }: QueryOptions): Variant[] {
  const variants = new Map<string, Variant>();
  const exact = index.get(term);
  if (exact) variants.set(term, { term, weight: 1, postings: exact });
  const near: Variant[] = [];
  if (term.length >= 4 || isCjkTerm(term)) {
    for (const [word, postings] of index.atPrefix(term)) {
      const distance = word.length - term.length;
      if (distance > 0) near.push({ term: word, weight: (weights.prefix * word.length) / (word.length + 0.3 * distance), postings });
    }
  }
  if (term.length >= 5 && !isCjkTerm(term)) {
    for (const [word, [postings, distance]] of index.fuzzyGet(term, 1)) {
      if (distance > 0 && !word.startsWith(term)) near.push({ term: word, weight: (weights.fuzzy * word.length) / (word.length + distance), postings });
    }
  }
  near.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  for (const variant of near.slice(0, MAX_VARIANTS)) variants.set(variant.term, variant);
  return [...variants.values()];
}
