import { formatDuration } from '../duration';
import { compilePattern, contextReading, fixedReading, textBefore } from '../reading';
import type { ResolutionContext, TimeRule } from '../rule';
import { isAtLeastAsFine, unitValue } from '../shift';
import { WORD_END } from './fragments';
import { UNIT, durationUnit, type DurationUnit } from './lexicon';
import { NUMBER_WORD, QUANTITY, parseQuantity } from './numbers';
import { shiftReference } from './relative-period-rules';
import { detectEnglishTense } from './tense';
import { discussedYear, followsMonthSpan } from './reporting-period';

/** Hedges and bounds TimeML keeps inside a duration's extent ("nearly two years", "at least 72 hours"). */
const QUANTIFIER = String.raw`(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|some|over(?!\s+the\b)|under(?!\s+the\b)|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|only|just|barely|close\s+to|upwards\s+of|a\s+little\s+over|well\s+over|a\s+full)`;

const PERIOD_ADJECTIVE = String.raw`(?:year-(?:earlier|ago)|comparable|corresponding|past|last|next|first|coming|previous|following|final|latest|initial|remaining|other|same|additional|further|full|entire|whole|recent|preceding|ensuing)`;

/** Reads an amount and its unit as a TIMEX3 duration; a range ("two to three weeks") or vague amount gives X. */
function durationValue(amountText: string | undefined, rangeEnd: string | undefined, unit: DurationUnit, extraHalf: boolean): string {
  const amount = rangeEnd !== undefined || amountText === undefined ? null : parseQuantity(amountText);
  const total = amount === null ? null : (amount + (extraHalf ? 0.5 : 0)) * unit.size;
  return formatDuration(total, unit);
}

/**
 * An amount just before "a year" ("$2 million a year", "700 seats a week", "four flights a
 * week") makes it a rate, which TimeML leaves unmarked like a speed; the set rules mark the
 * frequencies ("twice a week").
 */
const AMOUNT_BEFORE = new RegExp(String.raw`(?:\d|%|\b(?:${NUMBER_WORD}|million|billion|thousand|hundred|dozen|cents?|dollars?|percent))\s+(?:[a-z]+\s+)?$`, 'i');

/**
 * A count before a singular unit makes an adjective ("a five year plan", "the two day visit"),
 * whose determiner is the noun's: the lookahead keeps it out of the extent.
 */
const NOT_ADJECTIVE = String.raw`(?!(?:\d+|${NUMBER_WORD})\s+(?:second|minute|hour|day|week|month|quarter|year|decade|century)${WORD_END})`;

/** A modal or a subject pronoun right before "one day" makes it the adverb "someday" ("will one day be", "he one day follow"). */
const SOMEDAY_BEFORE = /\b(?:will|would|could|can|may|might|should|shall|must|he|she|they|we|i|you|it)\s+$/i;

/** An age ("52 years old") is not a time expression in TimeML, so "old" after the unit vetoes the duration. */
const duration: TimeRule = {
  name: 'duration',
  pattern: compilePattern(
    String.raw`\b(?:${QUANTIFIER}\s+)?(?:(?:the|each\s+of\s+the|a\s+period\s+of|a)\s+${NOT_ADJECTIVE})?(?:${PERIOD_ADJECTIVE}\s+)?(${QUANTITY})(?:\s*(?:to|-|or)\s*(${QUANTITY}))?\s+(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|short)\s+)?(${UNIT})(\s+and\s+a\s+half)?(?:\s+or\s+so)?${WORD_END}(?!-|\s+old\b)`,
  ),
  read: (match) => {
    const [, amount = '', rangeEnd, unitWord = '', half] = match;
    const lowerAmount = amount.toLowerCase();
    const lowerUnit = unitWord.toLowerCase();
    if (lowerUnit === 'second' && /^an?$/.test(lowerAmount)) return null;
    if (/^(?:a|an)$/.test(lowerAmount) && /s$/.test(lowerUnit)) return null;
    if (/^(?:some|many|few)$/i.test(lowerAmount) && !/s$/.test(lowerUnit)) return null;
    // "a quarter of the vote" is a fraction far more often than three months.
    if (lowerUnit.startsWith('quarter') && /^an?$/.test(lowerAmount)) return null;
    if (/^an?$/.test(lowerAmount) && AMOUNT_BEFORE.test(textBefore(match, 40))) return null;
    if (/^one\s+day$/i.test(match[0]) && SOMEDAY_BEFORE.test(textBefore(match, 10))) return fixedReading('DATE', 'FUTURE_REF');
    const unit = durationUnit(unitWord);
    return fixedReading('DURATION', durationValue(amount, rangeEnd, unit, half !== undefined));
  },
};

