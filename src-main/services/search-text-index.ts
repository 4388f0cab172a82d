import { forEachTerm, isCjkTerm } from '../core/search-terms';
import { FieldPostings, type PackedField, type Pause } from './search-field-postings';
import type { PostingList, TermPostings } from './search-postings';
import type { SearchableIndex } from './search-query';

/** Pack the pending postings once this many wait (about 20 MB of plain arrays). */
export const PACK_AFTER_POSTINGS = 1_000_000;
/** How many saved words are registered between two pauses while an index is restored. */
const RESTORE_STEP = 20_000;
/** Drop discarded documents' postings when a pack finds more than this share of documents discarded. */
const VACUUM_SHARE = 0.2;

const growTo = <T extends Uint8Array | Uint32Array>(array: T, size: number, make: (length: number) => T): T => {
  if (size <= array.length) return array;
  const grown = make(Math.max(size, array.length * 2, 1_024));
  grown.set(array);
  return grown;
};

/** What {@link TextIndex.snapshot} hands to the saver, and what a loaded index is rebuilt from. */
export interface TextIndexSnapshot {
  fields: string[];
  ids: string[];
  live: Uint8Array;
  lengths: Uint32Array[];
  terms: string[];
  /** Word ids in the order of their words, for prefix search. */
  sorted: Uint32Array;
  /** How many discarded documents have had their postings dropped. */
  cleared: number;
  packed: PackedField[];
}

/**
 * The full-text index of the library's articles: every word of every field (title, source and
 * the whole text), packed so that 10,000 long articles fit in tens of megabytes (see
 * search-field-postings.ts). Documents get short ids in the order they are indexed; re-indexing
 * one discards its old id. Words are looked up exactly, by prefix (a sorted list of the words)
 * and one edit away (each variant of the query word looked up, so no extra structure).
 */
export class TextIndex implements SearchableIndex {
  readonly fieldIds: Record<string, number>;
  private readonly fields: FieldPostings[];
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[];
  /** The words in order as of the last pack; words added since are in `fresh`. */
  private sorted: string[];
  private fresh: string[] = [];
  /** Words a pack in progress is sorting into `sorted`: still found by prefix meanwhile. */
  private sorting: readonly string[] = [];
  /** The letters of the index's Latin-like words: what a one-edit variant may use. */
  private readonly alphabet = new Set<string>();
  private readonly ids: string[];
  private readonly shortIds = new Map<string, number>();
  private live: Uint8Array;
  private lengths: Uint32Array[];
  private readonly lengthSums: number[];
  private liveCount = 0;
  /** Discarded documents whose postings a vacuum has dropped. */
  private cleared = 0;
  /** Scratch: how often each word occurs in the field being indexed (zero between documents). */
  private counts = new Uint32Array(0);

  /** @param fields the indexed fields, in order (an empty index; see {@link TextIndex.restore} for a saved one) */
  constructor(fields: readonly string[]) {
    this.fieldIds = Object.fromEntries(fields.map((field, at) => [field, at]));
    this.fields = fields.map(() => new FieldPostings());
    this.termList = [];
    this.ids = [];
    this.live = new Uint8Array(0);
    this.lengths = fields.map(() => new Uint32Array(0));
    this.lengthSums = fields.map(() => 0);
    this.sorted = [];
  }

  /** An index as saved in `saved`, its words and documents registered a part at a time between pauses. */
  static async restore(fields: readonly string[], saved: TextIndexSnapshot, pause: Pause): Promise<TextIndex> {
    const index = new TextIndex(fields);
    index.fields.splice(0, index.fields.length, ...fields.map((_, at) => new FieldPostings(saved.packed[at])));
    index.termList.push(...saved.terms);
    index.ids.push(...saved.ids);
    index.live = saved.live;
    index.lengths = saved.lengths;
    index.counts = new Uint32Array(saved.terms.length);
    index.cleared = saved.cleared;
    for (let at = 0; at < saved.terms.length; at += RESTORE_STEP) {
      for (const [offset, term] of saved.terms.slice(at, at + RESTORE_STEP).entries()) index.noteTerm(term, at + offset);
      await pause();
    }
    for (let at = 0; at < saved.sorted.length; at += RESTORE_STEP) {
      for (const termId of saved.sorted.subarray(at, at + RESTORE_STEP)) index.sorted.push(saved.terms[termId] as string);
      await pause();
    }
    for (const [doc, id] of index.ids.entries()) {
      if (index.live[doc] !== 1) continue;
      index.shortIds.set(id, doc);
      index.liveCount += 1;
      for (const [field, lengths] of index.lengths.entries()) index.lengthSums[field] = (index.lengthSums[field] as number) + (lengths[doc] as number);
    }
    return index;
  }

