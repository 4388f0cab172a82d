/** The longest title drawn from a sentence, in characters, before it is shortened with "…". */
export const MAX_DERIVED_TITLE_LENGTH = 90;

/**
 * The first sentence of `text`: up to the first `.`, `!` or `?` (with any closing quote) that is
 * followed by a space and a capital or an opening quote, or by the end. Initials such as "U.S."
 * do not end a sentence.
 */
export function firstSentence(text: string): string {
  const pattern = /[.!?]["”’)]*(?=\s+["“‘(]?\p{Lu}|\s*$)/gu;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (match[0].startsWith('.') && /(^|[\s.])\p{Lu}$/u.test(before)) continue;
    return text.slice(0, match.index + match[0].length).trim();
  }
  return text.trim();
}

/**
 * A title a reader recognises, drawn from an article's lead: its first sentence, shortened at a
 * word boundary to at most {@link MAX_DERIVED_TITLE_LENGTH} characters with a trailing "…".
 * Returns "Untitled article" for empty text.
 */
export function deriveTitle(lead: string): string {
  const sentence = firstSentence(lead.replace(/\s+/g, ' '));
  if (!sentence) return 'Untitled article';
  if (sentence.length <= MAX_DERIVED_TITLE_LENGTH) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  const shortened = (lastSpace > MAX_DERIVED_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${shortened}…`;
}
