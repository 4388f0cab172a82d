import type { TextSpan } from './text-span';

/** The longest event title, in characters, before it is shortened with "…". */
export const MAX_EVENT_TITLE_LENGTH = 80;

const CLAUSE_SEPARATOR = /[,;:()“”"—–]|\s-\s|''|``/g;
const RELATIVE_START = /^(?:which|who|whom|where|when|that|and|but|as)\b/i;
/** Prepositions that only tie the date to the clause; they leave the title with it. */
const DANGLING = /\b(?:on|in|at|by|since|until|from|during|of|for|as\s+of|earlier|later|late|early)\s*$/i;

/**
 * A short title for an event: the clause of the sentence that holds the expression (the text
 * between punctuation), without the expression itself and the preposition that introduced it,
 * with its first letter capitalised. A clause of fewer than four words, or one that opens with
 * "which"/"who", takes the clause before it too; one still that short, the clause after it. At most {@link MAX_EVENT_TITLE_LENGTH}
 * characters, cut at a word with "…".
 */
export function eventTitle(text: string, sentence: TextSpan, expression: TextSpan): string {
  const separators = [...text.slice(sentence.start, sentence.end).matchAll(CLAUSE_SEPARATOR)].map((match) => ({
    start: sentence.start + match.index,
    end: sentence.start + match.index + match[0].length,
  }));
  let clauseStart = sentence.start;
  let clauseEnd = sentence.end;
  for (const separator of separators) {
    if (separator.end <= expression.start) clauseStart = separator.end;
    else if (separator.start >= expression.end && clauseEnd === sentence.end) clauseEnd = separator.start;
  }
  let title = joinAround(text, clauseStart, clauseEnd, expression);
  if ((wordCount(title) < 4 || RELATIVE_START.test(title)) && clauseStart > sentence.start) {
    const earlier = separators.filter((separator) => separator.end < clauseStart);
    let previousStart = earlier.length > 0 ? (earlier[earlier.length - 1] as TextSpan).end : sentence.start;
    // "…at the UN session, which is to open today": the relative clause's noun phrase is enough.
    if (RELATIVE_START.test(title)) previousStart += lastNounPhraseStart(text.slice(previousStart, clauseStart));
    title = joinAround(text, previousStart, clauseEnd, expression);
  }
  // "On Friday, it reopened": a date that opens the sentence has a clause of its own; what happened is in the next.
  if (wordCount(title) < 4 && clauseEnd < sentence.end) {
    const next = separators.find((separator) => separator.start > clauseEnd);
    const extended = joinAround(text, clauseStart, next?.start ?? sentence.end, expression).replace(/^[\s,;:—–-]+/, '');
    if (wordCount(extended) > wordCount(title)) title = extended;
  }
  return shorten(capitalise(title.replace(/[.!?]+$/, '').trim()));
}

function joinAround(text: string, start: number, end: number, expression: TextSpan): string {
  const before = text.slice(start, Math.max(start, expression.start)).replace(DANGLING, '');
  const after = text.slice(Math.min(end, expression.end), end);
  return `${before.trim()} ${after.trim()}`.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

const DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that)\s/gi;

/** Where the last noun phrase of a clause starts (its last determiner), or 0. */
function lastNounPhraseStart(clause: string): number {
  let start = 0;
  for (const match of clause.matchAll(DETERMINER)) start = match.index;
  return start;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
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
