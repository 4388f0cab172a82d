import { addDays, type CalendarDay } from '../calendar';
import { compilePattern, contextReading, textAfter, textBefore } from '../reading';
import { resolveWeekday, type Direction } from '../resolve-date';
import type { ResolutionContext, TimeRule } from '../rule';
import { firstDayOf } from '../shift';
import { formatDay, formatMonth } from '../timex-value';
import { WORD_END } from './fragments';
import { PART_OF_DAY, WEEKDAY, isCapitalised, partOfDayCode, weekdayNumber } from './lexicon';
import { ORDINAL } from './numbers';

const DEICTIC_OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/** A day value, with a part-of-day code when one was named (`1998-08-07TMO`). */
function dayValue(day: CalendarDay, partOfDay: string | undefined): string {
  return partOfDay === undefined ? formatDay(day) : `${formatDay(day)}T${partOfDayCode(partOfDay)}`;
}

/** "today's world", "today's youth": the present age in general, not the day of the DCT. */
const GENERIC_TODAY = /^'s\s+(?:world|society|youth|young|generations?|children|kids|students|standards|age|era|modern|personal|global|economy|culture)\b/i;

/** "the people of tomorrow", "the heroes of yesterday": an age, not a day. */
const GENERIC_OF = /\bthe\s+(?:[a-z]+\s+)?(?:people|world|leaders?|heroes|stars?|generations?|children|youth|society|technology|workers?|workforce|cities|city|schools?|classrooms?|economy|industry|industries|army|armies|jobs|workplace|families|family|women|men)\s+of\s+$/i;

const deicticDay: TimeRule = {
  name: 'deictic-day',
  pattern: compilePattern(
    String.raw`\b(?:(?:early|late|earlier|later|mid-?)[-\s]*)?(?:the\s+day\s+(before|after)\s+)?(today|tonight|tomorrow|yesterday)(?:\s+(${PART_OF_DAY}))?${WORD_END}`,
  ),
  read: (match) => {
    const [, beforeOrAfter, word = '', partOfDay] = match;
    const lower = word.toLowerCase();
    if (lower === 'today' && GENERIC_TODAY.test(textAfter(match, 24))) return null;
    if (beforeOrAfter === undefined && partOfDay === undefined && GENERIC_OF.test(textBefore(match, 32))) return null;
    const offset = (DEICTIC_OFFSETS[lower] ?? 0) + (beforeOrAfter === undefined ? 0 : beforeOrAfter.toLowerCase() === 'before' ? -1 : 1);
    const part = lower === 'tonight' ? 'night' : partOfDay;
    return contextReading(part === undefined ? 'DATE' : 'TIME', (context) => dayValue(addDays(context.dct.day, offset), part));
  },
};

const WEEKDAY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  last: 'past', past: 'past', 'this past': 'past', 'the previous': 'past', 'the past': 'past',
  next: 'future', coming: 'future', 'this coming': 'future', 'the following': 'future', 'the next': 'future', this: 'this',
};

const weekday: TimeRule = {
  name: 'weekday',
  pattern: compilePattern(
    String.raw`\b(?:(last|next|this\s+past|this\s+coming|this|coming|past|the\s+previous|the\s+following|the\s+next|the\s+past)\s+)?(${WEEKDAY})(?:\s+(${PART_OF_DAY}))?${WORD_END}(?!s\b|'s\s+(?:${PART_OF_DAY}))`,
  ),
  read: (match) => {
    const [, which, weekdayWord = '', partOfDay] = match;
    const number = weekdayNumber(weekdayWord);
    if (number === null || !isCapitalised(weekdayWord) || weekdayWord.length < 6) return null;
    let direction = which === undefined ? 'tense' : (WEEKDAY_DIRECTIONS[which.toLowerCase().replace(/\s+/g, ' ')] ?? 'tense');
    if (direction === 'tense' && /\bas\s+(?:soon|early)\s+as\s+$/i.test(textBefore(match, 16))) direction = 'future';
    // "Wednesday's ruling" names something that has happened.
    const isPossessive = /^'s\b/.test(textAfter(match, 3));
    const isAnaphoric = which !== undefined && /^the\s+(?:previous|following)$/i.test(which.replace(/\s+/g, ' '));
    return contextReading('DATE', (context) => {
      const tensed = isPossessive ? { ...context, tense: () => 'past' as const } : context;
      // "the previous Friday" counts from the day the text is talking about, not from the DCT.
      const anchored = isAnaphoric ? { ...tensed, dct: { ...tensed.dct, day: referenceDay(context) } } : tensed;
      return dayValue(resolveWeekday(anchored, number, direction), partOfDay);
    });
  },
};

