import { addDays, type CalendarDay } from '../calendar';
import { compilePattern, contextReading, textBefore } from '../reading';
import { resolveMonthDay, resolveWeekday } from '../resolve-date';
import type { ResolutionContext, TimeRule } from '../rule';
import { firstDayOf } from '../shift';
import { formatDay } from '../timex-value';
import { TIME_ZONE, WORD_END } from './fragments';
import { MONTH, WEEKDAY, monthNumber, weekdayNumber } from './lexicon';

/** A day written after a clock time: "9 a.m. Tuesday", "5 p.m. EST Nov. 9", "noon yesterday". */
const DAY_AFTER = String.raw`(?:,?\s+(?:on\s+)?(?:(${WEEKDAY})|(today|yesterday|tomorrow)|(${MONTH})\s*(\d{1,2})(?!\d)))?`;

const DEICTIC: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

/** The day a clock time is on: the day written after it, else the last day the text mentioned, else the DCT. */
function dayOf(context: ResolutionContext, weekday?: string, deictic?: string, month?: string, day?: string): CalendarDay {
  if (weekday !== undefined) return resolveWeekday(context, weekdayNumber(weekday) ?? 1);
  if (deictic !== undefined) return addDays(context.dct.day, DEICTIC[deictic.toLowerCase()] ?? 0);
  const monthValue = month === undefined ? null : monthNumber(month);
  if (monthValue !== null && day !== undefined) {
    const value = resolveMonthDay(context, monthValue, Number(day));
    if (value !== null) return { year: Number(value.slice(0, 4)), month: monthValue, day: Number(day) };
  }
  const reference = context.reference;
  // A clock time alone is on the day the text is talking about.
  return reference && (reference.granularity === 'day' || reference.granularity === 'time') ? firstDayOf(reference) : context.dct.day;
}

const pad = (value: number) => String(value).padStart(2, '0');

const clockTime: TimeRule = {
  name: 'clock-time',
  pattern: compilePattern(
    String.raw`\b(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)|(?=\s*${TIME_ZONE}))(?:\s+(${TIME_ZONE}))?${DAY_AFTER}`,
  ),
  read: (match) => {
    const [, hourText = '', minuteText, meridiem, zone, weekday, deictic, month, day] = match;
    let hour = Number(hourText);
    const minute = minuteText === undefined ? 0 : Number(minuteText);
    if (hour > 24 || minute > 59 || (meridiem === undefined && zone === undefined)) return null;
    const lowerMeridiem = (meridiem ?? '').toLowerCase();
    if (lowerMeridiem.startsWith('p') && hour < 12) hour += 12;
    if (lowerMeridiem.startsWith('a') && hour === 12) hour = 0;
    if (meridiem !== undefined && !lowerMeridiem.startsWith('o') && Number(hourText) > 12) return null;
    return contextReading('TIME', (context) => `${formatDay(dayOf(context, weekday, deictic, month, day))}T${pad(hour)}:${pad(minute)}`);
  },
};

const namedTime: TimeRule = {
  name: 'named-time',
  pattern: compilePattern(String.raw`\b(?:mid-?)?(noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)${WORD_END}${DAY_AFTER}`),
  read: (match) => {
    const [, word = '', weekday, deictic, month, day] = match;
    const lower = word.toLowerCase();
    const time = lower === 'midnight' ? '24:00' : lower.includes('afternoon') ? 'AF' : lower.includes('morning') ? 'MO' : '12:00';
    return contextReading('TIME', (context) => `${formatDay(dayOf(context, weekday, deictic, month, day))}T${time}`);
  },
};

const HOUR_CONTEXT = /\b(?:at|by|until|till|before|after|around|about|from|since)\s+$/i;
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "at 4 in the morning", "until three o'clock in the afternoon": after "at"-like words only, so a count ("scored 3 in the afternoon") stays out. */
const hourOfPart: TimeRule = {
  name: 'hour-of-part-of-day',
  pattern: compilePattern(
    String.raw`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+in\s+the\s+(morning|afternoon|evening)${WORD_END}`,
  ),
  read: (match) => {
    const [, hourText = '', part = ''] = match;
    if (!HOUR_CONTEXT.test(textBefore(match, 10))) return null;
    let hour = HOUR_WORDS[hourText.toLowerCase()] ?? Number(hourText);
    if (hour < 1 || hour > 12) return null;
    if (part.toLowerCase() !== 'morning' && hour < 12) hour += 12;
    if (part.toLowerCase() === 'morning' && hour === 12) hour = 0;
    return contextReading('TIME', (context) => `${formatDay(dayOf(context))}T${pad(hour)}:00`);
  },
};

/** Clock times and named times of day: "10:35 a.m.", "9 a.m. EST Tuesday", "at 4 in the morning", "noon Thursday", "midnight". */
export const clockRules: readonly TimeRule[] = [clockTime, hourOfPart, namedTime];
