import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ArticleBody from '../../../src-renderer/components/reader/ArticleBody.svelte';
import { offsetsToRange, rangeToOffsets } from '../../../src-renderer/lib/text-offsets';

const BLOCKS = [
  { type: 'heading' as const, text: 'Background', level: 1 },
  { type: 'paragraph' as const, text: 'An important point here.', marks: [{ type: 'emphasis' as const, start: 3, end: 12 }] },
  { type: 'list-item' as const, text: 'one' },
  { type: 'list-item' as const, text: 'two' },
];
const TEXT = BLOCKS.map((block) => block.text).join('\n\n');

describe('text offsets over the rendered article', () => {
  it('maps canonical ranges to DOM ranges and back, across marks and blocks', () => {
    const { container } = render(ArticleBody, { blocks: BLOCKS });
    const body = container.querySelector('.article-body') as HTMLElement;
    for (const [start, end] of [[0, 10], [12, 24], [15, 20], [3, 40], [TEXT.indexOf('two'), TEXT.length]] as const) {
      const range = offsetsToRange(body, { start, end });
      // The page has no separator characters between blocks; the canonical text has a blank line.
      expect(range?.toString()).toBe(TEXT.slice(start, end).replace(/\n\n/g, ''));
      expect(range && rangeToOffsets(body, range)).toEqual({ start, end });
    }
  });

  it('clips a range that starts before the article body, and ignores one outside it', () => {
    const { container } = render(ArticleBody, { blocks: BLOCKS });
    const body = container.querySelector('.article-body') as HTMLElement;
    const outside = document.createElement('p');
    outside.textContent = 'header';
    container.prepend(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild as Node, 2);
    range.setEnd(offsetsToRange(body, { start: 0, end: 4 })?.endContainer as Node, 4);
    expect(rangeToOffsets(body, range)).toEqual({ start: 0, end: 4 });
    const only = document.createRange();
    only.selectNodeContents(outside);
    expect(rangeToOffsets(body, only)).toBeNull();
  });
});