  /** How many documents are indexed. */
  get documentCount(): number {
    return this.liveCount;
  }

  /** One more than the highest short id given so far. */
  get nextId(): number {
    return this.ids.length;
  }

  /** How many discarded documents still have postings. */
  get discardedCount(): number {
    return this.ids.length - this.liveCount - this.cleared;
  }

  /** How many postings wait to be packed. */
  get pendingPostings(): number {
    return this.fields.reduce((total, field) => total + field.pendingPostings, 0);
  }

  has(id: string): boolean {
    return this.shortIds.has(id);
  }

  /** Indexes a document: each field's text, split into words as search-terms.ts does. Re-indexing an id replaces it. */
  add(id: string, document: Record<string, string>): void {
    this.discard(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.shortIds.set(id, doc);
    this.live = growTo(this.live, doc + 1, (length) => new Uint8Array(length));
    this.live[doc] = 1;
    this.liveCount += 1;
    for (const [field, fieldId] of Object.entries(this.fieldIds)) {
      // Counted by word id in one reused array: a word's string is hashed once per occurrence, not twice.
      const touched: number[] = [];
      forEachTerm(document[field] ?? '', 'index', (term) => {
        const termId = this.termIdOf(term);
        if (this.counts[termId] === 0) touched.push(termId);
        this.counts[termId] = (this.counts[termId] as number) + 1;
      });
      const postings = this.fields[fieldId] as FieldPostings;
      for (const termId of touched) {
        postings.add(termId, doc, this.counts[termId] as number);
        this.counts[termId] = 0;
      }
      const lengths = growTo(this.lengths[fieldId] as Uint32Array, doc + 1, (length) => new Uint32Array(length));
      this.lengths[fieldId] = lengths;
      lengths[doc] = touched.length;
      this.lengthSums[fieldId] = (this.lengthSums[fieldId] as number) + touched.length;
    }
  }

  /** Drops a document from the results; its postings go at the next vacuum. */
  discard(id: string): void {
    const doc = this.shortIds.get(id);
    if (doc === undefined) return;
    this.shortIds.delete(id);
    this.live[doc] = 0;
    this.liveCount -= 1;
    for (const [field, lengths] of this.lengths.entries()) this.lengthSums[field] = (this.lengthSums[field] as number) - (lengths[doc] as number);
  }

  isLive(doc: number): boolean {
    return this.live[doc] === 1;
  }

  idOf(doc: number): string {
    return this.ids[doc] ?? '';
  }

  storedOf(): Record<string, unknown> {
    return {};
  }

  fieldLength(doc: number, fieldId: number): number {
    return this.lengths[fieldId]?.[doc] ?? 0;
  }

  averageFieldLength(fieldId: number): number {
    return this.liveCount === 0 ? 1 : (this.lengthSums[fieldId] as number) / this.liveCount;
  }

  get(term: string): TermPostings | undefined {
    const termId = this.termIds.get(term);
    return termId === undefined ? undefined : this.postingsOf(termId);
  }

  /** The indexed words that start with `prefix` (itself included), with their postings, decoded only when read. */
  *atPrefix(prefix: string): Iterable<[string, TermPostings]> {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < this.sorted.length && (this.sorted[at] as string).startsWith(prefix); at += 1) {
      const term = this.sorted[at] as string;
      yield [term, this.postingsOf(this.termIds.get(term) as number)];
    }
    for (const words of [this.sorting, this.fresh]) {
      for (const term of words) if (term.startsWith(prefix)) yield [term, this.postingsOf(this.termIds.get(term) as number)];
    }
  }

