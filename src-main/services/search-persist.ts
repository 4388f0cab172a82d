import MiniSearch, { type Options } from 'minisearch';
import { internalsOf } from './search-query';

/**
 * How much goes in one saved line: at most a thousand terms (MiniSearch's loader pauses after each
 * thousand) and about ten thousand postings, so a line of common words, each in most documents,
 * still parses in a few milliseconds.
 */
const TERMS_PER_LINE = 1_000;
const POSTINGS_PER_LINE = 10_000;
/** How many documents' stored fields (a note's body, for one) go in one line. */
const STORED_PER_LINE = 2_000;

/**
 * A MiniSearch index as lines of JSON: first its documents and field lengths, then its stored
 * fields two thousand documents at a time, then its terms a few thousand postings at a time — MiniSearch's own serialisation (version 2), cut so that neither
 * saving nor loading holds the main process for long. Pauses between lines; the index must not
 * change until the lines are all taken (the search service saves between its updates).
 */
export async function* indexLines(index: MiniSearch): AsyncGenerator<string> {
  const inner = internalsOf(index);
  const stored = [...inner._storedFields];
  const storedLines = Math.ceil(stored.length / STORED_PER_LINE);
  yield JSON.stringify({
    documentCount: inner._documentCount,
    nextId: inner._nextId,
    documentIds: Object.fromEntries(inner._documentIds),
    fieldIds: inner._fieldIds,
    fieldLength: Object.fromEntries(inner._fieldLength),
    averageFieldLength: inner._avgFieldLength,
    storedLines,
    dirtCount: inner._dirtCount,
    serializationVersion: 2,
  });
  for (let line = 0; line < storedLines; line += 1) {
    yield JSON.stringify(Object.fromEntries(stored.slice(line * STORED_PER_LINE, (line + 1) * STORED_PER_LINE)));
    await pause();
  }
  let chunk: unknown[] = [];
  let postingCount = 0;
  for (const [term, fields] of inner._index) {
    const data: Record<number, Record<number, number>> = {};
    for (const [fieldId, postings] of fields) {
      data[fieldId] = Object.fromEntries(postings);
      postingCount += postings.size;
    }
    chunk.push([term, data]);
    if (chunk.length < TERMS_PER_LINE && postingCount < POSTINGS_PER_LINE) continue;
    yield JSON.stringify(chunk);
    chunk = [];
    postingCount = 0;
    await pause();
  }
  if (chunk.length > 0) yield JSON.stringify(chunk);
}

/**
 * Loads an index saved by {@link indexLines}, a line at a time with pauses between (MiniSearch's
 * asynchronous loader), so a search or a click waits milliseconds, not seconds, while it loads.
 * Null when the lines are not such an index (it is then rebuilt).
 */
export async function loadIndexLines(lines: Iterable<string>, options: Options): Promise<MiniSearch | null> {
  const iterator = lines[Symbol.iterator]();
  try {
    const head = JSON.parse(iterator.next().value ?? '') as Record<string, unknown>;
    const storedFields: Record<string, unknown> = {};
    for (let line = 0; line < Number(head.storedLines); line += 1) {
      Object.assign(storedFields, JSON.parse(iterator.next().value ?? '') as Record<string, unknown>);
      await pause();
    }
    // MiniSearch reads `index` with for…of: the terms are parsed only as it reaches them.
    const terms = { *[Symbol.iterator]() {
      for (let line = iterator.next(); !line.done; line = iterator.next()) yield* JSON.parse(line.value) as [string, unknown][];
    } };
    return await MiniSearch.loadJSAsync({ ...head, storedFields, index: terms } as unknown as Parameters<typeof MiniSearch.loadJSAsync>[0], options);
  } catch {
    return null;
  }
}

/** Lets other work run: the next turn of the event loop. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
