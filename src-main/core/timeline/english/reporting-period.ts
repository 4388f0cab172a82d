import type { ResolutionContext } from '../rule';
import { formatYear } from '../timex-value';

/** A span of two to eleven months, as TIMEX3 writes it ("the first nine months" is `P9M`). */
const MONTH_SPAN = /^P(?:[2-9]|1[01])M$/;

/**
 * True when the expression just before is a span of months ("for the nine months", "in the
 * first half" read as `P6M`): financial news then compares that span with the same span a year
 * before, and the closest calendar value of a span that is not a quarter or a half is its year.
 */
export function followsMonthSpan(context: ResolutionContext): boolean {
  const previous = context.previous;
  return previous !== null && previous !== undefined && previous.type === 'DURATION' && MONTH_SPAN.test(previous.value);
}

/** The year of the period under discussion (the reference's, else the DCT's) moved by `offset` years. */
export function discussedYear(context: ResolutionContext, offset: number): string {
  return formatYear((context.reference?.year ?? context.dct.day.year) + offset);
}
