import { compilePattern, contextReading, fixedReading } from '../reading';
import { resolveSeason, type Direction } from '../resolve-date';
import type { TimeRule } from '../rule';
import { formatYear } from '../timex-value';
import { SPOKEN_YEAR, readYear } from './calendar-date-rules';
import { EDGE, NUMBER_START, WORD_END, YEAR_DIGITS } from './fragments';
import { SEASON, seasonCode } from './lexicon';
import { ORDINAL, parseOrdinal } from './numbers';

/** Words after which a number in words ("two thousand") is a year rather than an amount. */
const YEAR_CONTEXT = /\b(?:in|since|until|till|by|from|through|of|during|before|after|year|to)\s+$/i;

const year: TimeRule = {
  name: 'year',
  pattern: compilePattern(
    String.raw`${NUMBER_START}(?:${EDGE}|(?:the\s+)?(?:fiscal|calendar|financial|model)(?:[-\s]+year)?\s+|the\s+year\s+|(?:pre|post)-)?(${YEAR_DIGITS}|${SPOKEN_YEAR})${WORD_END}(?!-(?:\d|year|month|day))`,
  ),
  read: (match) => {
    const [whole, yearText = ''] = match;
    const value = readYear(yearText);
    if (value === null) return null;
    if (/^two\s+thousand/i.test(whole) && !YEAR_CONTEXT.test(match.input.slice(Math.max(0, match.index - 8), match.index))) return null;
    return fixedReading('DATE', formatYear(value));
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const decade: TimeRule = {
  name: 'decade',
  pattern: compilePattern(
    String.raw`\b(?:the\s+)?${EDGE}?(?:(1\d|20)(\d)0'?s|'(\d)0'?s|(?:nineteen[-\s])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${WORD_END}`,
  ),
  read: (match) => {
    const [, century, digit, shortDigit, word] = match;
    if (century !== undefined && digit !== undefined) return fixedReading('DATE', `${century}${digit}`);
    if (shortDigit !== undefined) return fixedReading('DATE', `${shortDigit === '0' || shortDigit === '1' ? '20' : '19'}${shortDigit}`);
    return fixedReading('DATE', `19${DECADE_WORDS[(word ?? '').toLowerCase()] ?? 0}`);
  },
};

const century: TimeRule = {
  name: 'century',
  pattern: compilePattern(String.raw`\b(?:the\s+)?${EDGE}?(${ORDINAL})[-\s]century${WORD_END}(?!-old)`),
  read: (match) => {
    const ordinal = parseOrdinal(match[1] ?? '');
    return ordinal === null || ordinal > 21 ? null : fixedReading('DATE', String(ordinal - 1).padStart(2, '0'));
  },
};

const SEASON_DIRECTIONS: Record<string, Direction> = { last: 'past', 'this past': 'past', next: 'future', 'this coming': 'future', this: 'this' };

/** Words after which a bare season name ("fall", "spring") is the season, not a verb or a noun. */
const SEASON_CONTEXT = /\b(?:in|into|during|by|until|till|since|through|throughout|over|for|before|after)\s+$/i;

const season: TimeRule = {
  name: 'season',
  pattern: compilePattern(
    String.raw`\b${EDGE}?(?:(last|next|this\s+past|this\s+coming|this|the)\s+)?(?:(early|late|mid)[-\s]?)?(${SEASON})(?:\s+(?:of\s+)?(?:(${YEAR_DIGITS}|${SPOKEN_YEAR})|(this|last|next)\s+year))?${WORD_END}`,
  ),
  read: (match) => {
    const [whole, which, , seasonWord = '', yearText, relativeYear] = match;
    const code = seasonCode(seasonWord);
    if (yearText !== undefined) {
      const value = readYear(yearText);
      return value === null ? null : fixedReading('DATE', `${formatYear(value)}-${code}`);
    }
    if (relativeYear !== undefined) {
      const offset = relativeYear.toLowerCase() === 'last' ? -1 : relativeYear.toLowerCase() === 'next' ? 1 : 0;
      return contextReading('DATE', (context) => `${formatYear(context.dct.day.year + offset)}-${code}`);
    }
    const direction = which === undefined ? undefined : SEASON_DIRECTIONS[which.toLowerCase().replace(/\s+/g, ' ')];
    const prefix = whole.slice(0, whole.length - seasonWord.length).trim().toLowerCase();
    if ((prefix === '' || prefix === 'the') && !SEASON_CONTEXT.test(match.input.slice(Math.max(0, match.index - 16), match.index))) return null;
    if (/^\s+of\b/i.test(match.input.slice(match.index + whole.length, match.index + whole.length + 4))) return null;
    return contextReading('DATE', (context) => resolveSeason(context, code, direction ?? 'tense'));
  },
};

/** Years, decades, centuries and seasons: "1998", "fiscal 1989", "mid-1996", "the 1990s", "the 20th century", "last fall". */
export const yearRules: readonly TimeRule[] = [year, decade, century, season];
