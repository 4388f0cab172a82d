import { addDays, isoWeek, isoWeekday, type CalendarDay } from '../calendar';
import { compilePattern, contextReading, fixedReading, textAfter, textBefore } from '../reading';
import type { ResolutionContext, TimeRule } from '../rule';
import { firstDayOf, isAtLeastAsFine, shiftCalendarValue, unitValue, type CalendarUnit } from '../shift';
import { formatCalendarValue, formatWeek, formatYear } from '../timex-value';
import { APPROXIMATELY, EDGE, WORD_END } from './fragments';

const UNITS: Record<string, CalendarUnit> = { week: 'week', month: 'month', year: 'year', decade: 'decade', century: 'century', day: 'day' };

/** How each determiner moves the period, and whether it counts from the text's reference instead of the DCT. */
const DETERMINERS: Record<string, { offset: number; isAnaphoric: boolean }> = {
  this: { offset: 0, isAnaphoric: false }, 'the current': { offset: 0, isAnaphoric: false }, 'the present': { offset: 0, isAnaphoric: false },
  last: { offset: -1, isAnaphoric: false }, past: { offset: -1, isAnaphoric: false }, 'the past': { offset: -1, isAnaphoric: false },
  'the last': { offset: -1, isAnaphoric: false }, 'this past': { offset: -1, isAnaphoric: false }, 'the latest': { offset: -1, isAnaphoric: false },
  next: { offset: 1, isAnaphoric: false }, coming: { offset: 1, isAnaphoric: false }, 'the next': { offset: 1, isAnaphoric: false },
  'the coming': { offset: 1, isAnaphoric: false }, 'this coming': { offset: 1, isAnaphoric: false },
  that: { offset: 0, isAnaphoric: true }, 'that same': { offset: 0, isAnaphoric: true }, 'the same': { offset: 0, isAnaphoric: true },
  'the previous': { offset: -1, isAnaphoric: true }, 'the prior': { offset: -1, isAnaphoric: true }, 'the preceding': { offset: -1, isAnaphoric: true },
  'the following': { offset: 1, isAnaphoric: true }, 'the ensuing': { offset: 1, isAnaphoric: true },
};

/** The day relative expressions count from: the DCT, or for anaphoric ones the last date the text mentioned. */
function anchorDay(context: ResolutionContext, isAnaphoric: boolean, unit: CalendarUnit): CalendarDay {
  const reference = context.reference;
  if (!isAnaphoric || !reference) return context.dct.day;
  // A reference coarser than the unit ("that week" after "1998") cannot anchor it.
  if (!isAtLeastAsFine(reference.granularity, unit)) return context.dct.day;
  return firstDayOf(reference);
}

/**
 * "that week" or "that same month" after a year ("in 1994 ... that week"): a period of that year
 * the text does not name (`1994-WXX`, `1994-XX`), since the year cannot say which.
 */
function unnamedPeriod(context: ResolutionContext, unit: CalendarUnit): string | null {
  const reference = context.reference;
  if (!reference || reference.granularity !== 'year') return null;
  if (unit === 'week') return `${formatYear(reference.year)}-WXX`;
  if (unit === 'month') return `${formatYear(reference.year)}-XX`;
  return null;
}

/** The weekend of a day's week as `YYYY-Www-WE`. */
function weekendValue(day: CalendarDay): string {
  const week = isoWeek(day);
  return `${formatWeek(week.year, week.week)}-WE`;
}

/**
 * A figure compared with "last year" ("compared with a loss of $3 million last year", "up from last
 * year's $1.55 billion"): in a report on a quarter that is the quarter a year before. The
 * expression must follow the figure or the comparison word itself ("than it reported last year" is not).
 */
const COMPARISON = /\b(?:compared\s+(?:with|to)|from|than|versus|vs\.)\s[^.;:]*$/i;
const COMPARED_FIGURE = /(?:\d(?:\s*(?:million|billion|cents?|%|percent))?(?:\s+a\s+share)?|\b(?:with|to|from|than|versus|vs\.))\s+$/i;

