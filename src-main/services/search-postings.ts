/**
 * Posting lists as the ranked search reads them (search-query.ts): for one word in one field, the
 * documents holding it and how often. MiniSearch keeps them as Maps; the full-text article index
 * (search-text-index.ts) keeps them packed and decodes one only when a query asks for it.
 */
export interface PostingList {
  /** How many documents the list holds (discarded ones included until they are vacuumed). */
  readonly size: number;
  /** The word's frequency in `doc`, or undefined when the document does not hold it. */
  get(doc: number): number | undefined;
  /** Calls `visit` with each document and the word's frequency there, in no particular order. */
  forEach(visit: (doc: number, frequency: number) => void): void;
}

/** One word's postings in each field of an index, by field id. */
export interface TermPostings {
  field(fieldId: number): PostingList | undefined;
}

/** A Map of document → frequency (MiniSearch's own postings) read as a {@link PostingList}. */
export function mapPostings(map: Map<number, number>): PostingList {
  return {
    size: map.size,
    get: (doc) => map.get(doc),
    forEach: (visit) => map.forEach((frequency, doc) => visit(doc, frequency)),
  };
}

/**
 * A decoded posting list: documents in increasing order, so a lookup is a binary search. The
 * full-text index gives every (re)indexed document a new, higher short id, so appending keeps
 * the order.
 */
export class SortedPostings implements PostingList {
  /** @param docs document short ids, increasing; @param frequencies the word's frequency in each; @param size how many of them are used */
  constructor(
    private readonly docs: Uint32Array,
    private readonly frequencies: Uint32Array,
    readonly size: number,
  ) {}

  get(doc: number): number | undefined {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.docs[middle] as number;
      if (at === doc) return this.frequencies[middle];
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  forEach(visit: (doc: number, frequency: number) => void): void {
    for (let index = 0; index < this.size; index += 1) visit(this.docs[index] as number, this.frequencies[index] as number);
  }
}

/** How many bytes `value` takes as a varint (7 bits a byte, low bits first). */
export function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    length += 1;
  }
  return length;
}

/** Writes `value` as a varint at `at`; answers where the next value goes. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  bytes[at++] = value;
  return at;
}

/**
 * Decodes `count` postings packed as varint pairs (gap from the previous document — from 0 for the
 * first — then frequency) from `bytes[start…]` into `docs` and `frequencies` from `into` on;
 * answers the last document decoded (0 when there were none).
 */
export function decodePostings(bytes: Uint8Array, start: number, count: number, docs: Uint32Array, frequencies: Uint32Array, into: number): number {
  let at = start;
  let doc = 0;
  for (let index = 0; index < count; index += 1) {
    let gap = 0;
    let shift = 1;
    let byte: number;
    do {
      byte = bytes[at++] as number;
      gap += (byte & 0x7f) * shift;
      shift *= 0x80;
    } while (byte >= 0x80);
    let frequency = 0;
    shift = 1;
    do {
      byte = bytes[at++] as number;
      frequency += (byte & 0x7f) * shift;
      shift *= 0x80;
    } while (byte >= 0x80);
    doc += gap;
    docs[into + index] = doc;
    frequencies[into + index] = frequency;
  }
  return doc;
}
