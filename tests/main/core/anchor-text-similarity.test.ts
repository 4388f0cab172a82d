import { describe, expect, it } from 'vitest';
import { approximateEnds } from '../../../src-main/core/text-similarity';

/** Every end where some substring ending there is within `maxErrors` of `pattern`: the textbook dynamic programme with a free start. */
function endsByDynamicProgramme(text: string, pattern: string, maxErrors: number): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, row) => row);
  const ends: number[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    const next = [0];
    for (let row = 1; row <= pattern.length; row += 1) {
      const substitution = (column[row - 1] as number) + (pattern[row - 1] === text[end - 1] ? 0 : 1);
      next.push(Math.min(substitution, (column[row] as number) + 1, (next[row - 1] as number) + 1));
    }
    column = next;
    if ((column[pattern.length] as number) <= maxErrors) ends.push(end);
  }
  return ends;
}

describe('approximateEnds', () => {
  it('finds every end of an approximate occurrence, as the edit distance defines it', () => {
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (length: number) => Array.from({ length }, () => 'ab cé'[Math.floor(random() * 5)]).join('');
    for (let trial = 0; trial < 400; trial += 1) {
      const pattern = pick(1 + Math.floor(random() * 32));
      const text = pick(80);
      const maxErrors = Math.floor(random() * pattern.length);
      expect(approximateEnds(text, pattern, maxErrors)).toEqual(endsByDynamicProgramme(text, pattern, maxErrors));
    }
  });

  it('finds the same ends when it looks only around exact pieces of a long pattern allowing few errors', () => {
    let state = 11;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (length: number) => Array.from({ length }, () => 'ab c'[Math.floor(random() * 4)]).join('');
    for (let trial = 0; trial < 300; trial += 1) {
      const pattern = pick(20 + Math.floor(random() * 13));
      const cut = Math.floor(random() * pattern.length);
      const damaged = `${pattern.slice(0, cut)}${pick(1)}${pattern.slice(cut + 1)}`;
      const text = random() < 0.3 ? pick(120) : `${pick(40)}${damaged}${pick(20)}${pattern}${pick(20)}`;
      const maxErrors = Math.floor(random() * 4);
      expect(approximateEnds(text, pattern, maxErrors)).toEqual(endsByDynamicProgramme(text, pattern, maxErrors));
    }
  });

  it('finds a 32-character pattern with a few errors and rejects longer ones', () => {
    const pattern = 'turday condemned the bombing of ';
    const text = `Ministers on Saturday condemnd the bombng of the embassy.`;
    expect(approximateEnds(text, pattern, 2)).toContain(text.indexOf(' the embassy') + 1);
    expect(() => approximateEnds(text, `${pattern}x`, 2)).toThrow(RangeError);
  });
});
