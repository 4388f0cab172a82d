import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutSnippet, findMatches } from '../../../src-main/core/snippet';
import { normaliseTerm, terms, tokenize } from '../../../src-main/core/search-terms';

describe('search terms', () => {
  it('splits spaced scripts on letters and digits, folding case and accents, dropping little English words', () => {
    expect(tokenize('The Café’s ministers met in 2019.')).toEqual([
      { term: 'cafe', start: 4, end: 8 },
      { term: 'ministers', start: 11, end: 20 },
      { term: 'met', start: 21, end: 24 },
      { term: '2019', start: 28, end: 32 },
    ]);
    expect(normaliseTerm('Ωμέγα')).toBe('ωμεγα');
  });

  it('segments Chinese with Intl.Segmenter and adds every pair of characters, with offsets', () => {
    const text = 'Zhang 外交部發言人張漢暉說';
    const spans = tokenize(text);
    expect(spans.map((span) => span.term)).toEqual(expect.arrayContaining(['zhang', '外交部', '發言人', '張漢', '漢暉', '暉說']));
    for (const span of spans) expect(text.slice(span.start, span.end).toLowerCase()).toBe(span.term);
  });

  it('queries Chinese by its pairs only, so a name is found however an article’s words were cut', () => {
    expect(terms('張漢暉', 'query')).toEqual(['張漢', '漢暉']);
    expect(terms('說', 'query')).toEqual(['說']);
    for (const pair of terms('張漢暉', 'query')) expect(terms('外交部發言人張漢暉說')).toContain(pair);
  });

  it('keeps kana voicing marks (no accent folding in Japanese)', () => {
    expect(terms('がか', 'query')).toEqual(['がか']);
  });
});

describe('snippets', () => {
  const text = 'Opening words. Then the envoys met the minister in Beijing, and the envoys left.';

  it('merges overlapping CJK pairs into one highlight', () => {
    expect(findMatches('發言人張漢暉說', new Set(['張漢', '漢暉']))).toEqual([{ start: 3, end: 6 }]);
  });

  it('cuts a passage around the matches, with highlights as offsets of the whole text', () => {
    const snippet = cutSnippet(text, new Set(['envoys', 'beijing']), 60);
    expect(snippet).not.toBeNull();
    expect(text.slice(snippet?.start, snippet?.end)).toBe(snippet?.text);
    for (const range of snippet?.highlights ?? []) expect(['envoys', 'Beijing']).toContain(text.slice(range.start, range.end));
    expect(snippet?.highlights.length).toBeGreaterThanOrEqual(2);
    expect(snippet?.text.length).toBeLessThanOrEqual(60);
    expect(snippet?.highlights[0]).toEqual({ start: text.indexOf('envoys'), end: text.indexOf('envoys') + 6 });
  });

  it('answers null when nothing matches', () => {
    expect(cutSnippet(text, new Set(['zeppelin']))).toBeNull();
  });

  it('finds in long texts the same matches as splitting the whole text into words, whichever shortcut it takes', () => {
    const word = fc.constantFrom('trade', 'Trade', 'TRADE', 'trades', 'talks', 'café', 'cafe', 'naïve', 'naive', 'ﬁnance', 'finance', '2019', 'x2019', '張漢暉', '說', 'Ｔrade', 'cafe\u0301', 'e-mail');
    const separator = fc.constantFrom(' ', ', ', '. ', '\n\n', '’', '-');
    const longText = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 400 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    const wanted = fc.subarray(['trade', 'trades', 'talks', 'cafe', 'naive', 'finance', '2019', '張漢', '漢暉', 'mail'], { minLength: 1 });
    fc.assert(
      fc.property(longText, wanted, (long, terms) => {
        const matched = new Set(terms);
        const all = findMatches(long, matched);
        const snippet = cutSnippet(long, matched);
        expect(snippet === null).toBe(all.length === 0);
        if (!snippet) return;
        expect(long.slice(snippet.start, snippet.end)).toBe(snippet.text);
        expect(snippet.highlights).toEqual(all.filter((range) => range.start >= snippet.start && range.end <= snippet.end));
        expect(all.slice(0, 51)).toContainEqual(snippet.highlights[0]);
      }),
      { numRuns: 300 },
    );
  });
});