const adjectiveDuration: TimeRule = {
  name: 'adjective-duration',
  pattern: compilePattern(
    String.raw`\b(\d+(?:\.\d+)?|${NUMBER_WORD}|several|multi)[-\s]?-?(second|minute|hour|day|week|month|quarter|year|decade|century)(?:-long)?${WORD_END}(?!-old|-olds|\s+old\b)`,
  ),
  read: (match) => {
    const [whole, amount = '', unitWord = ''] = match;
    if (!whole.includes('-')) return null;
    const unit = durationUnit(unitWord);
    const count = /^(?:several|multi)$/i.test(amount) ? null : parseQuantity(amount);
    return fixedReading('DURATION', formatDuration(count === null ? null : count * unit.size, unit));
  },
};

const unitLong: TimeRule = {
  name: 'unit-long',
  pattern: compilePattern(String.raw`\b(day|week|month|year|decades?|centuries)-long${WORD_END}`),
  read: (match) => {
    const unitWord = match[1] ?? '';
    const unit = durationUnit(unitWord);
    return fixedReading('DURATION', formatDuration(/s$/i.test(unitWord) ? null : unit.size, unit));
  },
};

/** Adverbs that place a counted distance in time: before the DCT ("ago"), or before or after the text's reference. */
const DIRECTIONS: Record<string, { sign: number; isAnaphoric: boolean }> = {
  ago: { sign: -1, isAnaphoric: false }, back: { sign: -1, isAnaphoric: false }, 'from now': { sign: 1, isAnaphoric: false },
  hence: { sign: 1, isAnaphoric: false }, earlier: { sign: -1, isAnaphoric: true }, before: { sign: -1, isAnaphoric: true },
  later: { sign: 1, isAnaphoric: true }, after: { sign: 1, isAnaphoric: true }, afterward: { sign: 1, isAnaphoric: true },
};

/**
 * The date a counted distance points at. "Ago" counts from the DCT, "earlier"/"later" from the
 * date under discussion, keeping its granularity ("a year earlier" after "the third quarter" is
 * the year-before quarter); financial news compares quarters, so "a year ago" after a quarter
 * is that quarter a year before, and after a span of months ("the first nine months") the year before.
 */
function distantValue(context: ResolutionContext, unit: DurationUnit, amount: number, sign: number, isAnaphoric: boolean): string {
  const calendar = unit.calendar === 'decade' || unit.calendar === 'century' ? 'year' : (unit.calendar ?? 'day');
  // Hours and minutes land on the day they count from: "an hour later" is not the next day.
  const steps = unit.isTime ? 0 : Math.round(amount * unit.size) * sign;
  if (calendar === 'year' && followsMonthSpan(context)) return discussedYear(context, steps);
  const reference = context.reference;
  const isFinancialPeriod = reference !== null && (reference.granularity === 'quarter' || reference.granularity === 'half');
  const isFineEnough = reference !== null && isAtLeastAsFine(reference.granularity, calendar);
  if (reference !== null && ((isAnaphoric && isFineEnough) || (calendar === 'year' && isFinancialPeriod))) {
    const shifted = shiftReference(context, calendar, steps);
    if (shifted !== null) return shifted;
  }
  return unitValue(context.dct.day, unit.isTime ? 'day' : calendar, steps);
}

