import { contentWords, diceSimilarity } from './content-words';

/** A sentence that may go into a date's summary. */
export interface SummaryCandidate<T> {
  text: string;
  /** What the caller wants back with the chosen sentence (its source). */
  source: T;
}

/** A sentence with fewer content words than this (a time stamp, a reply line) says too little to summarise a day. */
const MIN_CONTENT_WORDS = 6;
/** A sentence longer than this (in words) is likely several run together. */
const MAX_WORDS = 40;
/** Chosen sentences more alike than this repeat each other. */
const REDUNDANT = 0.3;

/**
 * Picks up to `count` sentences that summarise one date from the sentences that cite it: those
 * closest to what they all say. A word weighs the share of the date's sentences that use it; a
 * sentence scores the weight of its words over the square root of their number, so it is neither
 * padded nor a fragment. Near-repeats of a chosen sentence, sentences with few content words (time
 * stamps, reply lines) and run-on sentences are skipped. Deterministic: ties keep the candidates' order.
 */
export function summariseDate<T>(candidates: readonly SummaryCandidate<T>[], count: number): SummaryCandidate<T>[] {
  const seen = new Set<string>();
  const all = candidates
    .filter((candidate) => {
      const key = candidate.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((candidate) => ({ candidate, words: contentWords(candidate.text), length: candidate.text.split(/\s+/).length }));
  const usable = all.filter(({ words, length }) => words.size >= MIN_CONTENT_WORDS && length <= MAX_WORDS);
  const pool = usable.length > 0 ? usable : all;
  const dayCounts = new Map<string, number>();
  for (const { words } of pool) for (const word of words) dayCounts.set(word, (dayCounts.get(word) ?? 0) + 1);
  const scored = pool.map((item) => {
    let weight = 0;
    for (const word of item.words) weight += (dayCounts.get(word) ?? 0) / pool.length;
    return { ...item, score: weight / Math.sqrt(Math.max(1, item.words.size)) };
  });
  const ranked = scored.map((item, index) => ({ item, index })).sort((a, b) => b.item.score - a.item.score || a.index - b.index);
  const chosen: typeof scored = [];
  for (const { item } of ranked) {
    if (chosen.length >= count) break;
    if (chosen.some((other) => diceSimilarity(other.words, item.words) > REDUNDANT)) continue;
    chosen.push(item);
  }
  return chosen.map(({ candidate }) => candidate);
}
