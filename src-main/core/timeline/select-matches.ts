import type { Reading, TimeRule } from './rule';

/** A rule's match that was read as a time expression; offsets are UTF-16, `end` exclusive. */
export interface RuleMatch {
  start: number;
  end: number;
  rank: number;
  reading: Reading;
}

/**
 * Runs every rule over `text` and keeps the matches that do not overlap: the longest match wins,
 * then the earlier rule. Answers them in text order.
 */
export function selectMatches(text: string, rules: readonly TimeRule[]): RuleMatch[] {
  const candidates: RuleMatch[] = [];
  rules.forEach((rule, rank) => {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const reading = rule.read(match);
      // Extents never start or end with white space, whatever a pattern's optional parts matched.
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].trimEnd().length;
      if (reading !== null && end > start) candidates.push({ start, end, rank, reading });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const chosen: RuleMatch[] = [];
  // One flag per character keeps the overlap test linear in the matched text, however many matches there are.
  const isTaken = new Uint8Array(text.length);
  for (const candidate of candidates) {
    if (isTaken.subarray(candidate.start, candidate.end).includes(1)) continue;
    isTaken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
