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
  const length = pattern.length;
  if (length === 0 || length > 32) throw new RangeError('approximateEnds takes a pattern of 1 to 32 characters');
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
