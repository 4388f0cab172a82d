import { describe, expect, it } from 'vitest';
import { tag, valueOf } from './extract-helpers';

const DCT = '1998-08-07';

describe('durations used as adjectives', () => {
  it('leaves the modified noun\'s determiner out: "a five year plan", "the two day visit"', () => {
    expect(tag('It announced a five year plan.', DCT)).toEqual([['five year', 'DURATION', 'P5Y']]);
    expect(tag('He ended the two day visit.', DCT)).toEqual([['two day', 'DURATION', 'P2D']]);
    expect(tag('He stayed for the two days.', DCT)).toEqual([['the two days', 'DURATION', 'P2D']]);
  });
});

describe('plural units named as a time to come or gone', () => {
  it('reads "coming months", "future quarters" as FUTURE_REF and "past years" as PAST_REF, like "recent years"', () => {
    expect(valueOf('It expects the economy to slow in coming months.', DCT, 'coming months')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('Carry-forwards will cut tax payments in future quarters.', DCT, 'future quarters')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('There were sell programs in past years, too.', DCT, 'past years')).toEqual(['DATE', 'PAST_REF']);
    // With "the" they are spans.
    expect(valueOf('They will buy equipment in the coming years.', DCT, 'the coming years')).toEqual(['DURATION', 'PXY']);
  });
});

describe('indefinite spans', () => {
  it('reads "a while", "some time" and "the years" after a preposition as durations', () => {
    expect(valueOf('They will live without power for a while.', DCT, 'a while')).toEqual(['DURATION', 'PXX']);
    expect(valueOf('Forces could be in the region for some time.', DCT, 'some time')).toEqual(['DURATION', 'PXX']);
    expect(valueOf('Over the years many more patients died.', DCT, 'the years')).toEqual(['DURATION', 'PXY']);
    expect(tag('It took some time to see the years go by.', DCT)).toEqual([]);
  });

  it('counts "couple of" as two', () => {
    expect(valueOf('Over the next couple of years sales will grow.', DCT, 'the next couple of years')).toEqual(['DURATION', 'P2Y']);
  });
});

describe('what TimeML leaves unmarked', () => {
  it('does not read an age as a duration', () => {
    expect(tag('Mr. Schwarz, 52 years old, will succeed him.', DCT)).toEqual([]);
    expect(valueOf('He served 52 years in office.', DCT, '52 years')).toEqual(['DURATION', 'P52Y']);
  });

  it('marks how often something happens, not an amount per period', () => {
    expect(tag('The move saves $2 million a year and adds 700 seats a week.', DCT)).toEqual([]);
    expect(tag('The shares pay 50 cents a year.', DCT)).toEqual([]);
    expect(valueOf('The board meets twice a year.', DCT, 'a year')).toEqual(['SET', 'P1Y']);
  });
});

describe('titles and names', () => {
  it('reads no time in a programme or film title', () => {
    expect(tag(`Baker said on ABC News' "This Week" and on CBS's "60 Minutes" that the film "High Noon" and VOA Today agree.`, DCT)).toEqual([]);
  });

  it('reads no month in a name it heads', () => {
    expect(tag('She led the ``March of the Combatant Mothers,\'\' and the March of Dimes gave.', DCT)).toEqual([]);
    expect(valueOf('It opened in March of 1998.', DCT, 'March of 1998')).toEqual(['DATE', '1998-03']);
    expect(valueOf('Talks resume on Monday of the Tet holiday.', DCT, 'Monday')).toEqual(['DATE', '1998-08-03']);
  });

  it('keeps capitalised time words at a sentence start, in capitals and in holidays', () => {
    expect(valueOf('Today, he said, talks resume.', DCT, 'Today')).toEqual(['DATE', '1998-08-07']);
    expect(valueOf('NEW YORK TODAY', DCT, 'TODAY')).toEqual(['DATE', '1998-08-07']);
    // A byline or a headline run into the text, without punctuation.
    expect(valueOf('By Tarek Osman, Special to CNN This week tens of thousands marched.', DCT, 'This week')).toEqual(['DATE', '1998-W32']);
    expect(valueOf('Day of violence in Egypt Today , all Arabs are asking.', DCT, 'Today')).toEqual(['DATE', '1998-08-07']);
    expect(valueOf('By the CNN Wire Staff Now that he is gone, questions remain.', DCT, 'Now')).toEqual(['DATE', 'PRESENT_REF']);
    expect(valueOf('MEDECINS SANS FRONTIERES Yesterday I visited the hospital.', DCT, 'Yesterday')).toEqual(['DATE', '1998-08-06']);
    // A headline in title case.
    expect(valueOf('Peace Talks Will Resume Next Week\n\nThe talks stopped in June.', DCT, 'Next Week')).toEqual(['DATE', '1998-W33']);
    expect(valueOf('Polls close on Election Day.', DCT, 'Election Day')).toEqual(['DATE', '1998-11-03']);
  });
});

describe('extents', () => {
  it('reads "March" after a preposition as the month even before "for"', () => {
    expect(valueOf('He stepped down in March for health reasons.', DCT, 'March')).toEqual(['DATE', '1998-03']);
    expect(tag('Protesters march for peace.', DCT)).toEqual([]);
  });

  it('reads "the end of the month" after "by" and "mid afternoon" with a space', () => {
    expect(valueOf('Troops will arrive by the end of the month.', DCT, 'the end of the month')).toEqual(['DATE', '1998-08']);
    expect(valueOf('By mid afternoon, shelling had stopped.', DCT, 'mid afternoon')).toEqual(['TIME', '1998-08-07TAF']);
  });
});
