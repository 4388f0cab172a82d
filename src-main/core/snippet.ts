import { tokenize } from './search-terms';

/** A range of UTF-16 offsets, `end` exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * A passage cut from a longer text around what a search matched: `start`/`end` locate the passage
 * in that text, and each highlight is a range of the same text (not of the passage), so the
 * reader can jump straight to it. The passage's own characters are `text.slice(start, end)`.
 */
export interface Snippet extends OffsetRange {
  text: string;
  highlights: OffsetRange[];
}

/** How many characters of context a snippet shows around its matches. */
export const SNIPPET_LENGTH = 220;
const LEAD_IN = 70;

/** Every place in `text` where one of `matched` (normalised index terms) occurs, merged and in order. */
export function findMatches(text: string, matched: ReadonlySet<string>): OffsetRange[] {
  const hits = tokenize(text, 'index')
    .filter((span) => matched.has(span.term))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: OffsetRange[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    // CJK character pairs overlap; a name matched pair by pair is one highlight.
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ start: hit.start, end: hit.end });
  }
  return merged;
}

/**
 * The passage of `text` that shows the most of `matched`, about {@link SNIPPET_LENGTH} characters,
 * cut at spaces where it can be; null when none of the terms occurs in `text`.
 */
export function cutSnippet(text: string, matched: ReadonlySet<string>, length = SNIPPET_LENGTH): Snippet | null {
  const matches = findMatches(text, matched);
  const best = densestWindow(text, matches, length);
  if (best === null) return null;
  let start = Math.max(0, best - (length - roomAfterLeadIn(length)));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < best) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > best) end = space;
  }
  const highlights = matches.filter((range) => range.start >= start && range.end <= end);
  return { start, end, text: text.slice(start, end), highlights };
}

/** Where the window of `length` characters holding the most distinct matched words starts. */
function densestWindow(text: string, matches: readonly OffsetRange[], length: number): number | null {
  let bestStart: number | null = null;
  let bestCount = 0;
  const room = roomAfterLeadIn(length);
  for (let first = 0; first < matches.length; first += 1) {
    const start = (matches[first] as OffsetRange).start;
    const words = new Set<string>();
    for (let index = first; index < matches.length; index += 1) {
      const range = matches[index] as OffsetRange;
      if (index > first && range.end - start > room) break;
      words.add(text.slice(range.start, range.end).toLowerCase());
    }
    if (words.size > bestCount) {
      bestCount = words.size;
      bestStart = start;
    }
    // The first window is good enough past a handful of matches: long articles stay fast.
    if (first >= 50) break;
  }
  return bestStart;
}

/** The room a window has from its first match on, once the lead-in before it is shown. */
function roomAfterLeadIn(length: number): number {
  return Math.max(length - LEAD_IN, Math.floor(length / 2));
}
