import type { TextSpan } from './text-span';

/** The words that date a citation's visit to a page, not anything that happened: "Retrieved 13 January 2011". */
const ACCESS_WORDS = /\b(?:retrieved|accessed|archived(?:\s+from\s+the\s+original)?|last\s+(?:modified|updated|edited))(?:\s+on)?\s*[:,]?\s*$/i;
/** A reference list's entry as a wiki page's text has it: it opens with the back-link caret ("^ Hindmarsh (2006)."). */
const BACK_LINK = /^\s*\^/;
/** A bibliography entry's author ("Cooper, R.; Millener, P. (1993)."): a surname, a comma, initials. */
const AUTHOR_LEAD = /^[\p{Lu}][\p{L}'’-]+,\s+(?:\p{Lu}\.?\s*)+[;,(]/u;
/** How far back the access words may stand. */
const LOOK_BACK = 60;

/**
 * Whether a date belongs to a citation rather than to the story: a reference list's entry (a
 * paragraph opening with a wiki's "^" back-link, or with an author's "Surname, X." and the date in
 * brackets) or the date a page was retrieved, accessed or archived. Such dates are time
 * expressions all the same, but they are not events: a wiki article's hundreds of "Retrieved"
 * dates would bury its timeline. Paragraphs are the canonical text's blocks, split by blank lines.
 */
export function isCitationDate(text: string, expression: TextSpan): boolean {
  if (ACCESS_WORDS.test(text.slice(Math.max(0, expression.start - LOOK_BACK), expression.start))) return true;
  const paragraphStart = text.lastIndexOf('\n\n', expression.start) + 1;
  const paragraph = text.slice(paragraphStart, expression.start);
  if (BACK_LINK.test(paragraph)) return true;
  return AUTHOR_LEAD.test(paragraph.trimStart()) && text[expression.start - 1] === '(';
}
