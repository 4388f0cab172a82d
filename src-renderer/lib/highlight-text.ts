/** A piece of a snippet: plain, or one of the words that matched. */
export interface TextPiece {
  text: string;
  isMatch: boolean;
}

/**
 * Cuts `text` (which starts at `offset` in its source) into plain and matched pieces, from ranges
 * of the source; ranges outside the text are clipped, overlapping ones merged.
 */
export function splitHighlights(text: string, offset: number, ranges: ReadonlyArray<{ start: number; end: number }>): TextPiece[] {
  const local = ranges
    .map((range) => ({ start: Math.max(0, range.start - offset), end: Math.min(text.length, range.end - offset) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const range of local) {
    if (range.end <= at) continue;
    const start = Math.max(at, range.start);
    if (start > at) pieces.push({ text: text.slice(at, start), isMatch: false });
    pieces.push({ text: text.slice(start, range.end), isMatch: true });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), isMatch: false });
  return pieces;
}

/** Every place `query` occurs in `text`, ignoring case, as ranges; none for an empty query. */
export function findAll(text: string, query: string): Array<{ start: number; end: number }> {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths (İ → i̇); offsets are only trusted when it did not.
  if (haystack.length !== text.length) return [];
  const found: Array<{ start: number; end: number }> = [];
  for (let index = haystack.indexOf(needle); index !== -1 && found.length < 5000; index = haystack.indexOf(needle, index + needle.length)) {
    found.push({ start: index, end: index + needle.length });
  }
  return found;
}
