import { addDays, quarterOf, toDayNumber } from '../calendar';
import { compilePattern, contextReading, textAfter, textBefore } from '../reading';
import { resolveMonthDay, resolveQuarter } from '../resolve-date';
import type { ResolutionContext, TimeRule } from '../rule';
import { firstDayOf, shiftCalendarValue, unitValue } from '../shift';
import { formatCalendarValue, formatYear, parseCalendarValue } from '../timex-value';
import { readYear } from './calendar-date-rules';
import { WORD_END, YEAR_DIGITS } from './fragments';
import { MONTH, monthNumber } from './lexicon';
import { discussedYear, followsMonthSpan } from './reporting-period';

const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** Modifiers of a financial period that say it is the same period a year before. */
const YEAR_AGO = /year-(?:ago|earlier)|comparable|corresponding|same|prior-year|year-before/i;

/**
 * True when the period the text mentioned last is still to come while the clause looks back
 * ("losses through the third quarter of 1990 ... In the year-ago period, it earned"): a forecast is
 * not the reported period a comparison is made with.
 */
function isForecast(context: ResolutionContext): boolean {
  const reference = context.reference;
  return reference !== null && toDayNumber(firstDayOf(reference)) > toDayNumber(context.dct.day) && context.tense() === 'past';
}

/** The quarter or half the text is talking about: the last one it mentioned, else the one before the DCT's. */
function currentPeriod(context: ResolutionContext, unit: 'quarter' | 'half'): string {
  const reference = isForecast(context) ? null : context.reference;
  if (reference && reference.granularity === unit) return formatCalendarValue(reference);
  // Other dates mentioned since do not change the period reported on ("the fiscal first quarter ... Earlier this month ... for the quarter").
  if (context.period && context.period.granularity === unit) return formatCalendarValue(context.period);
  const tense = context.tense();
  return unitValue(context.dct.day, unit, tense === 'future' || tense === 'present' ? 0 : -1);
}

function yearEarlier(value: string): string {
  const parsed = parseCalendarValue(value);
  return parsed ? shiftCalendarValue(parsed, 'year', -1) : value;
}

const YEAR_GROUP = `(${YEAR_DIGITS})`;

const QUARTER_MODIFIER = String.raw`(?:year-(?:ago|earlier)|comparable|corresponding|same|flat|latest|current|fiscal|calendar)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|1st|2nd|3rd|4th)`;
/**
 * A determiner belongs to a quarter named as a noun ("the third quarter") but not to one hyphenated
 * into an adjective, where it is the next noun's ("a third-quarter loss", "the fiscal second-quarter").
 */
const DETERMINER = String.raw`(?:(?:the|a|this|that)\s+(?!(?:${QUARTER_MODIFIER}[-\s]+)*${ORDINAL}-(?:quarter|half)\b))`;

const namedQuarter: TimeRule = {
  name: 'named-quarter',
  pattern: compilePattern(
    String.raw`\b${DETERMINER}?(?:(this|last|next)\s+year's\s+)?(?:${YEAR_GROUP}(?:'s)?\s+)?((?:${QUARTER_MODIFIER}[-\s]+)*)(first|second|third|fourth|1st|2nd|3rd|4th)[-\s](quarter|half)(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?:${YEAR_GROUP}|(this|last|next)\s+year))?${WORD_END}`,
  ),
  read: (match) => {
    const [, relativeBefore, yearBefore, modifiers = '', ordinal = '', unitWord = '', yearAfter, relativeAfter] = match;
    const unit = unitWord.toLowerCase() === 'half' ? 'half' : 'quarter';
    const number = ORDINAL_QUARTER[ordinal.toLowerCase()] ?? 1;
    if (unit === 'half' && number > 2) return null;
    const letter = unit === 'half' ? 'H' : 'Q';
    const explicitYear = yearBefore ?? yearAfter;
    const relative = relativeBefore ?? relativeAfter;
    const isAside = /^an?\s/i.test(match[0]) || /\ban?\s+$/i.test(textBefore(match, 4));
    const reading = contextReading('DATE', (context) => {
      let value: string;
      if (explicitYear !== undefined) value = `${formatYear(readYear(explicitYear) ?? context.dct.day.year)}-${letter}${number}`;
      else if (relative !== undefined) {
        const offset = relative.toLowerCase() === 'last' ? -1 : relative.toLowerCase() === 'next' ? 1 : 0;
        value = `${formatYear(context.dct.day.year + offset)}-${letter}${number}`;
      } else if (unit === 'quarter') value = resolveQuarter(context, number);
      else value = `${formatYear(context.dct.day.year - (number === 2 && context.dct.day.month <= 6 && context.tense() === 'past' ? 1 : 0))}-H${number}`;
      return YEAR_AGO.test(modifiers) ? yearEarlier(value) : value;
    }, YEAR_AGO.test(modifiers));
    return isAside ? { ...reading, isAside } : reading;
  },
};

const RELATIVE_OFFSETS: Record<string, number> = { next: 1, coming: 1, following: 1, previous: -1, prior: -1, preceding: -1 };

/** Modifiers that name the last completed period before the DCT. */
const LATEST = /latest|past|last|recent|just-ended|just-completed/;

/**
 * Of those, the ones that describe the period a report is about ("sales in the latest period"):
 * once the text has named that quarter, they are it, under the company's own number ("fourth-quarter
 * earnings ... the latest period" for a fiscal quarter ended Sept. 30).
 */
const REPORTED = /latest|most\s+recent|just-ended|just-completed/;

/** The closing date written right after a quarter: "the quarter ended Sept. 30", "the quarter ending Jan. 31, 1990". */
const CLOSING_DATE = new RegExp(String.raw`^,?\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(${MONTH})\s*(\d{1,2})(?!\d)(?:,?\s+(${YEAR_DIGITS}))?`, 'i');