/** Units of a gap between events ("three days later"), as against the comparison periods of reports ("a year earlier"). */
const isEventGapUnit = (unit: DurationUnit): boolean => unit.isTime || unit.calendar === 'day' || unit.calendar === 'week';

const distance: TimeRule = {
  name: 'distance',
  pattern: compilePattern(
    String.raw`\b(?:${QUANTIFIER}\s+)?(?:(${QUANTITY})\s+(?:or\s+so\s+)?)?(${UNIT})\s+(?:or\s+so\s+)?(ago|back|from\s+now|hence|earlier|later|before|after|afterwards?)${WORD_END}`,
  ),
  read: (match) => {
    const [, amountText, unitWord = '', directionWord = ''] = match;
    const lowerDirection = directionWord.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
    const direction = DIRECTIONS[lowerDirection];
    if (!direction) return null;
    // "two days before the vote" counts from an event, not a date: only the duration is a time expression.
    if ((lowerDirection === 'before' || lowerDirection === 'after') && !/^\s*(?:[.,;:)"”]|$)/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 2))) return null;
    if (lowerDirection === 'back' && !/^\s*[.,;)]/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 2))) return null;
    const unit = durationUnit(unitWord);
    // "three days later" is read by gapDuration, which keeps "later" out of the extent.
    if ((lowerDirection === 'earlier' || lowerDirection === 'later') && isEventGapUnit(unit)) return null;
    const amount = amountText === undefined ? null : parseQuantity(amountText);
    if (amountText === undefined && !/s$/i.test(unitWord)) return null;
    if (amount === null) return fixedReading('DATE', direction.sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
    return contextReading('DATE', (context) => distantValue(context, unit, amount, direction.sign, direction.isAnaphoric), true);
  },
};

/**
 * "three days later", "an hour earlier": TimeML marks the gap as a DURATION and leaves "later" out
 * as a signal (the TBAQ gold does so for every day and hour gap: "Three days", "A day earlier" →
 * "A day", "over an hour"), while the date the gap points at still dates the event on the timeline,
 * so the reading carries it as an anchor over the whole phrase. Only gaps of weeks and finer: "a
 * year earlier" is a report's comparison period, which TimeML writes as a date (see distance).
 */
const gapDuration: TimeRule = {
  name: 'gap-duration',
  pattern: compilePattern(String.raw`\b(?:${QUANTIFIER}\s+)?(?:(${QUANTITY})\s+)?(${UNIT})(?=(\s+(?:or\s+so\s+)?(?:earlier|later))${WORD_END})`),
  read: (match) => {
    const [, amountText, unitWord = '', signal = ''] = match;
    const unit = durationUnit(unitWord);
    if (!isEventGapUnit(unit) || (amountText === undefined && !/s$/i.test(unitWord))) return null;
    const amount = amountText === undefined ? null : parseQuantity(amountText);
    const sign = /earlier$/i.test(signal) ? -1 : 1;
    const value = formatDuration(amount === null ? null : amount * unit.size, unit);
    const anchor = (context: ResolutionContext) => (amount === null ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : distantValue(context, unit, amount, sign, true));
    return { type: 'DURATION', resolve: () => value, anchor: { resolve: anchor, signalLength: signal.length } };
  },
};

/**
 * "would be redeemed in five years", "will open in two months": in a future clause, "in" and a
 * count name the date that far after the DCT (TimeML writes it as that year or month), and a vague
 * count ("in a few years", "in a year or two") a vague future time; elsewhere ("the second letter
 * in two weeks") the count stays a duration. Times of day stay durations.
 */
