import search from 'approx-string-match';
import type { NoteTarget, TextQuote } from '../shared/annotation';
import { similarity } from './text-similarity';

/** How many characters of context a quote keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Where a note sits in the current text, and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  method: 'unchanged' | 'position' | 'exact' | 'fuzzy';
}

/** The least score a candidate needs; below it the note is orphaned rather than moved. */
export const MIN_SCORE = 0.8;
/** The share of a quote's characters that may differ in a fuzzy match. */
const MAX_ERROR_RATE = 0.2;
/** Quotes shorter than this are only ever found exactly: a short fuzzy match is a guess. */
const MIN_FUZZY_LENGTH = 12;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** The quote and position selectors for `text.slice(start, end)`. */
export function describePassage(text: string, start: number, end: number): { quote: TextQuote; position: { start: number; end: number } } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/**
 * Finds a note's passage in the current text. If the text is the one the note was made on (same
 * hash) its position stands; if the quote still sits at its position, that stands; otherwise the
 * quote is searched exactly, then approximately, each candidate scored on the quote, its prefix
 * and suffix and its distance from the old position. Answers null (orphaned) when no candidate
 * scores {@link MIN_SCORE}: a note is never moved to a passage that only looks like its own.
 */
export function reanchor(text: string, textHash: string, target: NoteTarget): Anchor | null {
  const { quote, position } = target;
  if (textHash === target.textHash && position.end <= text.length) return { ...position, method: 'unchanged' };
  if (text.slice(position.start, position.end) === quote.exact) return { ...position, method: 'position' };

  const exact = bestCandidate(text, quote, position.start, exactCandidates(text, quote.exact));
  if (exact) return { start: exact.start, end: exact.end, method: 'exact' };
  if (quote.exact.length < MIN_FUZZY_LENGTH) return null;
  const fuzzy = bestCandidate(text, quote, position.start, fuzzyCandidates(text, quote.exact, position.start));
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = text.indexOf(exact); index !== -1 && found.length < 1000; index = text.indexOf(exact, index + 1)) {
    found.push({ start: index, end: index + exact.length, errors: 0 });
  }
  return found;
}

/** Approximate matches, looked for near the old position first and in the whole text only if none is there. */
function fuzzyCandidates(text: string, exact: string, oldStart: number): Candidate[] {
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  const slack = exact.length * 2 + 256;
  const windowStart = Math.max(0, oldStart - slack);
  const window = text.slice(windowStart, oldStart + exact.length + slack);
  const near = search(window, exact, maxErrors).map((match) => ({ start: match.start + windowStart, end: match.end + windowStart, errors: match.errors }));
  if (near.length > 0 || window.length === text.length) return near;
  return search(text, exact, maxErrors);
}

function bestCandidate(text: string, quote: TextQuote, oldStart: number, candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = MIN_SCORE;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, quote, oldStart, candidate);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A candidate's score from 0 to 1: mostly how well the quote matches, then its context, then how near it is. */
function scoreCandidate(text: string, quote: TextQuote, oldStart: number, candidate: Candidate): number {
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefixScore = similarity(quote.prefix, text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start));
  const suffixScore = similarity(quote.suffix, text.slice(candidate.end, candidate.end + quote.suffix.length));
  const positionScore = 1 - Math.min(1, Math.abs(candidate.start - oldStart) / Math.max(1, text.length));
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / total;
}
