import search from 'approx-string-match';
import type { TextQuote } from '../shared/annotation';
import { contextMatch, fitToContext, hasForeignNumber, paragraphContext } from './anchor-context';
import { hasRivalInContext } from './anchor-rivals';
import { similarity } from './text-similarity';

/** A place in the text where a note's quote may be: UTF-16 offsets, and how many characters differ. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** How a candidate is judged: how well its context must hold, and when it may do without. */
export interface Judgement {
  /** The largest share of the quote's characters that may differ in a candidate. */
  maxErrorRate: number;
  /** The least similarity of its context, 0 to 1: of the better side, or of the mean of both (`isStrict`). */
  minContext: number;
  /** True when both sides of the context count (for candidates whose own words differ). */
  isStrict: boolean;
  /** A quote with no context inside its paragraph (a whole short paragraph) is trusted from this length. */
  contextFreeLength: number;
}

/** How much better the best candidate must score than any other elsewhere, or it is too close to call. */
const MARGIN = 0.04;
/** A copy near the old place that differs by up to this share, in its context, means the passage was damaged in place. */
const REMNANT_ERROR_RATE = 0.4;
const REMNANT_CONTEXT = 0.75;
/**
 * One side of context this long and this close is not a coincidence (24 characters matching almost
 * exactly): it outweighs a damaged other side, and lets a far candidate beat a damaged copy near the
 * old place.
 */
const STRONG_CONTEXT = { length: 24, similarity: 0.9 } as const;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** Every exact occurrence of `exact` (the first thousand). */
export function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = text.indexOf(exact); index !== -1 && found.length < 1000; index = text.indexOf(exact, index + 1)) {
    found.push({ start: index, end: index + exact.length, errors: 0 });
  }
  return found;
}

/** Approximate occurrences differing by up to `errorRate` of the quote, in the whole text or only near `oldStart`. */
export function approximateCandidates(text: string, exact: string, errorRate: number, near: number | null): Candidate[] {
  const maxErrors = Math.floor(exact.length * errorRate);
  if (near === null) return search(text, exact, maxErrors);
  const distance = nearDistance(exact);
  const windowStart = Math.max(0, near - distance);
  return search(text.slice(windowStart, near + exact.length + distance), exact, maxErrors).map((match) => ({
    start: match.start + windowStart,
    end: match.end + windowStart,
    errors: match.errors,
  }));
}

/**
 * The candidate that is the note's passage, or null. The best-scoring one, its ends fitted to its
 * context, is taken if its context (within its paragraph: a moved paragraph keeps its own words,
 * not its neighbours) holds, if no other candidate elsewhere comes within {@link MARGIN} of it,
 * when it is far from the old place if no damaged copy of the passage is left there, and if no
 * copy anywhere, even a damaged one, sits in a context that agrees as well (news repeats its
 * phrases; a passage edited in place has not moved to a look-alike).
 */
export function chooseCandidate(text: string, quote: TextQuote, oldStart: number, candidates: readonly Candidate[], judgement: Judgement): Candidate | null {
  const scored = candidates.map((candidate) => ({ candidate, score: scoreCandidate(text, quote, oldStart, candidate) })).sort((a, b) => b.score - a.score);
  const [first] = scored;
  if (!first) return null;
  const best = { ...first, candidate: first.candidate.errors > 0 ? fitToContext(text, quote, first.candidate) : first.candidate };
  if (best.candidate.errors > quote.exact.length * judgement.maxErrorRate) return null;
  const sides = contextMatch(text, quote, best.candidate);
  const context = judgement.isStrict ? sides.reduce((sum, side) => sum + side.similarity, 0) / sides.length : Math.max(...sides.map((side) => side.similarity));
  const hasStrongContext = sides.some((side) => side.length >= STRONG_CONTEXT.length && side.similarity >= STRONG_CONTEXT.similarity);
  if (sides.length === 0 ? quote.exact.length < judgement.contextFreeLength : context < judgement.minContext && !hasStrongContext) return null;
  const isFar = Math.abs(best.candidate.start - oldStart) > nearDistance(quote.exact);
  if (isFar && !hasStrongContext && hasRemnantNear(text, quote, oldStart, best.candidate)) return null;
  if (best.candidate.errors > 0 && hasForeignNumber(quote.exact, text.slice(best.candidate.start, best.candidate.end))) return null;
  const rival = scored.find(({ candidate }) => candidate.end <= best.candidate.start || candidate.start >= best.candidate.end);
  if (rival && best.score - rival.score < MARGIN) return null;
  return hasRivalInContext(text, quote, best.candidate) ? null : best.candidate;
}

/** How far edits around a passage may move it; beyond this it moved with its paragraph or is another passage. */
function nearDistance(exact: string): number {
  return 2 * exact.length + 128;
}

function hasRemnantNear(text: string, quote: TextQuote, oldStart: number, chosen: Candidate): boolean {
  return approximateCandidates(text, quote.exact, REMNANT_ERROR_RATE, oldStart).some((remnant) => {
    if (remnant.start < chosen.end && remnant.end > chosen.start) return false;
    return contextMatch(text, quote, remnant).some((side) => side.similarity >= REMNANT_CONTEXT);
  });
}

/** A candidate's score from 0 to 1: mostly how well the quote matches, then its context, then how near it is. */
function scoreCandidate(text: string, quote: TextQuote, oldStart: number, candidate: Candidate): number {
  const { prefix, suffix } = paragraphContext(quote);
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefixScore = prefix ? similarity(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start)) : 1;
  const suffixScore = suffix ? similarity(suffix, text.slice(candidate.end, candidate.end + suffix.length)) : 1;
  const positionScore = 1 - Math.min(1, Math.abs(candidate.start - oldStart) / Math.max(1, text.length));
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / total;
}