const futureDistance: TimeRule = {
  name: 'future-distance',
  pattern: compilePattern(String.raw`(?<=\bin\s)(${QUANTITY})\s+(${UNIT})(\s+or\s+(?:two|three|so))?${WORD_END}(?!\s+(?:or|to|and)\b|-)`),
  read: (match) => {
    const [whole, amountText = '', unitWord = '', approximate] = match;
    const unit = durationUnit(unitWord);
    const amount = approximate === undefined ? parseQuantity(amountText) : null;
    // "in a quarter that produced a loss" is any quarter: an article alone does not count.
    if (unit.isTime || (amount !== null && (/^an?$/i.test(amountText) || !Number.isInteger(amount * unit.size)))) return null;
    if (amount === null && /^an?$/i.test(amountText) && approximate === undefined) return null;
    const tense = detectEnglishTense(match.input, match.index, match.index + whole.length);
    // A vague count also looks ahead when no verb says otherwise ("You may, in a year or two, save").
    if (amount === null) return tense === 'future' || tense === 'unknown' ? fixedReading('DATE', 'FUTURE_REF') : null;
    if (tense !== 'future') return null;
    const calendar = unit.calendar === 'decade' || unit.calendar === 'century' ? 'year' : (unit.calendar ?? 'day');
    return contextReading('DATE', (context) => unitValue(context.dct.day, calendar, amount * unit.size));
  },
};

/** Left contexts after which a bare plural unit ("for years", "in recent months") is a duration. */
const VAGUE_CONTEXT = /\b(?:for|over|in|within|after|take|takes|took|taken|lasted|last|lasts|spent|spend|recent|the\s+past|the\s+coming|the\s+next|the\s+last|coming|past|next)\s+$/i;

const vagueDuration: TimeRule = {
  name: 'vague-duration',
  pattern: compilePattern(String.raw`\b(?:(?:recent|the\s+(?:past|coming|next|last))\s+)?(years|months|weeks|days|decades|centuries|hours|minutes)(?:\s+or\s+(years|months|weeks|days|decades))?${WORD_END}(?!\s+(?:ago|later|earlier|old)\b|-)`),
  read: (match) => {
    const [whole, unitWord = ''] = match;
    if (whole.toLowerCase() === 'recent years') return fixedReading('DATE', 'PAST_REF');
    if (whole.length === unitWord.length && !VAGUE_CONTEXT.test(textBefore(match, 14))) return null;
    const unit = durationUnit(unitWord);
    return fixedReading('DURATION', formatDuration(null, unit.size > 1 ? { letter: unit.letter, isTime: false } : unit));
  },
};

/**
 * "in coming months", "in future quarters", "in past years": without "the", plural units named as
 * a time to come or gone are a vague reference (like "recent years"), not a span; "the coming
 * years" is a span (vague-duration).
 */
const vagueTimes: TimeRule = {
  name: 'vague-times',
  pattern: compilePattern(String.raw`\b(future|coming|upcoming|past)\s+(days|weeks|months|years|quarters|decades)${WORD_END}(?!-)`),
  read: (match) => {
    if (/\b(?:the|these|those|its|their|his|her|our)\s+$/i.test(textBefore(match, 8))) return null;
    return fixedReading('DATE', /^past$/i.test(match[1] ?? '') ? 'PAST_REF' : 'FUTURE_REF');
  },
};

/** Prepositions after which "a while", "some time" or "the years" span a stretch of time ("for a while", "over the years"). */
const SPAN_CONTEXT = /\b(?:for|in|over|within|after|through|during)\s+$/i;

const indefiniteSpan: TimeRule = {
  name: 'indefinite-span',
  pattern: compilePattern(String.raw`\b(?:a\s+(?:little\s+|long\s+|short\s+)?while|some\s+time|the\s+(years|months|weeks|days|decades))${WORD_END}(?!\s+(?:ago|later|earlier|old|of|before|after)\b|-)`),
  read: (match) => {
    if (!SPAN_CONTEXT.test(textBefore(match, 10))) return null;
    const unitWord = match[1];
    if (unitWord === undefined) return fixedReading('DURATION', 'PXX');
    const unit = durationUnit(unitWord);
    return fixedReading('DURATION', formatDuration(null, unit.size > 1 ? { letter: unit.letter, isTime: false } : unit));
  },
};

/** Counted time: durations ("three years", "the past two months", "two-year", "for a while"), and distances ("two years ago", "a year earlier"). */
export const quantityRules: readonly TimeRule[] = [distance, gapDuration, futureDistance, duration, adjectiveDuration, unitLong, vagueTimes, vagueDuration, indefiniteSpan];
