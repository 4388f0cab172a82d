import { describe, expect, it } from 'vitest';
import { tag, valueOf } from './extract-helpers';

const DCT = '1998-08-07';

describe('durations', () => {
  it('reads counted durations with their modifiers', () => {
    expect(valueOf('He served three years in prison.', DCT, 'three years')).toEqual(['DURATION', 'P3Y']);
    expect(valueOf('Prices rose over the past two months.', DCT, 'the past two months')).toEqual(['DURATION', 'P2M']);
    expect(valueOf('Sales in the first nine months rose.', DCT, 'the first nine months')).toEqual(['DURATION', 'P9M']);
    expect(valueOf('The siege lasted more than four hours.', DCT, 'more than four hours')).toEqual(['DURATION', 'PT4H']);
    expect(valueOf('The trip took 2 1/2 years.', DCT, '2 1/2 years')).toEqual(['DURATION', 'P2Y6M']);
    expect(valueOf('The flight took twenty-four hours.', DCT, 'twenty-four hours')).toEqual(['DURATION', 'PT24H']);
    expect(valueOf('It took a few days.', DCT, 'a few days')).toEqual(['DURATION', 'PXD']);
    expect(valueOf('Growth stalled for two decades.', DCT, 'two decades')).toEqual(['DURATION', 'P20Y']);
  });

  it('reads hyphenated durations but not ages', () => {
    expect(valueOf('He signed a two-year contract.', DCT, 'two-year')).toEqual(['DURATION', 'P2Y']);
    expect(valueOf('After a 16-hour shift, he slept.', DCT, '16-hour')).toEqual(['DURATION', 'PT16H']);
    expect(tag('A 44-year-old man was arrested.', DCT)).toEqual([]);
  });

  it('reads bare plural units only where they measure time', () => {
    expect(valueOf('The case has dragged on for years.', DCT, 'years')).toEqual(['DURATION', 'PXY']);
    expect(tag('The years of their lives were spent here.', DCT)).toEqual([]);
  });
});

describe('sets', () => {
  it('reads frequencies', () => {
    expect(tag('Rallies are held daily and reports come out weekly.', DCT)).toEqual([
      ['daily', 'SET', 'P1D'],
      ['weekly', 'SET', 'P1W'],
    ]);
    expect(valueOf('They meet every week.', DCT, 'every week')).toEqual(['SET', 'P1W']);
    expect(valueOf('A third flight departs each Thursday.', DCT, 'each Thursday')).toEqual(['SET', 'XXXX-WXX-4']);
    expect(valueOf('Costs rose 5% a year.', DCT, 'a year')).toEqual(['SET', 'P1Y']);
    expect(valueOf('Flights leave on Tuesday nights.', DCT, 'Tuesday nights')).toEqual(['SET', 'XXXX-WXX-2TNI']);
  });
});

describe('times of day', () => {
  it('reads clock times on the day written after them or the DCT', () => {
    expect(valueOf('The blast came at 10:35 a.m. local time.', DCT, '10:35 a.m.')).toEqual(['TIME', '1998-08-07T10:35']);
    expect(valueOf('Polls will close at 9 p.m. EST Tuesday.', '1998-08-03', '9 p.m. EST Tuesday')).toEqual(['TIME', '1998-08-04T21:00']);
    expect(valueOf('The deadline is noon Thursday.', '1998-08-03', 'noon Thursday')).toEqual(['TIME', '1998-08-06T12:00']);
    expect(valueOf('Trading closed at 5 p.m. EST, Nov. 6.', '1989-11-02', '5 p.m. EST, Nov. 6')).toEqual(['TIME', '1989-11-06T17:00']);
  });

  it('reads an hour with the part of the day written out: "at 4 in the morning", "at 3 in the afternoon"', () => {
    expect(valueOf('The father will leave Thursday. He will leave at 4 in the morning.', '2000-04-05', '4 in the morning')).toEqual(['TIME', '2000-04-06T04:00']);
    expect(valueOf('The vote ended at 3 in the afternoon.', DCT, '3 in the afternoon')).toEqual(['TIME', '1998-08-07T15:00']);
    expect(tag('They scored 3 in the afternoon session.', DCT)).toEqual([]);
  });

  it('does not read scores or plain numbers as times', () => {
    expect(tag('The team won 3 to 2 with 12 players.', DCT)).toEqual([]);
  });
});

describe('vague references', () => {
  it('reads present, past and future references', () => {
    expect(tag('Prices are now stable, but they recently fell and may rise in the future.', DCT)).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
    expect(valueOf('He is currently abroad.', DCT, 'currently')).toEqual(['DATE', 'PRESENT_REF']);
  });

  it('reads "in five years" in a future clause as the date five years on, and as a span otherwise', () => {
    expect(valueOf('The stock would be redeemed in five years, subject to approval.', '1989-11-02', 'five years')).toEqual(['DATE', '1994']);
    expect(valueOf('The plant will open in two months.', '1989-11-02', 'two months')).toEqual(['DATE', '1990-01']);
    expect(valueOf("It was the second letter to Reno in two weeks.", '2000-02-16', 'two weeks')).toEqual(['DURATION', 'P2W']);
    // A vague count in a future clause is a vague future time.
    expect(valueOf('They will finish in a few years.', '1989-11-02', 'a few years')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('You may, in a year or two, save a life.', '1998-03-31', 'a year or two')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('They finished in a few years.', '1989-11-02', 'a few years')).toEqual(['DURATION', 'PXY']);
  });

  it('reads "one day" after a modal or its subject as "someday", a future reference', () => {
    expect(valueOf('Islam will one day be the second largest religion.', DCT, 'one day')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('She hoped he might one day follow her.', DCT, 'one day')).toEqual(['DATE', 'FUTURE_REF']);
    expect(valueOf('He had only been in the job one day.', DCT, 'one day')).toEqual(['DURATION', 'P1D']);
  });

  it('reads "then current" as a past reference', () => {
    expect(valueOf('Holders may buy shares at 50% of the then current market price.', DCT, 'then current')).toEqual(['DATE', 'PAST_REF']);
  });
});
