import type { Block } from '../shared/article';
import { BLOCK_SEPARATOR, blockStarts } from '../shared/text-layout';

/** A block's range in the canonical text, as UTF-16 offsets; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The canonical text of an article: its blocks' texts joined by a blank line. */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Where each block's text sits in the canonical text built by {@link joinBlocks}. */
export function blockRanges(blocks: readonly Block[]): TextRange[] {
  const starts = blockStarts(blocks.map((block) => block.text));
  return blocks.map((block, index) => ({ start: starts[index] as number, end: (starts[index] as number) + block.text.length }));
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Counts words the way a reader would; each CJK character counts as a word. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const cjk = segment.segment.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
    count += cjk ? cjk.length : 1;
  }
  return count;
}
