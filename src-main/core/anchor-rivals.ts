import search from 'approx-string-match';
import type { TextQuote } from '../shared/annotation';
import type { Candidate } from './anchor-candidates';
import { contextMatch, hasForeignNumber, meanSimilarity, MIN_CONTEXT_LENGTH, paragraphContext } from './anchor-context';
import { approximateEnds } from './text-similarity';

/** A copy elsewhere damaged by up to this share of its quote can still be the passage, if its context says so. */
const RIVAL_ERROR_RATE = 0.4;
/** How much better the chosen candidate's context must agree with the note's than a rival copy's. */
const CONTEXT_TIE = 0.05;
/** How far a copy's start may sit from where its context puts it (context and quote are edited too). */
const SLACK = 8;
/** A context agreement from which scanning one side finds few places. */
const SELECTIVE_AGREEMENT = 0.7;

/**
 * True when a copy of the quote elsewhere, even a damaged one, sits in a context that agrees with
 * the note's about as well as the chosen candidate's does (within {@link CONTEXT_TIE}). The quote
 * alone cannot tell them apart: news repeats its phrases, and a passage damaged in place keeps its
 * context while an intact copy elsewhere has only part of it. The note is then not sure of its place.
 *
 * Rivals are looked for only where one side of the note's context occurs well enough to reach that
 * agreement, so a search costs two passes over the text and a few small ones.
 */
export function hasRivalInContext(text: string, quote: TextQuote, chosen: Candidate): boolean {
  const own = meanSimilarity(contextMatch(text, quote, chosen));
  if (own === null) return false;
  const least = own - CONTEXT_TIE;
  const maxErrors = Math.floor(quote.exact.length * RIVAL_ERROR_RATE);
  return copiesNear(text, quote.exact, maxErrors, rivalStarts(text, quote, least, chosen)).some((rival) => {
    if (rival.start < chosen.end && rival.end > chosen.start) return false;
    if (hasForeignNumber(quote.exact, text.slice(rival.start, rival.end))) return false;
    return (meanSimilarity(contextMatch(text, quote, rival)) ?? 0) >= least;
  });
}

/**
 * Where a copy of the quote would start, judging by the places where the note's context occurs well
 * enough for a copy there to reach a mean agreement of `least`, away from the chosen candidate.
 * With two sides, one reaching at least `2 × least − 1` is enough (the other is at most 1), so only
 * the longer side is scanned when that alone is selective; otherwise both, each for `least`.
 */
function rivalStarts(text: string, quote: TextQuote, least: number, chosen: Candidate): number[] {
  const { prefix, suffix } = paragraphContext(quote);
  const sides = [prefix, suffix].filter((side) => side.length >= MIN_CONTEXT_LENGTH);
  const errorsFor = (side: string, agreement: number) => Math.min(31, Math.floor((1 - agreement) * side.length));
  const prefixStarts = (agreement: number) => approximateEnds(text, prefix.slice(-32), errorsFor(prefix, agreement));
  const suffixHead = suffix.slice(0, 32);
  const suffixStarts = (agreement: number) => approximateEnds(text, suffixHead, errorsFor(suffix, agreement)).map((end) => end - suffixHead.length - quote.exact.length);
  let starts: number[];
  if (sides.length === 2 && 2 * least - 1 >= SELECTIVE_AGREEMENT) starts = prefix.length >= suffix.length ? prefixStarts(2 * least - 1) : suffixStarts(2 * least - 1);
  else starts = [...(prefix.length >= MIN_CONTEXT_LENGTH ? prefixStarts(least) : []), ...(suffix.length >= MIN_CONTEXT_LENGTH ? suffixStarts(least) : [])];
  return starts.filter((start) => Math.abs(start - chosen.start) > SLACK + quote.exact.length / 2).sort((a, b) => a - b);
}

/**
 * The closest copies of `exact` (up to `maxErrors` differences) around each of the sorted `starts`,
 * in windows of a few quote lengths (approx-string-match answers only a window's closest copies).
 */
function copiesNear(text: string, exact: string, maxErrors: number, starts: readonly number[]): Candidate[] {
  const copies: Candidate[] = [];
  const reach = exact.length + maxErrors + SLACK;
  let index = 0;
  while (index < starts.length) {
    const first = starts[index] as number;
    const from = Math.max(0, first - SLACK - maxErrors);
    let to = first + reach;
    while (index < starts.length && (starts[index] as number) + reach <= from + 3 * reach) {
      to = Math.max(to, (starts[index] as number) + reach);
      index += 1;
    }
    for (const match of search(text.slice(from, to), exact, maxErrors)) copies.push({ start: match.start + from, end: match.end + from, errors: match.errors });
  }
  return copies;
}
