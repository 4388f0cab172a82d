import type { Tense } from '../rule';
import { DELAY_WORDS, FUTURE_BEFORE_TO, FUTURE_WORDS, INTENTION_WORDS, MODIFYING_ADVERBS, NOT_INFINITIVE, NOT_PAST, NOUN_MARKERS, PASSIVE_AUXILIARIES, PAST_WORDS, PERFECT_AUXILIARIES, PRESENT_WORDS } from './tense-words';

/** Numbers are words too, so that "to 388 pence" does not read "to pence" as an infinitive. */
const WORD = /[\p{L}\p{N}']+/gu;
const CLAUSE_BREAK = /[.!?;:\n"“”]/;

/** Short words that end with a period without ending the sentence ("Mr.", "vs.", "Corp."). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|mr|mrs|ms|dr|st|vs|gen|sen|rep|gov|lt|col|sgt|jr|sr|inc|corp|co|ltd|no|mt|ft|messrs|prof|rev)$/iu;

/**
 * True when the character at `index` ends a clause. A period inside a number ("3.8 percent"),
 * after an abbreviation or an initial ("Roe vs. Wade", "U.S. officials"), or followed by a comma
 * or a lower-case word ("Ala., killed") does not.
 */
function isClauseBreak(window: string, index: number): boolean {
  const character = window.charAt(index);
  if (!CLAUSE_BREAK.test(character)) return false;
  if (character !== '.' && character !== ':') return true;
  if (/\d/.test(window.charAt(index - 1)) && /\d/.test(window.charAt(index + 1))) return false;
  if (character === ':') return true;
  // A sentence goes on after a period followed by a comma or a lower-case word ("Birmingham, Ala., killed").
  if (/^(?:,|\s+\p{Ll})/u.test(window.slice(index + 1, index + 3))) return false;
  return !ABBREVIATION.test(window.slice(Math.max(0, index - 8), index));
}

/**
 * The tense of the clause around text[start, end): the closest tense cue among the words before
 * the expression (to the start of the clause), then after it (to its end). Cues are auxiliaries
 * and modals ("will", "was", "is"), irregular past forms ("said"), regular "-ed" forms, and
 * infinitives after words of intention ("agreed to buy", "set to resume") and passive infinitives
 * ("to be published"), which look ahead; "since" right before the expression looks back. A cue
 * word right after a determiner is a noun or an adjective ("the plan", "a still unspecified
 * date") and says nothing; a passive participle takes the tense of its auxiliary ("is
 * expected", "will be named"); the present perfect ("has extended the offer until Friday") is
 * present, since English does not pair it with a finished past time. `unknown` when there is no cue.
 */
export function detectEnglishTense(text: string, start: number, end: number): Tense {
  const beforeWords = clauseBefore(text, start).match(WORD) ?? [];
  // "since March" counts from a time already past, whatever the verb ("has risen", "will stay").
  if (beforeWords[beforeWords.length - 1]?.toLowerCase() === 'since') return 'past';
  // A delay runs on from the events reported; 'present' looks ahead for a weekday but still lets a
  // month far ahead lose to a nearer past one ("has recessed the proceedings until November 15").
  if (isDelayedTo(beforeWords)) return 'present';
  // "ahead of the weekend" is still to come, whatever the verb ("squared positions ahead of").
  if (beforeWords[beforeWords.length - 1]?.toLowerCase() === 'of' && beforeWords[beforeWords.length - 2]?.toLowerCase() === 'ahead') return 'future';
  const afterWords = () => clauseAfter(text, end).match(WORD) ?? [];
  for (let index = beforeWords.length - 1; index >= 0; index -= 1) {
    // "a service planned for Saturday was canceled": the verb right after the date, before any
    // comma, tells; without one ("elections scheduled for September, but vowed") the arrangement
    // still lies ahead.
    if (isArrangedNoun(beforeWords, index)) {
      const after = tenseAfter(clauseAfter(text, end).split(',')[0]?.match(WORD) ?? []);
      return after === 'unknown' ? 'future' : after;
    }
    const tense = tenseAt(beforeWords, index);
    if (tense !== 'unknown') return tense;
  }
  return tenseAfter(afterWords());
}

function tenseAfter(words: readonly string[]): Tense {
  for (let index = 0; index < words.length; index += 1) {
    const tense = tenseAt(words, index);
    if (tense !== 'unknown') return tense;
  }
  return 'unknown';
}

/** True for a participle of arranging right after its noun and before a preposition ("a rally planned for"). */
function isArrangedNoun(words: readonly string[], index: number): boolean {
  const word = (words[index] as string).toLowerCase();
  return SCHEDULING_PARTICIPLES.has(word) && SCHEDULE_PREPOSITIONS.has((words[index + 1] ?? '').toLowerCase()) && isNounLike((words[index - 1] ?? '').toLowerCase());
}

/**
 * "postponed until Tuesday", "adjourned the hearing until Monday", "delayed to Friday": a delay puts
 * the date after the events reported, whatever the verb's tense. "until" may be a few words after
 * the verb; "to" must follow it, since "to" has many other uses.
 */
function isDelayedTo(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (last === 'to') return DELAY_WORDS.has((words[words.length - 2] ?? '').toLowerCase());
  if (last !== 'until' && last !== 'till') return false;
  return words.slice(-6, -1).some((word) => DELAY_WORDS.has(word.toLowerCase()));
}

function tenseAt(words: readonly string[], index: number): Tense {
  const word = (words[index] as string).toLowerCase();
  const previous = index > 0 ? (words[index - 1] as string).toLowerCase() : '';
  if (word === 'to') return isProspective(words, index) ? (isOvertaken(words, index - 1) ? 'past' : 'future') : 'unknown';
  if (NOUN_MARKERS.has(previous) || isModifiedNoun(words, index)) return 'unknown';
  if (FUTURE_BEFORE_TO.has(word) && (words[index + 1] ?? '').toLowerCase() !== 'to') return 'unknown';
  // "next to the embassy" is a place, not a time to come.
  if (word === 'next' && (words[index + 1] ?? '').toLowerCase() === 'to') return 'unknown';
  const tense = tenseOf(word);
  if (tense === 'future' && isOvertaken(words, index)) return 'past';
  if (tense === 'past' && PERFECT_AUXILIARIES.has(previous)) return 'present';
  if (tense === 'past' && PASSIVE_AUXILIARIES.has(previous)) return 'unknown';
  return tense;
}

/** Participles of arranging that often follow their noun ("the rally planned for Friday"). */
const SCHEDULING_PARTICIPLES: ReadonlySet<string> = new Set(['planned', 'scheduled']);
const SCHEDULE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'in', 'on']);

