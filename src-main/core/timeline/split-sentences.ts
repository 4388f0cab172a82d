import type { TextSpan } from './text-span';

/** Abbreviations whose dot does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e',
]);

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["“‘(]?[\p{Lu}\d]|\s*$)|\n\s*\n/gu;

/**
 * The sentences of a text as UTF-16 ranges (end exclusive), trimmed of surrounding white space:
 * a sentence ends at `.`, `!` or `?` before a capital or a digit, or at a blank line. Dots of
 * common abbreviations ("Mr.", "Aug.", "U.S.") and initials do not end a sentence. Empty text
 * has no sentences.
 */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0].startsWith('.') && isAbbreviation(text, match.index)) continue;
    pushTrimmed(text, start, match.index + match[0].length, sentences);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[0] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+/, ''));
}

function pushTrimmed(text: string, start: number, end: number, sentences: TextSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (to > from) sentences.push({ start: from, end: to });
}

/** The sentence (from {@link splitSentences}) that contains `offset`, or null when it falls between sentences. */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as TextSpan;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return null;
}
