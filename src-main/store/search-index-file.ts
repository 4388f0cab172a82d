import * as fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonBytes, writeFileDurably } from './durable-file';

/**
 * A saved search index: derived data, kept per device in `<library>/.local/search/<name>.json`
 * (never replicated, never backed up, never the only copy of anything). `format` names the shape
 * it was built with; `fingerprints` say what each entry was built from, so the index can be
 * brought up to date with the library instead of rebuilt; `index` is MiniSearch's own JSON.
 */
export interface SearchIndexFile {
  format: string;
  fingerprints: Record<string, string>;
  index: unknown;
}

/** Where a saved search index lives. */
export function searchIndexPath(libraryDir: string, name: 'articles' | 'notes'): string {
  return path.join(libraryDir, '.local', 'search', `${name}.json`);
}

/**
 * Reads a saved index; null when it is missing, damaged, or of another `format` — the caller then
 * rebuilds it. A damaged file is simply replaced by the next save: it holds nothing of the user's.
 */
export async function readSearchIndexFile(file: string, format: string): Promise<SearchIndexFile | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  try {
    const data = parseJsonBytes<Partial<SearchIndexFile>>(file, bytes);
    if (data.format !== format || typeof data.fingerprints !== 'object' || data.fingerprints === null || typeof data.index !== 'object') return null;
    return data as SearchIndexFile;
  } catch {
    return null;
  }
}

/**
 * Saves an index atomically. `index` is serialised by JSON.stringify (MiniSearch has `toJSON`);
 * compact, not pretty-printed, as it can be tens of megabytes.
 */
export async function writeSearchIndexFile(file: string, data: { format: string; fingerprints: Record<string, string>; index: unknown }): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, JSON.stringify(data));
}
