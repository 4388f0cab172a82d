/**
 * Paints the timeline's marks over the article with the CSS Custom Highlight API: resolved
 * expressions underlined (`::highlight(timeline-expression)`) and the sentence of the event in
 * hand marked (`::highlight(timeline-sentence)`). Where the API is missing nothing is drawn.
 */
const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

/** Underlines the given ranges (replacing what was underlined before); an empty list clears. */
export function paintExpressions(ranges: readonly Range[]): void {
  paint('timeline-expression', ranges, 0);
}

/** Marks one event's sentence, or clears the mark with null. */
export function paintEventSentence(range: Range | null): void {
  paint('timeline-sentence', range ? [range] : [], 2);
}

function paint(name: string, ranges: readonly Range[], priority: number): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length === 0) {
    highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  highlights.set(name, highlight);
}
