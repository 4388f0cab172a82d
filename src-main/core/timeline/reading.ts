import type { TimexType } from '../../shared/timeline';
import type { Reading, ResolutionContext } from './rule';

/** A reading whose value does not depend on the context ("P3Y", "PRESENT_REF", "1998-08-07"). */
export function fixedReading(type: TimexType, value: string): Reading {
  return { type, resolve: () => value };
}

/** A reading resolved against the context when its turn comes in text order. */
export function contextReading(type: TimexType, resolve: (context: ResolutionContext) => string, isComparison = false): Reading {
  return isComparison ? { type, resolve, isComparison } : { type, resolve };
}

/** A date that ends a period ("ended Sept. 30"): see {@link Reading.isPeriodEnd}. */
export function periodEndReading(resolve: (context: ResolutionContext) => string): Reading {
  return { type: 'DATE', resolve, isPeriodEnd: true };
}

/** Compiles a rule pattern: global and case-insensitive (rules check capitals themselves where English needs them). */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/** The text just before a match (up to `length` characters), for rules that look at their left context. */
export function textBefore(match: RegExpExecArray, length: number): string {
  return match.input.slice(Math.max(0, match.index - length), match.index);
}

/** The text just after a match (up to `length` characters). */
export function textAfter(match: RegExpExecArray, length: number): string {
  const end = match.index + match[0].length;
  return match.input.slice(end, end + length);
}
