/**
 * The Levenshtein distance between two short strings (prefixes and suffixes of notes, at most a
 * few dozen characters): the fewest single-character insertions, deletions and substitutions.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= b.length; column += 1) {
      const substitution = (previous[column - 1] as number) + (a[row - 1] === b[column - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[column] as number) + 1, (current[column - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** How alike two strings are, from 0 (nothing shared) to 1 (equal); two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * Every end offset (exclusive, UTF-16) in `text` where `pattern` (at most 32 characters) occurs with
 * at most `maxErrors` insertions, deletions or substitutions, in one pass over the text (Myers'
 * bit-parallel algorithm, one machine word). Unlike approx-string-match, which reports only the
 * closest matches of a whole text, it reports all of them: for finding every place a note's
 * context could be.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number): number[] {
  if (pattern.length === 0 || pattern.length > 32) throw new RangeError('approximateEnds takes a pattern of 1 to 32 characters');
  const pieceLength = Math.floor(pattern.length / (maxErrors + 1));
  if (pieceLength < MIN_PIECE_LENGTH) return scanEnds(text, pattern, maxErrors);
  // Pigeonhole: k edits leave one of k + 1 pieces of the pattern intact, so every occurrence holds
  // a piece exactly; the native indexOf finds those, and only the stretches around them are scanned.
  const stretches: Array<[number, number]> = [];
  for (let piece = 0; piece <= maxErrors; piece += 1) {
    const offset = piece * pieceLength;
    const piecePattern = pattern.slice(offset, offset + pieceLength);
    for (let at = text.indexOf(piecePattern); at !== -1; at = text.indexOf(piecePattern, at + 1)) {
      stretches.push([Math.max(0, at - offset - maxErrors), Math.min(text.length, at - offset + pattern.length + 2 * maxErrors)]);
    }
  }
  stretches.sort((a, b) => a[0] - b[0]);
  const ends: number[] = [];
  let index = 0;
  while (index < stretches.length) {
    const [from] = stretches[index] as [number, number];
    let to = from;
    while (index < stretches.length && (stretches[index] as [number, number])[0] <= to) {
      to = Math.max(to, (stretches[index] as [number, number])[1]);
      index += 1;
    }
    for (const end of scanEnds(text.slice(from, to), pattern, maxErrors)) ends.push(from + end);
  }
  return ends;
}

/** Pieces shorter than this occur too often in prose for the pigeonhole filter to pay. */
const MIN_PIECE_LENGTH = 5;

/** {@link approximateEnds} the plain way: one bit-parallel pass over the whole text. */
function scanEnds(text: string, pattern: string, maxErrors: number): number[] {
  const length = pattern.length;
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let index = 0; index < length; index += 1) {
    const code = pattern.charCodeAt(index);
    if (code < 128) ascii[code] = (ascii[code] as number) | (1 << index);
    else other.set(code, (other.get(code) ?? 0) | (1 << index));
  }
  const last = 1 << (length - 1);
  let positive = length === 32 ? -1 : (1 << length) - 1;
  let negative = 0;
  let score = length;
  const ends: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const equal = code < 128 ? (ascii[code] as number) : (other.get(code) ?? 0);
    const vertical = equal | negative;
    const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
    let up = negative | ~(horizontal | positive);
    let down = positive & horizontal;
    if (up & last) score += 1;
    else if (down & last) score -= 1;
    up <<= 1;
    down <<= 1;
    positive = down | ~(vertical | up);
    negative = up & vertical;
    if (score <= maxErrors) ends.push(index + 1);
  }
  return ends;
}
