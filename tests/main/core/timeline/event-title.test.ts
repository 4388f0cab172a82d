import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../src-main/core/timeline/build-events';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';

const DCT = '2011-02-14';

/** Each event's quote and title, for one sentence under a headline (so no date is taken for a dateline). */
function titlesOf(sentence: string): [string, string][] {
  const text = `Live updates.\n\n${sentence}`;
  return buildEvents(text, extractTimeExpressions(text, { dct: DCT, language: 'en' }), DCT).map((event) => [text.slice(event.expression.start, event.expression.end), event.title]);
}

describe('event titles from real-world sentences', () => {
  it('reads a clock time as one word, not a clause break, and titles a live blog update from what follows its stamp', () => {
    const titles = titlesOf('(Update 7:00 p.m. in Cairo, 12:00 p.m. ET) - Egyptian banks will be closed for two days, state television announced.');
    expect(titles.map(([quote]) => quote)).toEqual(['7:00 p.m.', '12:00 p.m.']);
    for (const [, title] of titles) expect(title).toBe('Egyptian banks will be closed for two days');
  });

  it('keeps a number with thousands separators and a range of numbers whole', () => {
    expect(titlesOf('More than 1,300 flights were canceled at the airport on Tuesday.')).toEqual([['Tuesday', 'More than 1,300 flights were canceled at the airport']]);
    expect(titlesOf('The population grew 1.4–2.0% a year to 2016.')).toEqual([['2016', 'The population grew 1.4–2.0% a year']]);
  });

  it('titles a comment by its text, not by the date and time it was posted', () => {
    const titles = titlesOf('February 10, 2011 at 9:04 pm | I guess that makes Bush and Obama even.');
    expect(titles.length).toBeGreaterThan(0);
    for (const [, title] of titles) expect(title).toBe('I guess that makes Bush and Obama even');
  });

  it('borrows the quotation before "he said Saturday"', () => {
    expect(titlesOf('"We did not call for any protests," he said Saturday.')[0]?.[1]).toMatch(/^We did not call for any protests/);
  });

  it('leaves out a conjunction the date followed, and keeps a date in the possessive', () => {
    expect(titlesOf('But Sunday evening, Egyptian state television announced that banks would shut.')[0]?.[1]).toBe('Egyptian state television announced that banks would shut');
    expect(titlesOf("But Friday's revelry could not push aside the uncertainty.")[0]?.[1]).toBe("Friday's revelry could not push aside the uncertainty");
  });

  it('keeps a date that modifies a noun inside its noun phrase', () => {
    const titles = Object.fromEntries(titlesOf('Both the 1957 and 1968 pandemics began in Asia.'));
    expect(titles['1957']).toBe('Both the 1957 and 1968 pandemics began in Asia');
  });

  it('keeps a date joined to another in a range or a list', () => {
    expect(titlesOf('Between 2005 and January 2009 there were 12 cases in America.').map(([, title]) => title)).toEqual([
      'Between 2005 and January 2009 there were 12 cases in America',
      'Between 2005 and January 2009 there were 12 cases in America',
    ]);
  });

  it('keeps the other dates of the clause, which carry meaning', () => {
    const titles = Object.fromEntries(titlesOf('Oil prices hit their highest since September 2008 on Monday.'));
    expect(titles.Monday).toBe('Oil prices hit their highest since September 2008');
  });

  it('titles a sentence that opens with a picture’s credit by what it says, not by the credit', () => {
    expect(titlesOf('Photograph: Tim Ireland/PA Swine flu spread more rapidly in Britain on Monday than anywhere else.')[0]?.[1]).toBe('Swine flu spread more rapidly in Britain than anywhere else');
    expect(titlesOf('Photograph : PA An outbreak at a Birmingham school led to 44 new cases yesterday .')[0]?.[1]).toBe('An outbreak at a Birmingham school led to 44 new cases');
  });

  it('goes back over more than one short clause before the date', () => {
    expect(titlesOf('Demonstrators attacked each other in Tahrir Square in Cairo, Egypt, on Wednesday.')[0]?.[1]).toBe('Demonstrators attacked each other in Tahrir Square in Cairo, Egypt');
  });
});
