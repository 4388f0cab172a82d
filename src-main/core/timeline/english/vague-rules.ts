import { compilePattern, fixedReading } from '../reading';
import type { TimeRule } from '../rule';
import { WORD_END } from './fragments';

const present: TimeRule = {
  name: 'present-reference',
  pattern: compilePattern(String.raw`\b(?:right\s+)?(?:now|currently|presently|nowadays|these\s+days|at\s+present|the\s+present(?=\s*[.,;])|current(?!\s+(?:account|events|affairs)\b))${WORD_END}(?!-)`),
  read: () => fixedReading('DATE', 'PRESENT_REF'),
};

/** "the then current market price": current at a time already past. */
const thenCurrent: TimeRule = {
  name: 'then-current',
  pattern: compilePattern(String.raw`\bthen[-\s]+current${WORD_END}(?!-)`),
  read: () => fixedReading('DATE', 'PAST_REF'),
};

const past: TimeRule = {
  name: 'past-reference',
  pattern: compilePattern(String.raw`\b(?:more\s+|most\s+|very\s+|only\s+)?(?:recently|lately|formerly|the\s+(?:recent\s+|distant\s+)?past(?=\s*[.,;]|\s+(?:and|or|but)\b)|some\s+time\s+ago|a\s+while\s+ago|long\s+ago)${WORD_END}`),
  read: () => fixedReading('DATE', 'PAST_REF'),
};

const future: TimeRule = {
  name: 'future-reference',
  pattern: compilePattern(String.raw`\b(?:the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future|the\s+(?:near|short)\s+term|as\s+soon\s+as\s+possible)${WORD_END}(?!-)`),
  read: () => fixedReading('DATE', 'FUTURE_REF'),
};

/** Vague references: "now", "currently" (PRESENT_REF), "recently", "the past", "then current" (PAST_REF), "the future" (FUTURE_REF). */
export const vagueRules: readonly TimeRule[] = [thenCurrent, present, past, future];
