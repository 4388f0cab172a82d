import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../../../src-main/core/plain-text-article';
import { buildEvents } from '../../../../src-main/core/timeline/build-events';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';

const SEED = path.resolve(import.meta.dirname, '../../../../seeds/000_63e29c006cf6ab1d.txt');

function timelineOf(text: string, dct: string) {
  return buildEvents(text, extractTimeExpressions(text, { dct, language: 'en' }), dct);
}

describe('the seed article', () => {
  const { text } = parsePlainTextArticle(readFileSync(SEED, 'utf8'));
  const events = timelineOf(text, '2019-02-25');

  it('has exactly the four events of its timeline', () => {
    expect(events.map((event) => [text.slice(event.expression.start, event.expression.end), event.value, event.granularity])).toEqual([
      ['Friday', '2019-02-22', 'day'],
      ['yesterday', '2019-02-24', 'day'],
      ['last week', '2019-W08', 'week'],
      ['today', '2019-02-25', 'day'],
    ]);
  });

  it('titles each event from the clause that holds its date', () => {
    const titles = events.map((event) => event.title);
    expect(titles[0]).toMatch(/diplomat told foreign envoys/);
    expect(titles[1]).toMatch(/Ministry of Foreign Affairs said/);
    expect(titles[2]).toMatch(/^Diplomatic sources told reporters/);
    expect(titles[3]).toMatch(/Human Rights Council.*session.*open/);
    for (const event of events) {
      expect(event.title).not.toContain(text.slice(event.expression.start, event.expression.end));
      expect(event.title.length).toBeLessThanOrEqual(81);
    }
  });

  it('points each event at the sentence that contains its expression', () => {
    for (const event of events) {
      expect(event.sentence.start).toBeLessThanOrEqual(event.expression.start);
      expect(event.sentence.end).toBeGreaterThanOrEqual(event.expression.end);
      expect(text.slice(event.sentence.start, event.sentence.end)).toMatch(/^[\p{Lu}“"]/u);
      expect(text.slice(event.sentence.start, event.sentence.end)).toMatch(/[.!?”"]$/u);
    }
  });
});

describe('buildEvents', () => {
  it('titles an event whose date opens the sentence with the clause after the date', () => {
    const text = 'The plant closed on June 3. Three days later, it reopened. On Friday, the plant was sold to a rival.';
    expect(timelineOf(text, '1998-08-10').map((event) => event.title)).toEqual(['The plant closed', 'It reopened', 'The plant was sold to a rival']);
  });

  it('makes events only of calendar dates, not durations, sets or vague references', () => {
    const events = timelineOf('Prices are now high. They rose for three years and are reviewed weekly. In the third quarter of 1998 they peaked.', '1998-08-07');
    expect(events.map((event) => [event.value, event.granularity])).toEqual([['1998-Q3', 'quarter']]);
  });

  it('still dates an event with the date a gap points at, over the whole phrase ("Three days later")', () => {
    const text = 'The plant closed on June 3. Three days later, it reopened. A few days later, it closed again.';
    const events = timelineOf(text, '1998-08-07');
    expect(events.map((event) => [text.slice(event.expression.start, event.expression.end), event.expression.type, event.value, event.granularity])).toEqual([
      ['June 3', 'DATE', '1998-06-03', 'day'],
      ['Three days later', 'DATE', '1998-06-06', 'day'],
    ]);
  });

  it('skips a dateline date left on the first line, but not the same date in the body', () => {
    const text = 'August 7, 1998\nThe embassy reopened today.';
    const events = timelineOf(text, '1998-08-07');
    expect(events.map((event) => text.slice(event.expression.start, event.expression.end))).toEqual(['today']);
  });

  it('gives every granularity its name', () => {
    const text = 'It began in the 1990s, grew in 1998, slowed in the summer of 1999, fell in March 2000 and in the first half of 2001, and closed on Jan. 3, 2002 at 10 a.m.';
    expect(timelineOf(text, '2003-01-01').map((event) => event.granularity)).toEqual(['decade', 'year', 'season', 'month', 'half', 'day', 'time']);
  });
});
