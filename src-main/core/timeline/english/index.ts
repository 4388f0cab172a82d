import type { LanguageRules } from '../rule';
import { calendarDateRules } from './calendar-date-rules';
import { clockRules } from './clock-rules';
import { quantityRules } from './quantity-rules';
import { quarterRules } from './quarter-rules';
import { relativeDayRules } from './relative-day-rules';
import { relativePeriodRules } from './relative-period-rules';
import { setRules } from './set-rules';
import { holidayRules } from './holiday-rules';
import { periodOfDateRules } from './period-of-date-rules';
import { detectEnglishTense } from './tense';
import { outsideTitles } from './titles';
import { vagueRules } from './vague-rules';
import { yearRules } from './year-rules';

/**
 * English: the rule families in priority order (when two overlapping matches are equally long the
 * earlier family wins, so specific readings such as a set or a clock time come before generic ones).
 * No rule reads a time word capitalised inside a title or a name ("This Week", "High Noon").
 */
export const english: LanguageRules = {
  language: 'en',
  rules: [
    ...clockRules,
    ...setRules,
    ...periodOfDateRules,
    ...calendarDateRules,
    ...holidayRules,
    ...quarterRules,
    ...relativeDayRules,
    ...relativePeriodRules,
    ...quantityRules,
    ...yearRules,
    ...vagueRules,
  ].map(outsideTitles),
  detectTense: detectEnglishTense,
};
