import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src-renderer/lib/text-segments';

describe('segmentText', () => {
  it('gives one plain segment without marks', () => {
    expect(segmentText('plain')).toEqual([{ text: 'plain', marks: [] }]);
  });

  it('cuts at overlapping mark boundaries and keeps every character once', () => {
    const strong = { type: 'strong' as const, start: 0, end: 8 };
    const emphasis = { type: 'emphasis' as const, start: 4, end: 12 };
    const segments = segmentText('one two three', [strong, emphasis]);
    expect(segments.map((segment) => segment.text)).toEqual(['one ', 'two ', 'thre', 'e']);
    expect(segments.map((segment) => segment.marks.map((mark) => mark.type))).toEqual([['strong'], ['strong', 'emphasis'], ['emphasis'], []]);
    expect(segments.map((segment) => segment.text).join('')).toBe('one two three');
  });

  it('clips marks that run past the text', () => {
    expect(segmentText('abc', [{ type: 'emphasis', start: 1, end: 99 }]).map((segment) => segment.text)).toEqual(['a', 'bc']);
  });
});
