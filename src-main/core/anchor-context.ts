import type { TextQuote } from '../shared/annotation';
import { similarity } from './text-similarity';

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