/** The day the text is talking about: the last day it mentioned, else the DCT. */
function referenceDay(context: ResolutionContext): CalendarDay {
  const reference = context.reference;
  return reference && (reference.granularity === 'day' || reference.granularity === 'time') ? firstDayOf(reference) : context.dct.day;
}

const PART_OF_DAY_OFFSETS: Record<string, number> = { this: 0, last: -1, yesterday: -1, tomorrow: 1 };

const partOfDay: TimeRule = {
  name: 'part-of-day',
  pattern: compilePattern(
    String.raw`\b(?:(?:early|late|earlier|later)\s+)?(this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(${PART_OF_DAY})${WORD_END}`,
  ),
  read: (match) => {
    const [, which = '', part = ''] = match;
    const lower = which.toLowerCase().replace(/\s+/g, ' ');
    if (lower === 'last' && part.toLowerCase() !== 'night') return null;
    return contextReading('TIME', (context) => {
      if (lower in PART_OF_DAY_OFFSETS) return dayValue(addDays(context.dct.day, PART_OF_DAY_OFFSETS[lower] ?? 0), part);
      const step = lower === 'the next' || lower === 'the following' ? 1 : lower === 'the previous' ? -1 : 0;
      return dayValue(addDays(referenceDay(context), step), part);
    });
  },
};

const anaphoricDay: TimeRule = {
  name: 'anaphoric-day',
  pattern: compilePattern(
    String.raw`\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(that\s+same|that|the\s+same|the\s+next|the\s+following|the\s+previous|the)\s+day${WORD_END}(?!\s+(?:of|when|that|before|after)\b)`,
  ),
  read: (match) => {
    const [whole, which = ''] = match;
    const lower = which.toLowerCase().replace(/\s+/g, ' ');
    if (lower === 'the' && !/^(?:early|late|earlier|later)/i.test(whole)) return null;
    const step = lower === 'the next' || lower === 'the following' ? 1 : lower === 'the previous' ? -1 : 0;
    return contextReading('DATE', (context) => {
      const reference = context.reference;
      // "that same day" after "in October 1998" is a day of that month that the text does not name.
      if (step === 0 && /^that|same/.test(lower) && reference && reference.granularity === 'month') return `${formatMonth(reference.year, reference.month ?? 1)}-XX`;
      return formatDay(addDays(referenceDay(context), step));
    });
  },
};

/** "today is", "it's", "this is" right before a numbered day: the day counted is the one the text is written on. */
const IS_TODAY = /\b(?:today\s+is|it\s+is|it's|this\s+is)\s+$/i;

/** "today is the eighth day of Desert Shield", "It's the second day of an offensive": the DCT, counted within an event. */
const numberedToday: TimeRule = {
  name: 'numbered-today',
  pattern: compilePattern(String.raw`\bthe\s+(?:${ORDINAL})\s+(?:straight\s+|consecutive\s+)?day(?=\s+(?:of|in|since)\b)`),
  read: (match) => (IS_TODAY.test(textBefore(match, 16)) ? contextReading('DATE', (context) => formatDay(context.dct.day)) : null),
};

/** Days named relative to the DCT or the text: "yesterday", "Friday", "last Monday", "this morning", "that day". */
export const relativeDayRules: readonly TimeRule[] = [deicticDay, weekday, partOfDay, anaphoricDay, numberedToday];
