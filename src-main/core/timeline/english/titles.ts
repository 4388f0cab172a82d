import type { TimeRule } from '../rule';

/** Time words that English writes in lower case inside a sentence; a capital makes them part of a name. */
const TIME_WORD = /^(?:this|week|weeks|minutes?|hours?|noon|midnight|today|tonight|tomorrow|yesterday|now|days|months?|years|mornings?|nights?|evenings?|afternoons?|time)$/i;

const WORD = /[A-Za-z\d]+/g;
const HAS_CAPITAL = /[A-Z]/;

/**
 * True when a match is part of a title or a name rather than a time: a capitalised time word
 * after the first word or number ("This Week", "60 Minutes"), or a capitalised first time word right after
 * another capitalised word (see {@link followsName}: "High Noon", "USA Today"), or a single capitalised word
 * before "of" and a capitalised name ("the March of Dimes"). Sentence starts and
 * quotations ("Today, he said") keep their reading, and so do capitals in a title-case headline
 * (see {@link isInHeadline}) unless the words are quoted. "Day" and "Year" are left out: holidays
 * capitalise them ("Election Day", "New Year").
 */
export function isInTitle(match: RegExpExecArray): boolean {
  const text = match[0];
  // Most matches have no capital at all; they cannot be names.
  if (!HAS_CAPITAL.test(text)) return false;
  // "the March of Dimes", "the March of the Combatant Mothers": a single capitalised word heading a name.
  if (/^[A-Z][a-z]+$/.test(text) && !text.endsWith('day') && /^\s+of\s+(?:the\s+)?[A-Z][a-z]/.test(match.input.slice(match.index + text.length, match.index + text.length + 12))) return true;
  WORD.lastIndex = 0;
  let index = 0;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text), index += 1) {
    const value = word[0];
    // Text in capitals ("NEW YORK TODAY") says nothing about names.
    if (value.charAt(0) === value.charAt(0).toLowerCase() || value === value.toUpperCase() || !TIME_WORD.test(value)) continue;
    // "This" and "Now" open sentences too often, even after a byline run into the text, to say anything.
    if (index > 0 ? !isInHeadline(match) || isQuoted(match) : value !== 'This' && value !== 'Now' && followsName(match)) return true;
  }
  return false;
}

/** Words that open a clause's subject: after them a capitalised first time word starts a sentence ("Reply Today the weapons", "Yesterday I visited"). */
const SUBJECT_START = /^\s+(?:the|a|an|i|we|he|she|they|it|there|his|her|its|our|their|that|these|those|some|many|most)\b/i;

/**
 * True for a line in title case, as headlines are written ("24 Fatal Cases in the Past 24 Hours",
 * "Talks Resume Next Week"): most of its longer words are capitalised, so a capital says nothing.
 */
function isInHeadline(match: RegExpExecArray): boolean {
  const input = match.input;
  const lineStart = input.lastIndexOf('\n', match.index) + 1;
  const lineEnd = input.indexOf('\n', match.index);
  const line = input.slice(lineStart, lineEnd < 0 ? Math.min(input.length, match.index + 200) : lineEnd);
  const words = line.match(/[A-Za-z]{4,}/g) ?? [];
  if (words.length < 3 || words.length > 20) return false;
  return words.filter((word) => word.charAt(0) !== word.charAt(0).toLowerCase()).length >= words.length * 0.7;
}

/** True when a quotation mark opens right before the match: a quoted name ("``This Week''"). */
function isQuoted(match: RegExpExecArray): boolean {
  return /["“`']\s*$/.test(match.input.slice(Math.max(0, match.index - 3), match.index));
}

/**
 * True when a capitalised word comes right before the match on the same line and no comma right
 * after it: "USA Today", "High Noon". A headline run into the text ("Day of violence in Egypt
 * Today, all Arabs are asking") and a sentence that starts with "This week" after a byline keep
 * their reading.
 */
function followsName(match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  if (/^\s*,/.test(match.input.slice(end, end + 3)) || SUBJECT_START.test(match.input.slice(end, end + 8))) return false;
  return /(?:^|[^\n])\b[A-Z][A-Za-z]*[ \t]+$/.test(match.input.slice(Math.max(0, match.index - 24), match.index));
}

/** The same rule, reading no match that sits in a title or a name (see {@link isInTitle}). */
export function outsideTitles(rule: TimeRule): TimeRule {
  return { ...rule, read: (match) => (isInTitle(match) ? null : rule.read(match)) };
}
