import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';
import { rulesForLanguage } from '../../../../src-main/core/timeline/languages';
import { TIMEX_TYPES } from '../../../../src-main/shared/timeline';

/** Words that exercise the rules, mixed into random text so the property reaches them. */
const TIME_WORDS = [
  'Friday', 'last', 'week', 'the', 'third', 'quarter', 'of', '1998', 'Aug.', '7,', 'a', 'year', 'ago', 'earlier', 'two', 'years',
  'every', 'day', 'now', 'recently', '10:35', 'a.m.', 'EST', 'noon', 'May', 'March', '29', 'Feb.', 'mid-', '1990s', 'summer', 'the past',
  'next', 'month', 'tonight', 'Sunday night', 'fiscal', 'twenty-four', 'hours', '-year', '2 1/2', 'daily', "'s", ',', '.', '\n\n',
];

const textArbitrary = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...TIME_WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.array(fc.constantFrom(...TIME_WORDS), { maxLength: 30 }).map((words) => words.join('')),
);

const dctArbitrary = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), hasTime: fc.boolean() })
  .map(({ year, month, day, hasTime }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${hasTime ? 'T23:59:00Z' : ''}`);

describe('extractTimeExpressions contract', () => {
  it('never throws and answers ordered, non-overlapping, in-range spans with a type and a value', () => {
    fc.assert(
      fc.property(textArbitrary, dctArbitrary, (text, dct) => {
        const expressions = extractTimeExpressions(text, { dct, language: 'en' });
        let previousEnd = 0;
        for (const expression of expressions) {
          expect(Number.isInteger(expression.start) && Number.isInteger(expression.end)).toBe(true);
          expect(expression.start).toBeGreaterThanOrEqual(previousEnd);
          expect(expression.end).toBeGreaterThan(expression.start);
          expect(expression.end).toBeLessThanOrEqual(text.length);
          expect(TIMEX_TYPES).toContain(expression.type);
          expect(expression.value.length).toBeGreaterThan(0);
          expect(text.slice(expression.start, expression.end).trim()).toBe(text.slice(expression.start, expression.end));
          previousEnd = expression.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long runs of white space, digits and repeated words', () => {
    // A backtracking pattern makes any of these take minutes; linear rules take milliseconds.
    for (const text of [' '.repeat(200_000) + 'Friday', 'a '.repeat(100_000), '1 2 3 '.repeat(30_000), 'the past two three '.repeat(10_000)]) {
      const started = performance.now();
      extractTimeExpressions(text, { dct: '2019-02-25' });
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it('finds nothing in a language it has no rules for, and accepts regional English tags', () => {
    expect(extractTimeExpressions('Il est parti vendredi.', { dct: '2019-02-25', language: 'fr' })).toEqual([]);
    expect(rulesForLanguage('fr')).toBeNull();
    expect(extractTimeExpressions('He left on Friday.', { dct: '2019-02-25', language: 'en-GB' })).toHaveLength(1);
  });

  it('refuses a DCT that is not an ISO date', () => {
    expect(() => extractTimeExpressions('Friday', { dct: 'yesterday' })).toThrow(RangeError);
    expect(() => extractTimeExpressions('Friday', { dct: '2019-02-30' })).toThrow(/not an ISO date/);
  });

  it('gives UTF-16 offsets, so text after astral characters keeps its place', () => {
    const text = '😀 On Friday 張漢暉 said so.';
    const [expression] = extractTimeExpressions(text, { dct: '2019-02-25' });
    expect(expression && text.slice(expression.start, expression.end)).toBe('Friday');
  });
});
