import { blockStarts } from '../../src-main/shared/text-layout';
import type { TextRange } from './text-offsets';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of an article as canonical ranges, in order, without the spaces after them: the
 * steps of keyboard selection. A sentence never runs across blocks.
 */
export function sentenceRanges(texts: readonly string[]): TextRange[] {
  const starts = blockStarts(texts);
  const ranges: TextRange[] = [];
  texts.forEach((text, index) => {
    const base = starts[index] as number;
    for (const { segment, index: at } of segmenter.segment(text)) {
      const trimmed = segment.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      if (trimmed.trim()) ranges.push({ start: base + at + lead, end: base + at + trimmed.length });
    }
  });
  return ranges;
}
