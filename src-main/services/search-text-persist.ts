import type { PackedField, Pause } from './search-field-postings';
import { TextIndex, type TextIndexSnapshot } from './search-text-index';

/** Bytes of a typed array per saved line (as base64): a line decodes in a few milliseconds. */
const BYTES_PER_LINE = 4 * 1024 * 1024;
/** Ids or words per saved line. */
const STRINGS_PER_LINE = 50_000;

type Saved = Uint8Array | Uint32Array;

/** The sizes a loader needs before it reads the lines that follow. */
interface Head {
  version: 1;
  fields: string[];
  documents: number;
  terms: number;
  /** Per field: the byte length of its postings. */
  postingBytes: number[];
  /** Discarded documents whose postings are gone. */
  cleared: number;
}

/**
 * A {@link TextIndex} as lines (the search index file's format, see store/search-index-file.ts):
 * a head of sizes, the ids and words as JSON a few tens of thousands at a time, and the typed
 * arrays (liveness, field lengths, word order, packed postings) as base64 a few megabytes a line.
 * Pauses between lines; the index must not change until the lines are all taken.
 */
export async function* textIndexLines(snapshot: TextIndexSnapshot, pause: Pause): AsyncGenerator<string> {
  const head: Head = { version: 1, fields: snapshot.fields, documents: snapshot.ids.length, terms: snapshot.terms.length, postingBytes: snapshot.packed.map((field) => field.bytes.length), cleared: snapshot.cleared };
  yield JSON.stringify(head);
  for (const strings of [snapshot.ids, snapshot.terms]) {
    for (let at = 0; at < strings.length; at += STRINGS_PER_LINE) {
      yield JSON.stringify(strings.slice(at, at + STRINGS_PER_LINE));
      await pause();
    }
  }
  for (const array of arraysOf(snapshot)) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let at = 0; at < bytes.length; at += BYTES_PER_LINE) {
      yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(BYTES_PER_LINE, bytes.length - at)).toString('base64');
      await pause();
    }
  }
}

/** Loads an index saved by {@link textIndexLines}, pausing between lines; null when the lines are not such an index of these fields. */
export async function loadTextIndex(lines: Iterable<string>, fields: readonly string[], pause: Pause): Promise<TextIndex | null> {
  const iterator = lines[Symbol.iterator]();
  const next = () => {
    const line = iterator.next();
    if (line.done) throw new Error('the saved index ends early');
    return line.value;
  };
  try {
    const head = JSON.parse(next()) as Head;
    if (head.version !== 1 || JSON.stringify(head.fields) !== JSON.stringify(fields)) return null;
    const readStrings = async (count: number) => {
      const strings: string[] = [];
      while (strings.length < count) {
        for (const value of JSON.parse(next()) as unknown[]) strings.push(String(value));
        await pause();
      }
      if (strings.length !== count) throw new Error('the saved index is damaged');
      return strings;
    };
    const ids = await readStrings(head.documents);
    const terms = await readStrings(head.terms);
    const snapshot: TextIndexSnapshot = {
      fields: head.fields,
      ids,
      terms,
      live: new Uint8Array(head.documents),
      lengths: fields.map(() => new Uint32Array(head.documents)),
      sorted: new Uint32Array(head.terms),
      cleared: Number.isInteger(head.cleared) ? head.cleared : 0,
      packed: head.postingBytes.map((length): PackedField => ({ bytes: new Uint8Array(length), starts: new Uint32Array(head.terms), lengths: new Uint32Array(head.terms), counts: new Uint32Array(head.terms), lasts: new Uint32Array(head.terms) })),
    };
    for (const array of arraysOf(snapshot)) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let at = 0; at < bytes.length; ) {
        const chunk = Buffer.from(next(), 'base64');
        if (at + chunk.length > bytes.length) throw new Error('the saved index is damaged');
        bytes.set(chunk, at);
        at += chunk.length;
        await pause();
      }
    }
    if (snapshot.sorted.some((termId) => termId >= head.terms)) return null;
    return await TextIndex.restore(fields, snapshot, pause);
  } catch {
    return null;
  }
}

/** The typed arrays of a snapshot, in the order they are saved. */
function arraysOf(snapshot: TextIndexSnapshot): Saved[] {
  return [snapshot.live, ...snapshot.lengths, snapshot.sorted, ...snapshot.packed.flatMap((field) => [field.starts, field.lengths, field.counts, field.lasts, field.bytes])];
}