/**
 * The calendar quarter of a three-month period that closed on the date after `match`, or null when
 * no date follows: the quarter holding most of its days, around six weeks before the closing date
 * (a quarter ended July 31 ran from May to July: mostly the second quarter).
 */
function quarterClosedBy(match: RegExpExecArray, context: ResolutionContext): string | null {
  const closing = CLOSING_DATE.exec(textAfter(match, 40));
  if (closing === null) return null;
  const [, monthWord = '', dayText = '', yearText] = closing;
  const month = monthNumber(monthWord);
  const day = Number(dayText);
  if (month === null || day < 1 || day > 31) return null;
  const written = yearText === undefined ? null : readYear(yearText);
  const date = written !== null ? `${formatYear(written)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : resolveMonthDay(context, month, day);
  const parsed = date === null ? null : parseCalendarValue(date);
  if (parsed === null || parsed.month === undefined || parsed.day === undefined) return null;
  const middle = addDays({ year: parsed.year, month: parsed.month, day: parsed.day }, -45);
  return `${formatYear(middle.year)}-Q${quarterOf(middle.month)}`;
}

const relativeQuarter: TimeRule = {
  name: 'relative-quarter',
  pattern: compilePattern(
    String.raw`\b(?:(?:the|this|that)\s+)((?:(?:latest|current|past|last|previous|prior|preceding|next|coming|following|same|comparable|corresponding|year-ago|year-earlier|recent|most\s+recent|fiscal|just-ended|just-completed)[-\s]+)*)(quarter|period)${WORD_END}(?!-)(?:\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?(?!\s+of\s+(?:a|an|the|its|their|\d))`,
  ),
  read: (match) => {
    const [whole, modifiers = '', noun = '', yearBefore] = match;
    const lower = modifiers.toLowerCase();
    const isPeriod = noun.toLowerCase() === 'period';
    const isYearEarlier = YEAR_AGO.test(lower) || yearBefore !== undefined;
    if (isPeriod && lower.trim() === '') return null;
    const isThis = /^this\s/i.test(whole) || /current/.test(lower);
    const step = Object.entries(RELATIVE_OFFSETS).find(([word]) => lower.includes(word))?.[1] ?? 0;
    return contextReading('DATE', (context) => {
      // "the quarter ended July 31" is named by its closing date, unless the text already named the
      // quarter it discusses ("the fiscal first quarter ... the quarter ended Sept. 29" keeps the company's number).
      const closed = step === 0 && !isYearEarlier && context.reference?.granularity !== 'quarter' ? quarterClosedBy(match, context) : null;
      if (closed !== null) return closed;
      if (isPeriod && context.reference?.granularity !== 'quarter' && !LATEST.test(lower)) {
        return isYearEarlier ? formatYear(context.dct.day.year - 1) : unitValue(context.dct.day, 'quarter', -1);
      }
      let value = isThis ? unitValue(context.dct.day, 'quarter', 0) : REPORTED.test(lower) ? currentPeriod(context, 'quarter') : LATEST.test(lower) ? unitValue(context.dct.day, 'quarter', -1) : currentPeriod(context, 'quarter');
      if (step !== 0) {
        const base = parseCalendarValue(step > 0 ? unitValue(context.dct.day, 'quarter', 0) : value);
        value = base ? shiftCalendarValue(base, 'quarter', step) : value;
      }
      return isYearEarlier ? yearEarlier(value) : value;
    }, isYearEarlier);
  },
};

const yearPeriod: TimeRule = {
  name: 'year-period',
  pattern: compilePattern(String.raw`\b(?:the\s+${YEAR_GROUP}|(last|this|next)\s+year's(?:\s+(?:comparable|corresponding|same))?)\s+(quarter|period)${WORD_END}(?!-)`),
  read: (match) => {
    const [, yearText, relative] = match;
    const written = yearText === undefined ? null : readYear(yearText);
    if (yearText !== undefined && written === null) return null;
    const offset = relative === undefined ? 0 : relative.toLowerCase() === 'last' ? -1 : relative.toLowerCase() === 'next' ? 1 : 0;
    return contextReading('DATE', (context) => {
      // "last year's quarter" counts its year from the DCT; "the 1988 quarter" names it.
      const year = written ?? context.dct.day.year + offset;
      // "the 1988 period" after "the first nine months" is those months of 1988: only the year is known.
      if (followsMonthSpan(context)) return formatYear(year);
      const reference = context.reference;
      const period = reference && reference.granularity === 'quarter' ? formatCalendarValue(reference) : currentPeriod(context, 'quarter');
      return `${formatYear(year)}-${period.slice(5)}`;
    }, offset < 0);
  },
};

const yearAgoAdjective: TimeRule = {
  name: 'year-ago-adjective',
  pattern: compilePattern(String.raw`\b(?:(?:the\s+)?year-(?:ago|earlier)\s+(?:period|quarter)|year-(?:ago|earlier))${WORD_END}`),
  read: () =>
    contextReading('DATE', (context) => {
      if (followsMonthSpan(context)) return discussedYear(context, -1);
      const reference = isForecast(context) ? null : context.reference;
      if (reference && (reference.granularity === 'quarter' || reference.granularity === 'half' || reference.granularity === 'month')) {
        return shiftCalendarValue(reference, 'year', -1);
      }
      return yearEarlier(currentPeriod(context, 'quarter'));
    }, true),
};

/** Financial periods: "the third quarter", "third-quarter", "the year-earlier period", "the first half of 1990". */
export const quarterRules: readonly TimeRule[] = [namedQuarter, relativeQuarter, yearPeriod, yearAgoAdjective];
