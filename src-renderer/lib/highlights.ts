import { NOTE_COLORS, type NoteColor } from '../../src-main/shared/note-limits';

/**
 * Draws note highlights with the CSS Custom Highlight API: ranges painted over the text without
 * changing the page, so the article's DOM stays exactly its blocks. Where the API is missing
 * (older engines, jsdom) nothing is drawn and nothing fails.
 */
const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

/** The highlight name of a colour, styled in the app's CSS as `::highlight(note-yellow)`. */
export function highlightName(color: NoteColor | 'focus' | 'selection'): string {
  return `note-${color}`;
}

/** Replaces the drawn highlights: each colour's ranges, in one highlight per colour. */
export function paintNotes(painted: ReadonlyArray<{ color: NoteColor; range: Range }>): void {
  const highlights = registry();
  if (!highlights) return;
  for (const color of NOTE_COLORS) {
    const ranges = painted.filter((item) => item.color === color).map((item) => item.range);
    if (ranges.length > 0) highlights.set(highlightName(color), new Highlight(...ranges));
    else highlights.delete(highlightName(color));
  }
}

/** Marks one range as the focused passage (or clears it with null). */
export function paintFocus(range: Range | null, kind: 'focus' | 'selection' = 'focus'): void {
  const highlights = registry();
  if (!highlights) return;
  if (range) {
    const highlight = new Highlight(range);
    highlight.priority = 1;
    highlights.set(highlightName(kind), highlight);
  } else {
    highlights.delete(highlightName(kind));
  }
}

/** Draws ranges under a highlight name styled in the app's CSS (`::highlight(find)`), or clears it when empty. */
export function paintRanges(name: string, ranges: readonly Range[], priority = 0): void {
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
