import search from 'approx-string-match';
import type { TextQuote } from '../shared/annotation';
import { editDistance, similarity } from './text-similarity';

/** Context shorter than this on one side (a passage just after a paragraph's first word) proves nothing. */
export const MIN_CONTEXT_LENGTH = 8;

/** How well one side of a candidate's context matches the note's: its length, and similarity 0 to 1. */
export interface ContextSide {
  length: number;
  similarity: number;
}

/** The part of a note's prefix and suffix inside the passage's own paragraph (or line). */
export function paragraphContext(quote: TextQuote): { prefix: string; suffix: string } {
  const prefixBreak = quote.prefix.lastIndexOf('\n');
  const suffixBreak = quote.suffix.indexOf('\n');
  return {
    prefix: prefixBreak === -1 ? quote.prefix : quote.prefix.slice(prefixBreak + 1),
    suffix: suffixBreak === -1 ? quote.suffix : quote.suffix.slice(0, suffixBreak),
  };
}

/**
 * How well the words around `[start, end)` match the note's context within its paragraph, per side
 * with enough of it. A side whose numbers differ from the note's does not match at all: "70 cents
 * a share" and "18 cents a share" are different sentences.
 */
export function contextMatch(text: string, quote: TextQuote, candidate: { start: number; end: number }): ContextSide[] {
  const { prefix, suffix } = paragraphContext(quote);
  const sides: ContextSide[] = [];
  const compare = (own: string, found: string) => ({ length: own.length, similarity: hasForeignNumber(own, found) ? 0 : similarity(own, found) });
  if (prefix.length >= MIN_CONTEXT_LENGTH) sides.push(compare(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start)));
  if (suffix.length >= MIN_CONTEXT_LENGTH) sides.push(compare(suffix, text.slice(candidate.end, candidate.end + suffix.length)));
  return sides;
}

/** The mean similarity of a candidate's sides of context, or null when it has none to judge by. */
export function meanSimilarity(sides: readonly ContextSide[]): number | null {
  return sides.length === 0 ? null : sides.reduce((sum, side) => sum + side.similarity, 0) / sides.length;
}

/**
 * True when `found` carries a number `own` does not: "$3 million" is not "$9.8 million" however
 * alike the sentences around them are (financial news repeats its phrasing). A number with
 * characters lost or added ("9." for "9.8") is the same number, edited.
 */
export function hasForeignNumber(own: string, found: string): boolean {
  const numbers = own.match(/\d[\d.,]*/g) ?? [];
  return (found.match(/\d[\d.,]*/g) ?? []).some((number) => !numbers.some((mine) => isSubsequence(number, mine) || isSubsequence(mine, number)));
}

/** True when `part`'s characters appear in `whole` in order. */
function isSubsequence(part: string, whole: string): boolean {
  let index = 0;
  for (const char of whole) if (char === part[index]) index += 1;
  return index === part.length;
}

/**
 * An approximate candidate with its ends moved to where its context says they are, or the same
 * candidate. A passage that lost its last words ("will move to" → "will") matches best by eating
 * into the words after it ("will the co"); when the note's suffix (or prefix) occurs clearly better
 * starting inside the candidate (ending inside it), the candidate ends (starts) there, and its
 * errors are counted again for the shorter text.
 */
export function fitToContext(text: string, quote: TextQuote, candidate: { start: number; end: number; errors: number }): { start: number; end: number; errors: number } {
  const { prefix, suffix } = paragraphContext(quote);
  let { start, end } = candidate;
  if (suffix.length >= MIN_CONTEXT_LENGTH) {
    const aligned = editDistance(suffix, text.slice(end, end + suffix.length));
    const inside = search(text.slice(start, end + suffix.length), suffix, aligned - 2).filter((match) => start + match.start < end);
    if (inside.length > 0) end = Math.max(start, ...inside.map((match) => start + match.start));
  }
  if (prefix.length >= MIN_CONTEXT_LENGTH) {
    const from = Math.max(0, start - prefix.length);
    const aligned = editDistance(prefix, text.slice(from, start));
    const inside = search(text.slice(from, end), prefix, aligned - 2).filter((match) => from + match.end > start);
    if (inside.length > 0) start = Math.min(end, ...inside.map((match) => from + match.end));
  }
  if (start === candidate.start && end === candidate.end) return candidate;
  return { start, end, errors: editDistance(quote.exact, text.slice(start, end)) };
}
