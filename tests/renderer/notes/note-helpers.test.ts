import { describe, expect, it } from 'vitest';
import { parseNoteMarkdown } from '../../../src-renderer/lib/markdown';
import { moveSentenceCursor } from '../../../src-renderer/lib/sentence-cursor';
import { sentenceRanges } from '../../../src-renderer/lib/sentences';
import { stackCards } from '../../../src-renderer/lib/stack-cards';

describe('stackCards', () => {
  it('keeps cards level with their passages when there is room, and stacks them when not', () => {
    expect(stackCards([{ id: 'b', top: 300, height: 50 }, { id: 'a', top: 100, height: 80 }, { id: 'c', top: 320, height: 40 }], 8)).toEqual({ a: 100, b: 300, c: 358 });
  });
});

describe('moveSentenceCursor', () => {
  it('starts at the first visible sentence, moves, extends and stays in range', () => {
    const start = moveSentenceCursor(null, 1, false, 5, 2);
    expect(start).toEqual({ from: 2, to: 2 });
    expect(moveSentenceCursor(start, 1, true, 5, 0)).toEqual({ from: 2, to: 3 });
    expect(moveSentenceCursor({ from: 2, to: 3 }, -1, true, 5, 0)).toEqual({ from: 2, to: 2 });
    expect(moveSentenceCursor({ from: 4, to: 4 }, 1, false, 5, 0)).toEqual({ from: 4, to: 4 });
    expect(moveSentenceCursor({ from: 2, to: 3 }, -1, false, 5, 0)).toEqual({ from: 1, to: 1 });
    expect(moveSentenceCursor(null, 1, false, 0, 0)).toBeNull();
  });
});

describe('sentenceRanges', () => {
  it('finds each sentence of each block as a canonical range without trailing space', () => {
    const blocks = ['One sentence. Two sentences!', 'Three.'];
    const text = blocks.join('\n\n');
    expect(sentenceRanges(blocks).map((range) => text.slice(range.start, range.end))).toEqual(['One sentence.', 'Two sentences!', 'Three.']);
  });
});

describe('parseNoteMarkdown', () => {
  it('keeps HTML as text and drops links that are not web or mail', () => {
    expect(parseNoteMarkdown('<script>alert(1)</script>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script>' }]);
    const paragraph = parseNoteMarkdown('[x](javascript:alert(1)) and [y](https://example.com) **bold**')[0];
    expect(paragraph).toMatchObject({ kind: 'element', tag: 'p' });
    const children = paragraph?.kind === 'element' ? paragraph.children : [];
    expect(children[0]).toEqual({ kind: 'text', text: 'x' });
    expect(children.find((child) => child.kind === 'link')).toMatchObject({ href: 'https://example.com' });
    expect(children.find((child) => child.kind === 'element')).toMatchObject({ tag: 'strong' });
  });
});
