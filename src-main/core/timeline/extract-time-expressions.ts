import type { TimeExpression } from '../../shared/timeline';
import { parseDocumentTime, type DocumentTime } from './dct';
import { rulesForLanguage } from './languages';
import { selectMatches } from './select-matches';
import type { LanguageRules, Reading, ResolutionContext } from './rule';
import { addMonths, toDayNumber } from './calendar';
import { firstDayOf } from './shift';
import { formatCalendarValue, parseCalendarValue, type CalendarValue } from './timex-value';

/** What the extractor needs besides the text. */
export interface ExtractOptions {
  /** The document creation time: an ISO date or date-time (`2019-02-25`, `2019-02-25T09:30:00Z`). */
  dct: string;
  /** The text's language tag (`en`, `en-GB`); default English. */
  language?: string;
}

/**
 * Finds the time expressions in `text` and resolves each to a TIMEX3 type and value against the
 * DCT, tense-aware ("said on Friday" is the Friday before, "will meet on Friday" the one after).
 * Answers non-overlapping expressions in text order; `start`/`end` are UTF-16 offsets into `text`,
 * `end` exclusive. A language without rules answers an empty list. Throws a RangeError when `dct`
 * is not an ISO date.
 */
export function extractTimeExpressions(text: string, options: ExtractOptions): TimeExpression[] {
  const dct = parseDocumentTime(options.dct);
  if (dct === null) throw new RangeError(`The document date "${options.dct}" is not an ISO date such as 2019-02-25.`);
  const language = rulesForLanguage(options.language ?? 'en');
  if (language === null) return [];
  return resolveExpressions(text, dct, language);
}

/** Runs a language's rules over `text` and resolves the chosen matches in text order. */
export function resolveExpressions(text: string, dct: DocumentTime, language: LanguageRules): TimeExpression[] {
  const expressions: TimeExpression[] = [];
  let reference: CalendarValue | null = null;
  let period: CalendarValue | null = null;
  for (const match of selectMatches(text, language.rules)) {
    const previous = expressions[expressions.length - 1] ?? null;
    const context: ResolutionContext = { dct, reference, period, previous, tense: () => language.detectTense(text, match.start, match.end) };
    const value = match.reading.resolve(context);
    const anchor = match.reading.anchor;
    expressions.push(
      anchor === undefined
        ? { start: match.start, end: match.end, type: match.reading.type, value }
        : { start: match.start, end: match.end, type: match.reading.type, value, anchor: { start: match.start, end: match.end + anchor.signalLength, value: anchor.resolve(context) } },
    );
    if ((match.reading.type === 'DATE' || match.reading.type === 'TIME') && match.reading.isComparison !== true && !keepsPeriod(match.reading, reference)) {
      const parsed = parseCalendarValue(value);
      // Naming the period reported on again is never an aside.
      const isAside = period !== null && value !== formatCalendarValue(period) && (match.reading.isAside === true || isRunningOrForecast(parsed, context));
      if (parsed !== null && !isAside) reference = parsed;
      // "In the 1988 period" after the third quarter compares; it does not change the period reported on.
      if (parsed !== null && !isAside && isPeriod(parsed) && (period === null || parsed.year >= period.year)) period = parsed;
    }
  }
  return expressions;
}

/** True for a quarter or a half: the periods a financial report discusses. */
function isPeriod(value: CalendarValue): boolean {
  return value.granularity === 'quarter' || value.granularity === 'half';
}

/**
 * A quarter or half that is still running at the DCT, or named in a future-tense clause, once the
 * text has named one ("fell in the third quarter ... will result in a fourth-quarter charge", "no
 * estimate of the impact on fourth-quarter results") is an aside: the report goes on about the
 * period it reported, so the aside does not become the reference. The first one named may be a
 * forecast and still be the report's subject ("expects a third-quarter loss").
 */
function isRunningOrForecast(value: CalendarValue | null, context: ResolutionContext): boolean {
  if (value === null || !isPeriod(value)) return false;
  const first = firstDayOf(value);
  const next = addMonths(first.year, first.month, value.granularity === 'half' ? 6 : 3);
  const hasEnded = toDayNumber({ ...next, day: 1 }) <= toDayNumber(context.dct.day);
  return !hasEnded || context.tense() === 'future';
}

/** A period's end date ("the quarter ended Sept. 30") leaves a quarter or half as the reference: the text goes on to compare that period. */
function keepsPeriod(reading: Reading, reference: CalendarValue | null): boolean {
  return reading.isPeriodEnd === true && reference !== null && (reference.granularity === 'quarter' || reference.granularity === 'half');
}