/** A word that can end a noun phrase: not a pronoun, an auxiliary or a function word, which would make the participle a verb ("they planned for"). */
function isNounLike(word: string): boolean {
  return word.length > 2 && !/^(?:they|she|who|which|that|had|has|have|was|were|is|are|been|being|also|not|then|and|but)$/.test(word);
}

function tenseOf(word: string): Tense {
  if (FUTURE_WORDS.has(word)) return 'future';
  if (PAST_WORDS.has(word)) return 'past';
  if (PRESENT_WORDS.has(word)) return 'present';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  return 'unknown';
}

/** "the hastily planned trip": a participle between a determiner and its noun, after an adverb, is an adjective. */
function isModifiedNoun(words: readonly string[], index: number): boolean {
  if (index < 2) return false;
  const adverb = (words[index - 1] as string).toLowerCase();
  return (adverb.endsWith('ly') || MODIFYING_ADVERBS.has(adverb)) && NOUN_MARKERS.has((words[index - 2] as string).toLowerCase());
}

/** "had been scheduled to expire Friday": an arrangement overtaken by events, so its time is already past. */
function isOvertaken(words: readonly string[], index: number): boolean {
  return index > 1 && (words[index - 1] as string).toLowerCase() === 'been' && (words[index - 2] as string).toLowerCase() === 'had';
}

/**
 * True for the "to" at `index` between a verb of intention and a bare verb ("agreed to buy"), or
 * before a passive ("to be held"). A noun of intention ("their offers to buy") is not a verb.
 */
function isProspective(words: readonly string[], index: number): boolean {
  const lower = (offset: number) => (words[index + offset] ?? '').toLowerCase();
  if (lower(1) === 'be') return true;
  return INTENTION_WORDS.has(lower(-1)) && !NOUN_MARKERS.has(lower(-2)) && isBareVerb(words[index + 1] ?? '');
}

/** True when the word after "to" can be a bare verb: lower case, not a number, a determiner, a plural or a common noun. */
function isBareVerb(word: string): boolean {
  if (word.length < 2 || /[^a-z]/.test(word) || NOT_INFINITIVE.has(word)) return false;
  // Plural nouns ("to holders") and participles ("to increased") are not bare verbs; "pass", "focus" are.
  if (/(?:ing|ed|ly)$/.test(word)) return false;
  return !word.endsWith('s') || /(?:ss|us)$/.test(word);
}

const WINDOW = 120;
/** A clause read after the expression may run longer: it is only read when nothing before the expression told the tense. */
const AFTER_WINDOW = 200;

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - WINDOW), start);
  for (let index = window.length - 1; index >= 0; index -= 1) {
    if (isClauseBreak(window, index)) return window.slice(index + 1);
  }
  return window;
}

function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + AFTER_WINDOW);
  for (let index = 0; index < window.length; index += 1) {
    if (isClauseBreak(window, index)) return window.slice(0, index);
  }
  return window;
}
