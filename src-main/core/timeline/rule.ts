import type { TimexType } from '../../shared/timeline';
import type { DocumentTime } from './dct';
import type { CalendarValue } from './timex-value';

/** The tense of the clause an expression sits in; `unknown` when the text gives no cue. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/**
 * What a reading needs to produce its value: the document's creation time, the tense of the
 * expression's clause (computed on demand), the last calendar date the text mentioned before
 * it (for "a year earlier", "that day"), or null when there is none yet, and the expression
 * just before it of any type (a comparison after "the first nine months" compares that span).
 */
export interface ResolutionContext {
  dct: DocumentTime;
  tense: () => Tense;
  reference: CalendarValue | null;
  /** The quarter or half the text last named as the period it reports on (asides and comparisons aside), or null. */
  period?: CalendarValue | null;
  previous?: { type: TimexType; value: string } | null;
}

/**
 * A match read as a time expression: its TIMEX3 type and how to resolve its value. `resolve` runs
 * in text order, after overlapping matches were settled; it answers a TIMEX3 value.
 */
export interface Reading {
  type: TimexType;
  resolve: (context: ResolutionContext) => string;
  /**
   * True for comparisons with the date under discussion ("a year earlier", "the year-ago
   * quarter"): they do not become the reference for the expressions after them.
   */
  isComparison?: boolean;
  /**
   * True for the end date of a period ("the quarter ended Sept. 30"): after a quarter or a half
   * the period stays the reference, since it is what the text goes on to compare.
   */
  isPeriodEnd?: boolean;
  /**
   * True for a period described with an indefinite article ("after a flat second quarter", "a
   * fourth-quarter charge"): once the text has named the period it discusses, an aside does not
   * replace it as the reference.
   */
  isAside?: boolean;
  /**
   * For a gap between events written as a duration ("three days later" → "three days", P3D): the
   * date the gap points at, and how far past the extent the phrase that names it runs (" later").
   * The timeline dates the event with it; see {@link TimeExpression.anchor}.
   */
  anchor?: { resolve: (context: ResolutionContext) => string; signalLength: number };
}

/**
 * One pattern of a language's rule table. `pattern` must have the `g` flag; the whole match is the
 * expression's extent (context that must not be part of it goes in lookarounds). `read` turns a
 * match into a {@link Reading}, or answers null when the match is not a time expression after all
 * (an impossible date, a number that is not a year).
 */
export interface TimeRule {
  name: string;
  pattern: RegExp;
  read: (match: RegExpExecArray) => Reading | null;
}

/**
 * Everything one language contributes: its rule table (earlier rules win ties between
 * equally long overlapping matches) and how to tell the tense around a span of text.
 */
export interface LanguageRules {
  language: string;
  rules: readonly TimeRule[];
  detectTense: (text: string, start: number, end: number) => Tense;
}
