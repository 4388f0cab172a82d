import * as fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from './durable-file';

/**
 * A saved search index: derived data, kept per device in `<library>/.local/search/<name>.json`
 * (never replicated, never backed up, never the only copy of anything). The file is lines: the
 * `format` the index was built with, then the `fingerprints` (what each entry was built from, so
 * the index can be brought up to date with the library instead of rebuilt) as JSON, then the
 * index itself as JSON lines of a size that parses in a few milliseconds — so the main process
 * loads tens of megabytes of index a line at a time, between other work, instead of in one block.
 */
export interface SavedSearchIndex {
  format: string;
  fingerprints: Record<string, string>;
  /** The index's lines, read from the file's bytes only as they are asked for. */
  lines: Iterable<string>;
}

const NEWLINE = 0x0a;

/** Where a saved search index lives. */
export function searchIndexPath(libraryDir: string, name: 'articles' | 'notes'): string {
  return path.join(libraryDir, '.local', 'search', `${name}.json`);
}

/**
 * Reads a saved index; null when it is missing, damaged, or of another `format` — the caller then
 * rebuilds it (a line of the index that turns out damaged throws when it is reached). A damaged
 * file is simply replaced by the next save: it holds nothing of the user's.
 */
export async function readSearchIndexFile(file: string, format: string): Promise<SavedSearchIndex | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  const lines = linesOf(bytes);
  // The format is checked before anything is parsed: an index of another shape may be one huge line.
  if (lines.next().value !== format) return null;
  try {
    const fingerprints = JSON.parse(lines.next().value ?? '') as unknown;
    if (typeof fingerprints !== 'object' || fingerprints === null || Array.isArray(fingerprints)) return null;
    return { format, fingerprints: fingerprints as Record<string, string>, lines: { [Symbol.iterator]: () => lines } };
  } catch {
    return null;
  }
}

/**
 * Saves an index atomically and durably: `lines` (the index, as JSON lines without newlines) are
 * gathered as they come — a producer may pause between them — and written in one go.
 */
export async function writeSearchIndexFile(file: string, data: { format: string; fingerprints: Record<string, string>; lines: AsyncIterable<string> }): Promise<void> {
  const parts = [data.format, JSON.stringify(data.fingerprints)];
  for await (const line of data.lines) parts.push(line);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, parts.join('\n'));
}

/** The lines of `bytes`, each decoded only when reached. */
function* linesOf(bytes: Buffer): Generator<string, undefined> {
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    // A format line is short: a file that starts with a long line is of another shape.
    if (start === 0 && stop > 200) return;
    yield bytes.toString('utf8', start, stop);
    start = stop + 1;
  }
  return undefined;
}
