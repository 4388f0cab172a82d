import type { TextSpan } from './text-span';
import { pictureCreditLength } from './picture-credit';

/** The longest event title, in characters, before it is shortened with "…". */
export const MAX_EVENT_TITLE_LENGTH = 80;

/**
 * What ends a clause. A colon, comma or dash between digits is a clock time, a number or a range
 * ("7:00 p.m.", "1,300 flights", "5.01–5.51 million"), not a break; a bar separates the stamp of a comment or a post from its text
 * ("Feb 10, 2011 at 9:04 pm | …").
 */
const CLAUSE_SEPARATOR = /(?<!\d)[:,—–]|[:,—–](?!\d)|[;()“”"|]|\s-\s|''|``/g;
const RELATIVE_START = /^(?:which|who|whom|where|when|that|and|but|as)\b/i;
/** Prepositions that only tie the date to the clause; they leave the title with it. */
const DANGLING = /\b(?:on|in|at|by|since|until|from|during|of|for|as\s+of|earlier|later|late|early)\s*$/i;
/** A conjunction left at the front once the date that followed it is taken out ("But [Sunday evening], …"). */
const LEADING_CONJUNCTION = /^(?:but|and|however|yet|so|then|also)\b,?\s*/i;
/** What is left of a clause that held only the date ("February 2, 2011 [at 6:14 pm]"). */
const LONE_PREPOSITION = /^(?:on|in|at|by|since|until|from|during|of|for|as\s+of)$/i;
/** The expression in a title: its span in the sentence, and whether it stays in the title's text. */
interface Target extends TextSpan {
  isKept: boolean;
}

/** What joins two dates into one phrase: "2005 and January 2009", "Monday to Friday", "1957-58". */
const COORDINATION = /^\s*(?:and|or|to|until|through|-|–)\s*$/i;
/** A determiner just before the expression: the expression may modify the noun after it. */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|these|those|both\s+the)\s+$/i;
/** What may stand between the dates and times of one stamp: "February 10, 2011 at 9:04 pm", "7:01 pm ET February 11". */
const STAMP_GAP = /^[\s,]*(?:(?:at|ET|EST|EDT|GMT|BST|UTC)\b[\s,]*)*$/i;
/** A word that cannot end a title, left where a quotation or a date was cut off ("slammed protesters as"). */
const TRAILING_FUNCTION_WORD = /\s+(?:as|of|the|a|an|to|and|or|but|that|with|on|in|at|by|for|from)$/i;
/** Punctuation left at either end of a clause once the date is taken out. */
const LEADING_PUNCTUATION = /^[\s,;:|"“”'‘’)\]—–-]+/;
const TRAILING_PUNCTUATION = /[\s,;:|(\[—–.!?-]+$/;
/** A title shorter than this, in words, says too little: it takes a neighbouring clause too. */
const MIN_WORDS = 4;
/** How many clauses before its own a title may take. */
const MAX_CLAUSES_BEFORE = 2;
/** How many clauses after its own a title may take. */
const MAX_CLAUSES_AFTER = 2;

/**
 * A short title for an event: the clause of the sentence that holds the expression (the text
 * between punctuation), without the expression itself, the preposition that introduced it and the
 * dates and times stamped together with it (`others`: the text's other expressions), with
 * its first letter capitalised. A clause of fewer than four words, or one that opens with
 * "which"/"who", takes the clause before it too; one still that short, the clauses after it. A
 * date inside brackets (a live blog's "(Update 7:00 p.m. in Cairo) - Banks will close…") takes
 * the clause after the brackets. The expression stays in the text where it reads as part of a
 * phrase: in the possessive ("Friday's revelry"), modifying a noun ("the 1957 pandemic") or
 * joined to another date ("between 2005 and January 2009"). At most
 * {@link MAX_EVENT_TITLE_LENGTH} characters, cut at a word with "…".
 */
export function eventTitle(text: string, sentence: TextSpan, expression: TextSpan, others: readonly TextSpan[] = []): string {
  const target: Target = { start: expression.start - sentence.start, end: expression.end - sentence.start, isKept: false };
  const raw = withoutPictureCredit(text.slice(sentence.start, sentence.end), target);
  const inSentence = others
    .map((other) => ({ start: other.start - sentence.start, end: other.end - sentence.start }))
    .filter((other) => other.start >= 0 && other.end <= raw.length && !(other.start === target.start && other.end === target.end))
    .sort((x, y) => x.start - y.start);
  // "between 2005 and January 2009", "in January and February": a date joined to another reads only with it.
  if (inSentence.some((other) => COORDINATION.test(other.end <= target.start ? raw.slice(other.end, target.start) : raw.slice(target.end, other.start)))) target.isKept = true;
  const stamped = blankStamp(raw, target, inSentence);
  const { start: clauseStart, end: clauseEnd } = clauseAround(separatorsOf(stamped), target, stamped.length);
  // The neighbouring clauses a short title borrows lend their words, not their dates.
  const local = blank(raw, inSentence).slice(0, clauseStart) + stamped.slice(clauseStart, clauseEnd) + blank(raw, inSentence).slice(clauseEnd);
  const separators = separatorsOf(local);
  let title = joinAround(local, clauseStart, clauseEnd, target);
  if ((wordCount(title) < MIN_WORDS || RELATIVE_START.test(title)) && clauseStart > 0) {
    title = joinAround(local, clausesBefore(local, separators, { start: clauseStart, end: clauseEnd }, target, RELATIVE_START.test(title)), clauseEnd, target);
  }
  const bracketEnd = closingBracketAfter(local, target);
  if (bracketEnd !== null && (wordCount(title) < MIN_WORDS || isStamp(local, target))) {
    const after = clausesAfter(local, separators, bracketEnd, '');
    if (wordCount(after) > 0) title = after;
  } else if (wordCount(title) < MIN_WORDS && clauseEnd < local.length) {
    // "On Friday, it reopened": a date that opens the sentence has a clause of its own; what happened is in the next.
    const after = clausesAfter(local, separators, clauseEnd, wordCount(title) > 1 ? title : '');
    if (wordCount(after) > wordCount(title)) title = after;
  }
  return shorten(capitalise(title.replace(/[.!?]+$/, '').trim()));
}

/**
 * Where a title that borrows the clauses before its own starts: back over empty clauses ('… their
 * opinion," he said Saturday') until it says enough, at most {@link MAX_CLAUSES_BEFORE} clauses.
 * A relative clause ("…at the UN session, which is to open today") borrows only the noun phrase.
 */
function clausesBefore(local: string, separators: readonly TextSpan[], clause: TextSpan, target: Target, isRelative: boolean): number {
  const earlier = separators.filter((separator) => separator.end < clause.start);
  let previousStart = clause.start;
  for (let index = earlier.length - 1, taken = 0; previousStart > 0 && taken < MAX_CLAUSES_BEFORE; index -= 1) {
    const start = index >= 0 ? (earlier[index] as TextSpan).end : 0;
    if (wordCount(local.slice(start, previousStart)) === 0 && start > 0) continue;
    previousStart = start;
    taken += 1;
    if (wordCount(joinAround(local, previousStart, clause.end, target)) >= MIN_WORDS) break;
  }
  return isRelative ? previousStart + lastNounPhraseStart(local.slice(previousStart, clause.start)) : previousStart;
}

/**
 * The sentence with the dates and times stamped together with the expression blanked out, offsets
 * kept: "February 10, 2011 at 9:04 pm | …", "7:01 pm ET February 11, 2013 …" say when a comment or
 * a post was made, not what happened. Dates elsewhere in the sentence stay ("highest since
 * September 2008").
 */
function blankStamp(local: string, target: TextSpan, others: readonly TextSpan[]): string {
  let first = target.start;
  let last = target.end;
  for (const other of [...others].reverse()) {
    if (other.end <= first && STAMP_GAP.test(local.slice(other.end, first))) first = other.start;
  }
  for (const other of others) {
    if (other.start >= last && STAMP_GAP.test(local.slice(last, other.start))) last = other.end;
  }
  return blank(blank(local, [{ start: first, end: target.start }]), [{ start: target.end, end: last }]);
}

/** The sentence with a picture credit fused to its start ("Photograph: Tim Ireland/PA …") blanked out, offsets kept; as it was when the date is inside the credit. */
function withoutPictureCredit(sentence: string, target: TextSpan): string {
  const credit = pictureCreditLength(sentence);
  return credit > 0 && credit <= target.start ? blank(sentence, [{ start: 0, end: credit }]) : sentence;
}

/** The text with the spans replaced by spaces, offsets kept. */
function blank(local: string, spans: readonly TextSpan[]): string {
  let blanked = local;
  for (const span of spans) if (span.end > span.start) blanked = blanked.slice(0, span.start) + ' '.repeat(span.end - span.start) + blanked.slice(span.end);
  return blanked;
}

function separatorsOf(local: string): TextSpan[] {
  return [...local.matchAll(CLAUSE_SEPARATOR)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The clause that holds the target: from the separator before it to the one after it. */
function clauseAround(separators: readonly TextSpan[], target: TextSpan, length: number): TextSpan {
  let start = 0;
  let end = length;
  for (const separator of separators) {
    if (separator.end <= target.start) start = separator.end;
    else if (separator.start >= target.end && end === length) end = separator.start;
  }
  return { start, end };
}

/**
 * `head` followed by the clauses that start at `from` (the dashes after brackets skipped), as many
 * as it takes to reach {@link MIN_WORDS} words, at most {@link MAX_CLAUSES_AFTER}.
 */
function clausesAfter(local: string, separators: readonly TextSpan[], from: number, head: string): string {
  let start = from + (/^[\s,;:|—–-]*/.exec(local.slice(from)) as RegExpExecArray)[0].length;
  let end = start;
  let title = head;
  for (let taken = 0; taken < MAX_CLAUSES_AFTER && wordCount(title) < MIN_WORDS && end < local.length; taken += 1) {
    const clauseEnd = separators.find((separator) => separator.start > end)?.start ?? local.length;
    // A clause that held only dates (a second stamp, "… | January 31, 2011 at 5:22 pm | …") is passed over.
    if (wordCount(tidy(local.slice(end, clauseEnd))) === 0) {
      if (start === end) start = clauseEnd;
      end = clauseEnd;
      start += (/^[\s,;:|—–-]*/.exec(local.slice(start)) as RegExpExecArray)[0].length;
      end = Math.max(end, start);
      taken -= 1;
      continue;
    }
    end = clauseEnd;
    title = tidy(`${head} ${local.slice(start, end)}`);
  }
  return title;
}

function joinAround(text: string, start: number, end: number, expression: Target): string {
  // "Friday's revelry": a date in the possessive belongs to the noun phrase, so it stays.
  if (expression.isKept || /^['’]s\b/.test(text.slice(expression.end, end))) return tidy(text.slice(start, end));
  // "the 1957 and 1968 pandemics", "a 1987 Chevrolet": a date that modifies a noun is part of its noun phrase too.
  if (DETERMINER_BEFORE.test(text.slice(start, expression.start)) && /^[\s-]*[\p{L}]/u.test(text.slice(expression.end, end))) return tidy(text.slice(start, end));
  const before = text.slice(start, Math.max(start, expression.start)).replace(DANGLING, '');
  const after = text.slice(Math.min(end, expression.end), end);
  return tidy(`${before.trim()} ${after.trim()}`);
}

function tidy(clause: string): string {
  const joined = clause.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '');
  if (LONE_PREPOSITION.test(joined)) return '';
  let trimmed = joined;
  while (TRAILING_FUNCTION_WORD.test(trimmed) && wordCount(trimmed) > 2) trimmed = trimmed.replace(TRAILING_FUNCTION_WORD, '');
  const withoutConjunction = trimmed.replace(LEADING_CONJUNCTION, '');
  return wordCount(withoutConjunction) >= 2 ? withoutConjunction : trimmed;
}

/** Whether the expression's brackets open the sentence or follow a colon: a live blog's "(Update 7:00 p.m. …)" stamp. */
function isStamp(local: string, target: TextSpan): boolean {
  const open = local.lastIndexOf('(', target.start);
  return /(?:^|[:—–-])\s*$/.test(local.slice(0, open));
}

/** The end of the brackets the expression stands in ("(Update 7:00 p.m. in Cairo)"), or null when it stands in none. */
function closingBracketAfter(local: string, target: TextSpan): number | null {
  const open = local.lastIndexOf('(', target.start);
  if (open < 0 || local.slice(open, target.start).includes(')')) return null;
  const close = local.indexOf(')', target.end);
  return close < 0 ? null : close + 1;
}

const DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that)\s/gi;

/** Where the last noun phrase of a clause starts (its last determiner), or 0. */
function lastNounPhraseStart(clause: string): number {
  let start = 0;
  for (const match of clause.matchAll(DETERMINER)) start = match.index;
  return start;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(title: string): string {
  if (title.length <= MAX_EVENT_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_EVENT_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_EVENT_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
