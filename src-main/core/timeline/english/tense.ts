import type { Tense } from '../rule';

/** Words that put a clause in the future, checked first because some also end in "-ed". */
const FUTURE = new Set([
  'will', "'ll", 'shall', 'wo', 'going', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'expects', 'expected',
  'intends', 'intend', 'due', 'upcoming', 'would', 'tomorrow', 'next', 'hopes', 'aims', 'soon',
]);

/** Irregular past forms and past auxiliaries (regular past forms are recognised by "-ed"). */
const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'went', 'came', 'took', 'gave', 'met', 'held', 'left', 'began',
  'got', 'saw', 'found', 'thought', 'knew', 'became', 'brought', 'bought', 'sent', 'spent', 'won', 'lost', 'fell',
  'rose', 'led', 'ran', 'sold', 'struck', 'shot', 'fought', 'flew', 'spoke', 'wrote', 'chose', 'drove', 'broke', 'stood',
  'fled', 'sought', 'caught', 'kept', 'paid', 'built', 'felt', 'heard', 'wore', 'arose', 'ago', 'yesterday', 'last', 'earlier',
  'hit', 'slid', 'swept', 'blew', 'threw', 'forced', 'dropped', 'closed', 'ended', 'signed',
]);

const PRESENT = new Set(['is', 'are', 'says', 'say', 'am', 'now', 'currently']);

/** Words ending in "-ed" that are not verbs in the past. */
const NOT_PAST = new Set(['need', 'speed', 'red', 'bed', 'seed', 'feed', 'united', 'limited', 'indeed', 'hundred', 'based', 'related', 'proposed']);

const WORD = /[\p{L}']+/gu;
const CLAUSE_BREAK = /[.!?;:\n"“”]/;

/**
 * The tense of the clause around text[start, end): the closest tense cue among the words before
 * the expression (to the start of the sentence), then after it (to its end). Future cues
 * ("will", "plans", "scheduled") beat past ones within the same word; `unknown` when there is none.
 */
export function detectEnglishTense(text: string, start: number, end: number): Tense {
  const before = clauseBefore(text, start);
  const beforeWords = before.match(WORD) ?? [];
  for (let index = beforeWords.length - 1; index >= 0; index -= 1) {
    const tense = tenseAt(beforeWords, index);
    if (tense !== 'unknown') return tense;
  }
  const afterWords = clauseAfter(text, end).match(WORD) ?? [];
  for (let index = 0; index < afterWords.length; index += 1) {
    const tense = tenseAt(afterWords, index);
    if (tense !== 'unknown') return tense;
  }
  return 'unknown';
}

/** Passive participles after these words take their tense from the auxiliary before them ("will be named"). */
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are']);

function tenseAt(words: readonly string[], index: number): Tense {
  const tense = tenseOf(words[index] as string);
  if (tense === 'past' && index > 0 && PASSIVE_AUXILIARIES.has((words[index - 1] as string).toLowerCase())) return 'unknown';
  return tense;
}

function tenseOf(word: string): Tense {
  const lower = word.toLowerCase();
  if (FUTURE.has(lower)) return 'future';
  if (PAST.has(lower)) return 'past';
  if (PRESENT.has(lower)) return 'present';
  if (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower)) return 'past';
  return 'unknown';
}

const WINDOW = 120;

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  for (let index = window.length - 1; index >= 0; index -= 1) {
    if (CLAUSE_BREAK.test(window.charAt(index))) return window.slice(index + 1);
  }
  return window;
}

function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + WINDOW);
  for (let index = 0; index < window.length; index += 1) {
    if (CLAUSE_BREAK.test(window.charAt(index))) return window.slice(0, index);
  }
  return window;
}
