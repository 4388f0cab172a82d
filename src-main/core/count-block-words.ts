import type { Block } from '../shared/article';
import { countWords } from './blocks';

/** The longest piece of text given to the word segmenter at once, in UTF-16 code units. */
const CHUNK_LENGTH = 1_000;

/** Where a text splits into the runs word boundaries are looked for in: words never span white space. */
const WHITE_SPACE = /[ \t\n\r\f]+/;

/**
 * A run between white space that is exactly one word for the segmenter: Latin letters and digits
 * (one inner apostrophe allowed after a letter and before one, as in "don't"), with only brackets,
 * quotes and sentence punctuation around them, none of which joins a word (Unicode word rules).
 */
const PLAIN_WORD = /^[(["'“‘$]*(?:[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]*[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]['’](?=[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]))?[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+[)\]"'”’.,;:!?%]*$/;

/**
 * The word count of an article's blocks, the same as {@link countWords} over its canonical text,
 * but several times faster and in time linear in the text's length. Runs between white space
 * that are plainly one word (most of a Latin-script text) are counted without the segmenter;
 * the rest go to `Intl.Segmenter` joined by single spaces, at most about 1,000 characters at a
 * time, since V8's segmenter takes time that grows with the square of the string it walks (18 s
 * for a 118,000-character article). A run over 1,000 characters without white space (a long URL)
 * is counted in pieces and may count one word more.
 */
export function countBlockWords(blocks: readonly Block[]): number {
  let count = 0;
  const pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length > 0) count += countWords(pending.join(' '));
    pending.length = 0;
    pendingLength = 0;
  };
  for (const block of blocks) {
    for (const run of block.text.split(WHITE_SPACE)) {
      if (run.length === 0) continue;
      if (PLAIN_WORD.test(run)) {
        count += 1;
        continue;
      }
      if (pendingLength + run.length > CHUNK_LENGTH) flush();
      if (run.length <= CHUNK_LENGTH) {
        pending.push(run);
        pendingLength += run.length + 1;
        continue;
      }
      for (let start = 0; start < run.length; start += CHUNK_LENGTH) count += countWords(run.slice(start, start + CHUNK_LENGTH));
    }
  }
  flush();
  return count;
}
