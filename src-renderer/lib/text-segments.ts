import type { Mark } from '../../src-main/shared/article';

/** A run of a block's text with the marks that cover all of it. */
export interface TextSegment {
  text: string;
  marks: Mark[];
}

/**
 * Cuts a block's text at every mark boundary, so each segment is drawn as a text node wrapped in
 * the elements of its marks. Marks outside the text are clipped; with no marks there is one segment.
 */
export function segmentText(text: string, marks: readonly Mark[] = []): TextSegment[] {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    if (end > start) segments.push({ text: text.slice(start, end), marks: marks.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return segments.length > 0 ? segments : [{ text, marks: [] }];
}
