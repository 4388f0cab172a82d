import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSharedFolder } from '../../tests/support/shared-folder';

/** The repository root. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The shared folder (design, corpora, tools): see findSharedFolder. Benchmarks cannot run without it. */
export const SHARED_DIR = findSharedFolder() ?? path.join(REPO_ROOT, '../shared');

/** One TimeML document as the TE3 scorer reads it: its text and creation date. */
export interface TimeMlDocument {
  doc: string;
  dct: string | null;
  text: string;
}

/** The TempEval-3 development documents (text of the TEXT element, offsets as the scorer defines). */
export async function loadTempEvalDocuments(): Promise<TimeMlDocument[]> {
  const scorer = (await import(pathToFileURL(path.join(SHARED_DIR, 'tools/te3-eval.mjs')).href)) as { loadCorpus: (dir: string) => TimeMlDocument[] };
  return scorer.loadCorpus(path.join(SHARED_DIR, 'corpora/tempeval3-tbaq'));
}

/** A small seeded random generator (mulberry32): the same seed gives the same run on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Percentiles of a list of numbers (which it sorts). */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}
