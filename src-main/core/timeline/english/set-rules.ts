import { formatDuration } from '../duration';
import { compilePattern, fixedReading, textBefore } from '../reading';
import type { TimeRule } from '../rule';
import { WORD_END } from './fragments';
import { MONTH_NAME, PART_OF_DAY, UNIT, WEEKDAY, durationUnit, isCapitalised, monthNumber, partOfDayCode, weekdayNumber } from './lexicon';
import { QUANTITY, parseQuantity } from './numbers';

const ADVERB_PERIODS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W',
  monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', semiannually: 'P6M',
};

const adverb: TimeRule = {
  name: 'frequency-adverb',
  pattern: compilePattern(String.raw`\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|yearly|annually|semiannually)${WORD_END}`),
  read: (match) => fixedReading('SET', ADVERB_PERIODS[(match[1] ?? '').toLowerCase()] ?? 'P1D'),
};

const every: TimeRule = {
  name: 'every',
  pattern: compilePattern(
    String.raw`\b(?:every|each)\s+(?:(other)\s+)?(?:(${QUANTITY})\s+)?(?:(${UNIT})|(${WEEKDAY})|(${MONTH_NAME})|(${PART_OF_DAY}))${WORD_END}`,
  ),
  read: (match) => {
    const [, other, amountText, unitWord, weekdayWord, monthWord, partOfDay] = match;
    if (weekdayWord !== undefined) return isCapitalised(weekdayWord) ? fixedReading('SET', `XXXX-WXX-${weekdayNumber(weekdayWord) ?? 1}`) : null;
    if (monthWord !== undefined) return isCapitalised(monthWord) ? fixedReading('SET', `XXXX-${String(monthNumber(monthWord) ?? 1).padStart(2, '0')}`) : null;
    if (partOfDay !== undefined) return fixedReading('SET', `XXXX-XX-XXT${partOfDayCode(partOfDay)}`);
    const unit = durationUnit(unitWord ?? 'day');
    const amount = (amountText === undefined ? 1 : parseQuantity(amountText)) ?? null;
    return fixedReading('SET', formatDuration(amount === null ? null : amount * unit.size * (other ? 2 : 1), unit));
  },
};

/**
 * What comes before "a week" when it says how often something happens ("twice a week") or how
 * fast a share grows ("5% a year"), which TimeML marks as a set. An amount per period ("$2
 * million a year", "700 seats a week") is a rate, which TimeML leaves unmarked like a speed.
 */
const RATE_CONTEXT = /(?:%|\bpercent|\bonce|\btwice|\bthrice|\btimes)\s+$/i;

const rate: TimeRule = {
  name: 'rate',
  pattern: compilePattern(String.raw`\b(?:a|an|per)\s+(hour|day|week|month|year)${WORD_END}`),
  read: (match) => (RATE_CONTEXT.test(textBefore(match, 16)) ? fixedReading('SET', formatDuration(1, durationUnit(match[1] ?? 'day'))) : null),
};

const pluralWeekday: TimeRule = {
  name: 'plural-weekday',
  pattern: compilePattern(
    String.raw`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s(?:\s+(${PART_OF_DAY})s?)?|\s+(${PART_OF_DAY})s)${WORD_END}`,
  ),
  read: (match) => {
    const [, weekdayWord = '', pluralPart, singularPart] = match;
    const partOfDay = pluralPart ?? singularPart;
    if (!isCapitalised(weekdayWord)) return null;
    return fixedReading('SET', `XXXX-WXX-${weekdayNumber(weekdayWord) ?? 1}${partOfDay === undefined ? '' : `T${partOfDayCode(partOfDay)}`}`);
  },
};

/** Recurring times: "every week", "each Thursday", "daily", "twice a year", "on Tuesday nights". */
export const setRules: readonly TimeRule[] = [every, adverb, rate, pluralWeekday];
