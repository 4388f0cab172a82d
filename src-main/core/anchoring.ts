import type { NoteTarget, TextQuote } from '../shared/annotation';
import { approximateCandidates, chooseCandidate, exactCandidates, type Candidate, type Judgement } from './anchor-candidates';

/** How many characters of context a quote keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Where a note sits in the current text, and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  method: 'unchanged' | 'position' | 'exact' | 'fuzzy' | 'damaged';
}

interface Search extends Judgement {
  method: Anchor['method'];
  /** Quotes shorter than this are not searched this way: a short approximate match is a guess. */
  minQuoteLength: number;
  find: (text: string, quote: TextQuote, oldStart: number) => Candidate[];
}

/**
 * The searches, in order: the quote exactly, anywhere, with one side of its context holding; the
 * quote with up to a fifth of it changed, anywhere, with its context holding on the whole; and the
 * quote damaged by up to a third, only near its old place, in a context that still matches well.
 */
const SEARCHES: readonly Search[] = [
  { method: 'exact', minQuoteLength: 1, maxErrorRate: 0, minContext: 0.6, isStrict: false, contextFreeLength: 12, find: (text, quote) => exactCandidates(text, quote.exact) },
  {
    method: 'fuzzy',
    minQuoteLength: 12,
    maxErrorRate: 0.2,
    minContext: 0.75,
    isStrict: true,
    contextFreeLength: 24,
    find: (text, quote) => approximateCandidates(text, quote.exact, 0.2, null),
  },
  {
    method: 'damaged',
    minQuoteLength: 12,
    maxErrorRate: 0.35,
    minContext: 0.7,
    isStrict: true,
    contextFreeLength: Number.POSITIVE_INFINITY,
    find: (text, quote, oldStart) => approximateCandidates(text, quote.exact, 0.35, oldStart),
  },
];

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
 * {@link SEARCHES} run in turn, each candidate scored on the quote, its context and its distance
 * from the old place, and judged on whether its context still holds and it clearly beats any other,
 * including any copy of the quote elsewhere whose context agrees as well.
 * Answers null (orphaned) when none is found: a note is never moved to a passage that only looks
 * like its own.
 */
export function reanchor(text: string, textHash: string, target: NoteTarget): Anchor | null {
  const { quote, position } = target;
  if (textHash === target.textHash && position.end <= text.length) return { ...position, method: 'unchanged' };
  if (text.slice(position.start, position.end) === quote.exact) return { ...position, method: 'position' };
  for (const candidateSearch of SEARCHES) {
    if (quote.exact.length < candidateSearch.minQuoteLength) continue;
    const found = chooseCandidate(text, quote, position.start, candidateSearch.find(text, quote, position.start), candidateSearch);
    if (found) return { start: found.start, end: found.end, method: candidateSearch.method };
  }
  return null;
}