const relativePeriod: TimeRule = {
  name: 'relative-period',
  pattern: compilePattern(
    String.raw`\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?${EDGE}?(this|last|past|next|coming|that|that\s+same|(?:the|this)\s+(?:current|present|past|last|latest|next|coming|same|previous|prior|preceding|following|ensuing))\s+(?:(?:fiscal|calendar|financial)\s+)?(week|weekend|month|year|decade|century)${WORD_END}(?!-)`,
  ),
  read: (match) => {
    const [, determinerText = '', unitWord = ''] = match;
    const determiner = DETERMINERS[determinerText.toLowerCase().replace(/\s+/g, ' ')];
    if (!determiner) return null;
    const isWeekend = unitWord.toLowerCase() === 'weekend';
    const unit = isWeekend ? 'week' : (UNITS[unitWord.toLowerCase()] ?? 'year');
    const before = textBefore(match, 80);
    const isComparison = unit === 'year' && determiner.offset === -1 && !determiner.isAnaphoric && COMPARISON.test(before) && COMPARED_FIGURE.test(before);
    return contextReading('DATE', (context) => {
      if (isComparison) {
        const period = context.reference;
        if (period && (period.granularity === 'quarter' || period.granularity === 'half')) return shiftReference(context, 'year', -1) ?? unitValue(context.dct.day, 'year', -1);
      }
      const unnamed = determiner.isAnaphoric && determiner.offset === 0 ? unnamedPeriod(context, unit) : null;
      if (unnamed !== null) return isWeekend ? `${unnamed}-WE` : unnamed;
      const anchor = anchorDay(context, determiner.isAnaphoric, unit);
      if (isWeekend) return weekendValue(addDays(anchor, 7 * determiner.offset));
      return unitValue(anchor, unit, determiner.offset);
    }, isComparison);
  },
};

/**
 * After "the year" or "the fiscal year", a closing date makes it a twelve-month span ("the year
 * ended March 31"), which TimeML writes as a duration, not the calendar year. Without one, "for
 * the fiscal year" names the company's current year, as "for the full year" does.
 */
const ENDED = /^\s+(?:ended|ending|that\s+ended|which\s+ended|to)\s/i;

const yearEnd: TimeRule = {
  name: 'year-end',
  pattern: compilePattern(String.raw`\b${APPROXIMATELY}?(?:year[-\s]end|year's\s+end|the\s+(?:full|fiscal|calendar)\s+year)${WORD_END}(?!-)`),
  read: (match) => {
    const isDefinite = /^the\s/i.test(match[0]);
    if (isDefinite && ENDED.test(textAfter(match, 10))) return fixedReading('DURATION', 'P1Y');
    // "since year-end" counts from a year-end already past: the last one, not this year's to come.
    const offset = /^year/i.test(match[0]) && /\bsince\s+$/i.test(textBefore(match, 6)) ? -1 : 0;
    return contextReading('DATE', (context) => unitValue(context.dct.day, 'year', offset));
  },
};

const definitePeriod: TimeRule = {
  name: 'definite-period',
  pattern: compilePattern(String.raw`\b(?:(?:early|late|earlier|later)\s+in\s+)?${EDGE}?the\s+(weekend|week|month|year)${WORD_END}(?!-|\s+(?:of|before|after|to|that|when|in\s+which)\b)`),
  read: (match) => {
    const [whole, unitWord = ''] = match;
    const lower = unitWord.toLowerCase();
    const before = textBefore(match, 12);
    const isBare = !/^(?:early|late|earlier|later)/i.test(whole) && /^the\s/i.test(whole);
    if (lower === 'year' && isBare && ENDED.test(textAfter(match, 10))) return fixedReading('DURATION', 'P1Y');
    if (lower === 'weekend') {
      return contextReading('DATE', (context) => {
        const dct = context.dct.day;
        const weekday = isoWeekday(dct);
        const isAhead = context.tense() === 'future' || weekday === 6;
        return weekendValue(isAhead ? dct : addDays(dct, weekday === 7 ? 0 : -weekday));
      });
    }
    if (lower === 'month' && !/\b(?:in|during|for|of|through|since|by|until|till)\s+$/i.test(before)) return null;
    const unit = UNITS[lower] ?? 'year';
    return contextReading('DATE', (context) => {
      const reference = context.reference;
      if (reference && reference.granularity !== 'century' && reference.granularity !== 'decade') {
        const coarse = formatCalendarValue(reference);
        return unit === 'year' ? coarse.slice(0, 4) : unitValue(firstDayOf(reference), unit);
      }
      return unitValue(context.dct.day, unit);
    });
  },
};

/** Anaphoric shifts used by the quantity rules: the reference moved by a number of units, keeping its granularity. */
export function shiftReference(context: ResolutionContext, unit: CalendarUnit, offset: number): string | null {
  const reference = context.reference;
  if (!reference) return null;
  const granularity = reference.granularity === 'time' ? { ...reference, granularity: 'day' as const, time: undefined } : reference;
  return shiftCalendarValue(granularity, unit, offset);
}

/** Periods relative to the DCT or the text: "last week", "this fiscal year", "the following month", "the weekend", "year-end". */
export const relativePeriodRules: readonly TimeRule[] = [relativePeriod, yearEnd, definitePeriod];
