import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, joinBlocks } from '../../../src-main/core/blocks';
import { countBlockWords } from '../../../src-main/core/count-block-words';
import type { Block } from '../../../src-main/shared/article';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text, marks: [] }) as unknown as Block);

/** Characters the word rules treat differently: letters of several scripts, digits, joiners inside and around words, marks, spaces. */
const PIECES = ['a', 'Z', 'é', 'ß', '7', "'", '’', '‘', '.', ',', ':', ';', '-', '_', '(', ')', '"', '“', '”', '$', '%', '!', '?', ' ', '  ', '\n', '\t', '\u00A0', '\u0301', '\u200D', '\u05D0', '張', 'カ', 'ก', '😀', '1,000', '3.5', "don't", "90's", 'U.S.', 'e-mail', 'http://x.org/a_b'];

describe('countBlockWords', () => {
  it('counts as the segmenter does over the canonical text', () => {
    expect(countBlockWords(paragraphs('Zhang Hanhui (張漢暉) said.', "“It's 90's rock'n'roll,” she said—twice."))).toBe(
      countWords(joinBlocks(paragraphs('Zhang Hanhui (張漢暉) said.', "“It's 90's rock'n'roll,” she said—twice."))),
    );
    expect(countBlockWords([])).toBe(0);
  });

  it('agrees with countWords on any text made of the characters word rules care about', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const blocks = paragraphs(...texts);
        expect(countBlockWords(blocks)).toBe(countWords(joinBlocks(blocks)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts a long text in time linear in its length', () => {
    const long = 'word, '.repeat(20_000) + 'x'.repeat(5_000);
    const started = performance.now();
    expect(countBlockWords(paragraphs(long))).toBeGreaterThanOrEqual(20_001);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
