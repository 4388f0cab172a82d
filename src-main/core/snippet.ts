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

/** How many matches {@link densestWindow} tries as the start of a window. */
const WINDOW_STARTS = 50;
/** How much text is split into words at a time while a snippet looks for its matches. */
const SCAN_CHUNK = 2_048;
/** Characters that fold to plain ASCII letters or digits (accented Latin, combining accents, ligatures, full-width forms, super- and subscripts). */
const FOLDS_TO_ASCII = /[\u00b2\u00b3\u00b9\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2070-\u209f\ufb00-\ufb06\uff10-\uff5a]/;
const PLAIN_TERM = /^[a-z0-9]+$/;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Every place in `text` where one of `matched` (normalised index terms) occurs, merged and in order. */
export function findMatches(text: string, matched: ReadonlySet<string>): OffsetRange[] {
  return mergeHits(hitsIn(text, matched, 0, text.length));
}

/** The matched words' places in `text[from, to)` (cut between words), in the order the tokenizer gives them. */
function hitsIn(text: string, matched: ReadonlySet<string>, from: number, to: number): OffsetRange[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  return tokenize(part, 'index')
    .filter((span) => matched.has(span.term))
    .map((span) => ({ start: span.start + from, end: span.end + from }));
}

/**
 * The matches a snippet can use. A 5,000-word article is not split into words for each hit a
 * search shows: plain words in plain text are found by a plain search for them between word
 * boundaries (what splitting would find); otherwise the text is split a part at a time, no
 * further than the windows {@link densestWindow} tries.
 */
function snippetMatches(text: string, matched: ReadonlySet<string>, length: number): OffsetRange[] {
  const plain = plainMatches(text, matched);
  if (plain) return plain;
  const hits: OffsetRange[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + SCAN_CHUNK);
    if (to < text.length) {
      // Cut at a space: a word (or a run of Chinese) is never split between two parts.
      const space = text.indexOf(' ', to);
      to = space === -1 ? text.length : space;
    }
    hits.push(...hitsIn(text, matched, from, to));
    from = to;
    const last = hits.length > WINDOW_STARTS ? [...hits].sort(byPlace)[WINDOW_STARTS] : undefined;
    if (last && from > last.start + length) break;
  }
  return mergeHits(hits);
}

/**
 * The matches of plain ASCII words in a text where nothing folds into them (no accents, ligatures
 * or full-width forms): each place a word occurs in the lower-cased text with no letter or digit
 * on either side. Null when the words or the text are not that plain.
 */
function plainMatches(text: string, matched: ReadonlySet<string>): OffsetRange[] | null {
  if (matched.size === 0 || ![...matched].every((term) => PLAIN_TERM.test(term)) || FOLDS_TO_ASCII.test(text)) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const hits: OffsetRange[] = [];
  for (const term of matched) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length;
      if ((at > 0 && WORD_CHARACTER.test(text[at - 1] as string)) || (end < text.length && WORD_CHARACTER.test(text[end] as string))) continue;
      hits.push({ start: at, end });
    }
  }
  return mergeHits(hits);
}

const byPlace = (a: OffsetRange, b: OffsetRange) => a.start - b.start || a.end - b.end;

/** Sorts hits and merges those that overlap. */
function mergeHits(found: OffsetRange[]): OffsetRange[] {
  const hits = found.sort(byPlace);
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
  const matches = snippetMatches(text, matched, length);
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
    if (first >= WINDOW_STARTS) break;
  }
  return bestStart;
}

/** The room a window has from its first match on, once the lead-in before it is shown. */
function roomAfterLeadIn(length: number): number {
  return Math.max(length - LEAD_IN, Math.floor(length / 2));
}
