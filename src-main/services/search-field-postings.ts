import { decodePostings, type PostingList, SortedPostings, varintLength, writeVarint } from './search-postings';

/** A pause between parts of long work, so the main process answers clicks meanwhile. */
export type Pause = () => Promise<void>;

/** How many words are packed between two pauses. */
const TERMS_PER_STEP = 8_192;

/** The packed postings of one field: per word, where its run of bytes starts, how long it is, how many documents it holds and the last of them. */
export interface PackedField {
  bytes: Uint8Array;
  starts: Uint32Array;
  lengths: Uint32Array;
  counts: Uint32Array;
  lasts: Uint32Array;
}

/** A field with nothing packed yet. */
export function emptyPackedField(): PackedField {
  return { bytes: new Uint8Array(0), starts: new Uint32Array(0), lengths: new Uint32Array(0), counts: new Uint32Array(0), lasts: new Uint32Array(0) };
}

/**
 * The postings of one field of the full-text index. Most live packed: for each word, its
 * documents as varint gaps and frequencies in one shared byte array (two to three bytes a
 * posting, where a Map entry costs tens). Documents indexed since the last pack wait in plain
 * arrays, and {@link pack} appends them to each word's run. Queries read both.
 */
export class FieldPostings {
  private packed: PackedField;
  /** By word id: document, frequency, document, frequency… added since the last pack. */
  private pending: (number[] | undefined)[] = [];
  /** What a pack in progress is appending: still read by queries until the pack is done. */
  private merging: (number[] | undefined)[] | null = null;
  private pendingCount = 0;

  /** @param packed postings loaded from a saved index */
  constructor(packed: PackedField = emptyPackedField()) {
    this.packed = packed;
  }

  /** How many postings wait to be packed. */
  get pendingPostings(): number {
    return this.pendingCount;
  }

  /** The packed postings, as saved. Call {@link pack} first to include everything. */
  get packedField(): PackedField {
    return this.packed;
  }

  /** Records that document `doc` (higher than any before it) holds word `termId` `frequency` times. */
  add(termId: number, doc: number, frequency: number): void {
    const list = this.pending[termId];
    if (list) list.push(doc, frequency);
    else this.pending[termId] = [doc, frequency];
    this.pendingCount += 1;
  }

  /** The documents holding word `termId` (discarded ones included), or undefined when none do. */
  postings(termId: number): PostingList | undefined {
    const { bytes, starts, counts } = this.packed;
    const packedCount = termId < counts.length ? (counts[termId] as number) : 0;
    const merging = this.merging?.[termId];
    const pending = this.pending[termId];
    const size = packedCount + (merging ? merging.length / 2 : 0) + (pending ? pending.length / 2 : 0);
    if (size === 0) return undefined;
    const docs = new Uint32Array(size);
    const frequencies = new Uint32Array(size);
    if (packedCount > 0) decodePostings(bytes, starts[termId] as number, packedCount, docs, frequencies, 0);
    let at = packedCount;
    for (const list of [merging, pending]) {
      if (!list) continue;
      for (let index = 0; index < list.length; index += 2) {
        docs[at] = list[index] as number;
        frequencies[at] = list[index + 1] as number;
        at += 1;
      }
    }
    return new SortedPostings(docs, frequencies, size);
  }

  /**
   * Appends the pending postings to the packed ones, a few thousand words between pauses;
   * documents added meanwhile wait for the next pack. With `isLive`, the postings of documents
   * that are no longer live are dropped on the way (a vacuum: every run is decoded and rewritten).
   */
  async pack(termCount: number, pause: Pause, isLive: ((doc: number) => boolean) | null = null): Promise<void> {
    if (this.pendingCount === 0 && !isLive) return;
    const adding = this.pending;
    this.merging = adding;
    this.pending = [];
    this.pendingCount = 0;
    // Words first met after the caller counted (while another field was packed) are packed too.
    termCount = Math.max(termCount, adding.length, this.packed.counts.length);
    const old = this.packed;
    const next: PackedField = {
      // A vacuum may join gaps (never longer than the two it joins) and may start a run afresh: counted from 0, the bound is safe.
      bytes: new Uint8Array(old.bytes.length + (await encodedLength(adding, isLive ? new Uint32Array(0) : old.lasts, pause))),
      starts: new Uint32Array(termCount),
      lengths: new Uint32Array(termCount),
      counts: new Uint32Array(termCount),
      lasts: new Uint32Array(termCount),
    };
    let at = 0;
    for (let termId = 0; termId < termCount; termId += 1) {
      if (termId % TERMS_PER_STEP === TERMS_PER_STEP - 1) await pause();
      next.starts[termId] = at;
      const had = termId < old.counts.length ? (old.counts[termId] as number) : 0;
      let count = had;
      let last = had > 0 ? (old.lasts[termId] as number) : 0;
      if (isLive && had > 0) {
        [at, count, last] = rewriteLive(old, termId, next.bytes, at, isLive);
      } else if (had > 0) {
        const start = old.starts[termId] as number;
        next.bytes.set(old.bytes.subarray(start, start + (old.lengths[termId] as number)), at);
        at += old.lengths[termId] as number;
      }
      const list = adding[termId];
      if (list) {
        for (let index = 0; index < list.length; index += 2) {
          const doc = list[index] as number;
          if (isLive && !isLive(doc)) continue;
          at = writeVarint(next.bytes, at, doc - last);
          at = writeVarint(next.bytes, at, list[index + 1] as number);
          last = doc;
          count += 1;
        }
      }
      next.lengths[termId] = at - (next.starts[termId] as number);
      next.counts[termId] = count;
      next.lasts[termId] = last;
    }
    next.bytes = at === next.bytes.length ? next.bytes : next.bytes.slice(0, at);
    this.packed = next;
    this.merging = null;
  }
}

/** An upper bound of the bytes `adding` takes once appended to runs ending at `lasts`. */
async function encodedLength(adding: readonly (number[] | undefined)[], lasts: Uint32Array, pause: Pause): Promise<number> {
  let total = 0;
  for (const [termId, list] of adding.entries()) {
    if (termId % TERMS_PER_STEP === TERMS_PER_STEP - 1) await pause();
    if (!list) continue;
    let last = termId < lasts.length ? (lasts[termId] as number) : 0;
    for (let index = 0; index < list.length; index += 2) {
      const doc = list[index] as number;
      total += varintLength(doc - last) + varintLength(list[index + 1] as number);
      last = doc;
    }
  }
  return total;
}

/** Copies the live postings of one packed run into `bytes` at `at`; answers where it ended, how many it kept and the last document kept. */
function rewriteLive(old: PackedField, termId: number, bytes: Uint8Array, at: number, isLive: (doc: number) => boolean): [number, number, number] {
  const count = old.counts[termId] as number;
  const docs = new Uint32Array(count);
  const frequencies = new Uint32Array(count);
  decodePostings(old.bytes, old.starts[termId] as number, count, docs, frequencies, 0);
  let kept = 0;
  let last = 0;
  for (let index = 0; index < count; index += 1) {
    const doc = docs[index] as number;
    if (!isLive(doc)) continue;
    at = writeVarint(bytes, at, doc - last);
    at = writeVarint(bytes, at, frequencies[index] as number);
    last = doc;
    kept += 1;
  }
  return [at, kept, last];
}
