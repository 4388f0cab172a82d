import { addDays, daysInMonth, isoWeekday, quarterOf, type CalendarDay } from './calendar';
import type { ResolutionContext, Tense } from './rule';
import { formatDay, formatMonth, formatYear, type Season } from './timex-value';

/** Which way an underspecified date lies from the DCT: said outright ("last", "next") or left to the tense. */
export type Direction = 'past' | 'future' | 'this' | 'tense';

/**
 * How many times farther a past date may lie than a future one and still be preferred, by tense:
 * news mostly reports the past, so without a cue a date up to twice as far back wins; a past-tense
 * clause still picks a date a few weeks ahead over one nearly a year back ("payable Dec. 15").
 */
const PAST_BIAS: Record<Tense, number> = { past: 5, present: 2, unknown: 2, future: 0.1 };

/**
 * The year of a month (and day) written without one: the nearest such date around the DCT, biased
 * by the clause's tense (see {@link PAST_BIAS}). "last"/"next" take the latest one before the DCT's
 * month or the first one after it; "this" takes the DCT's year.
 */
export function yearOf(context: ResolutionContext, month: number, day: number | null, direction: Direction = 'tense'): number {
  const dct = context.dct.day;
  if (direction === 'this') return dct.year;
  const compare = month - dct.month || (day === null ? 0 : day - dct.day);
  if (direction === 'past') return (day === null ? month < dct.month : compare < 0) ? dct.year : dct.year - 1;
  if (direction === 'future') return (day === null ? month > dct.month : compare > 0) ? dct.year : dct.year + 1;
  if (compare === 0) return dct.year;
  const past = compare < 0 ? dct.year : dct.year - 1;
  const future = compare > 0 ? dct.year : dct.year + 1;
  const position = (year: number) => year * 12 + month + (day ?? 15) / 31;
  const now = position(dct.year) - month + dct.month + (dct.day - (day ?? 15)) / 31;
  const pastDistance = now - position(past);
  const futureDistance = position(future) - now;
  return futureDistance * PAST_BIAS[context.tense()] < pastDistance ? future : past;
}

/**
 * `YYYY-MM-DD` for a month and day written without a year, or null when no such day exists. A 29
 * February resolved into a common year moves to the nearest leap year in the same direction
 * (back unless the clause is in the future tense).
 */
export function resolveMonthDay(context: ResolutionContext, month: number, day: number, direction: Direction = 'tense'): string | null {
  if (day > daysInMonth(2000, month)) return null;
  let year = yearOf(context, month, day, direction);
  const step = direction === 'future' || (direction === 'tense' && context.tense() === 'future') ? 1 : -1;
  while (day > daysInMonth(year, month)) year += step;
  return formatDay({ year, month, day });
}

/** `YYYY-MM` for a month named without a year. */
export function resolveMonth(context: ResolutionContext, month: number, direction: Direction = 'tense'): string {
  return formatMonth(yearOf(context, month, null, direction), month);
}

/**
 * The day of a weekday (1 Monday … 7 Sunday) named without a date. The DCT's own weekday is the
 * DCT itself unless "last"/"next" says otherwise; otherwise past tense (and no cue, as news
 * mostly reports what happened) looks back; future and present tense ("the deadline is Thursday")
 * look ahead.
 */
export function resolveWeekday(context: ResolutionContext, weekday: number, direction: Direction = 'tense'): CalendarDay {
  const dct = context.dct.day;
  const back = (isoWeekday(dct) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(dct) + 7) % 7;
  if (direction === 'past') return addDays(dct, -(back || 7));
  if (direction === 'future') return addDays(dct, ahead || 7);
  const tense: Tense = context.tense();
  if (direction === 'this') return tense === 'past' ? addDays(dct, -back) : addDays(dct, ahead);
  return tense === 'future' || tense === 'present' ? addDays(dct, ahead) : addDays(dct, -back);
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** `YYYY-SS` for a season named without a year; "last" is the latest one already over, "next" the first to come. */
export function resolveSeason(context: ResolutionContext, season: Season, direction: Direction = 'tense'): string {
  const dct = context.dct.day;
  // Winter is dated by the year it starts in: January and February belong to the previous year's,
  // and every other season of the DCT's year is still to come.
  const isLastYearsWinter = dct.month <= 2;
  const currentStart = isLastYearsWinter ? 12 : Math.floor(dct.month / 3) * 3;
  const isCurrent = SEASON_START[season] === currentStart;
  const isLaterThisYear = isLastYearsWinter ? !isCurrent : SEASON_START[season] > currentStart;
  const seasonYear = isLastYearsWinter && isCurrent ? dct.year - 1 : dct.year;
  let year = seasonYear;
  const tense = direction === 'tense' ? context.tense() : direction;
  if (direction === 'past') year = isLaterThisYear || isCurrent ? seasonYear - 1 : seasonYear;
  else if (direction === 'future') year = isLaterThisYear ? seasonYear : seasonYear + 1;
  else if (tense === 'past' && isLaterThisYear) year = seasonYear - 1;
  return `${formatYear(year)}-${season}`;
}

/** `YYYY-Qn` for a quarter named without a year: the DCT's year, or the previous year when a past-tense quarter is still to come. */
export function resolveQuarter(context: ResolutionContext, quarter: number, direction: Direction = 'tense'): string {
  const dct = context.dct.day;
  const current = quarterOf(dct.month);
  let year = dct.year;
  const tense = direction === 'tense' ? context.tense() : direction;
  if (tense === 'past' && quarter > current) year -= 1;
  if (direction === 'future' && quarter <= current) year += 1;
  return `${formatYear(year)}-Q${quarter}`;
}