  /** The indexed words one insertion, deletion or substitution away from `term` (Latin-like words only), with their distance. */
  fuzzyGet(term: string, distance: number): Map<string, [TermPostings, number]> {
    const found = new Map<string, [TermPostings, number]>();
    if (distance < 1 || isCjkTerm(term)) return found;
    const consider = (word: string) => {
      if (word === term || found.has(word)) return;
      const termId = this.termIds.get(word);
      if (termId !== undefined) found.set(word, [this.postingsOf(termId), 1]);
    };
    for (let at = 0; at <= term.length; at += 1) {
      const head = term.slice(0, at);
      const tail = term.slice(at);
      if (at < term.length) consider(head + tail.slice(1));
      for (const letter of this.alphabet) {
        consider(head + letter + tail);
        if (at < term.length) consider(head + letter + tail.slice(1));
      }
    }
    return found;
  }

  /**
   * Packs what was added since the last pack (and drops discarded documents' postings when they
   * have become a large share), pausing between parts. Run it between updates, not during one.
   */
  async pack(pause: Pause): Promise<void> {
    const vacuum = this.discardedCount > VACUUM_SHARE * Math.max(1, this.ids.length - this.cleared);
    const discarded = this.ids.length - this.liveCount;
    const termCount = this.termList.length;
    const live = this.live;
    const isLive = vacuum ? (doc: number) => live[doc] === 1 : null;
    for (const field of this.fields) await field.pack(termCount, pause, isLive);
    // Documents discarded during the pack keep their postings until the next vacuum.
    if (vacuum) this.cleared = discarded;
    if (this.fresh.length > 0) {
      this.sorting = this.fresh;
      // Words added while the parts are sorted go to a new `fresh`, for the next pack.
      this.fresh = [];
      this.sorted = mergeSorted(this.sorted, await sortInParts(this.sorting, pause));
      this.sorting = [];
    }
  }

  /** Everything a saver needs; call {@link pack} first (postings still pending are not in it). */
  snapshot(): TextIndexSnapshot {
    const sorted = Uint32Array.from(this.sorted, (term) => this.termIds.get(term) as number);
    return {
      fields: Object.keys(this.fieldIds),
      ids: this.ids,
      live: this.live.subarray(0, this.ids.length),
      lengths: this.lengths.map((lengths) => lengths.subarray(0, this.ids.length)),
      terms: this.termList,
      sorted,
      cleared: this.cleared,
      packed: this.fields.map((field) => field.packedField),
    };
  }

  private termIdOf(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.termList.length;
      this.termList.push(term);
      this.fresh.push(term);
      this.noteTerm(term, termId);
      this.counts = growTo(this.counts, termId + 1, (length) => new Uint32Array(length));
    }
    return termId;
  }

  private noteTerm(term: string, termId: number): void {
    this.termIds.set(term, termId);
    if (isCjkTerm(term)) return;
    for (const letter of term) if (!this.alphabet.has(letter)) this.alphabet.add(letter);
  }

  private postingsOf(termId: number): TermPostings {
    const cache = new Map<number, PostingList | undefined>();
    return {
      field: (fieldId) => {
        if (!cache.has(fieldId)) cache.set(fieldId, this.fields[fieldId]?.postings(termId));
        return cache.get(fieldId);
      },
    };
  }
}

/** Sorts strings a few thousand at a time, then merges the parts, pausing in between: a first build sorts a whole vocabulary. */
async function sortInParts(strings: readonly string[], pause: Pause): Promise<string[]> {
  let parts: string[][] = [];
  for (let at = 0; at < strings.length; at += RESTORE_STEP) {
    parts.push(strings.slice(at, at + RESTORE_STEP).sort());
    await pause();
  }
  while (parts.length > 1) {
    const merged: string[][] = [];
    for (let at = 0; at < parts.length; at += 2) {
      merged.push(at + 1 < parts.length ? mergeSorted(parts[at] as string[], parts[at + 1] as string[]) : (parts[at] as string[]));
      await pause();
    }
    parts = merged;
  }
  return parts[0] ?? [];
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let at = 0;
  while (i < a.length && j < b.length) merged[at++] = (a[i] as string) <= (b[j] as string) ? (a[i++] as string) : (b[j++] as string);
  while (i < a.length) merged[at++] = a[i++] as string;
  while (j < b.length) merged[at++] = b[j++] as string;
  return merged;
}
