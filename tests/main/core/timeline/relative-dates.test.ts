import { describe, expect, it } from 'vitest';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';
import { tag, valueOf } from './extract-helpers';

/** A Monday. */
const MONDAY = '2019-02-25';

describe('weekdays and relative days', () => {
  it('resolves deictic days against the DCT', () => {
    expect(tag('He left yesterday, arrives today and goes home tomorrow.', MONDAY)).toEqual([
      ['yesterday', 'DATE', '2019-02-24'],
      ['today', 'DATE', '2019-02-25'],
      ['tomorrow', 'DATE', '2019-02-26'],
    ]);
    expect(valueOf('They met the day before yesterday.', MONDAY, 'the day before yesterday')).toEqual(['DATE', '2019-02-23']);
  });

  it('leaves the "today" of "today\'s world" alone: the present age, not the DCT', () => {
    expect(tag("Paternity can be proved in today's world.", '2000-01-07')).toEqual([]);
    expect(tag("Intel's chips are in many of today's personal computers.", '1989-10-27')).toEqual([]);
    expect(valueOf("The offer is advertised in today's editions.", '1989-10-27', 'today')).toEqual(['DATE', '1989-10-27']);
  });

  it('leaves "the people of tomorrow" alone, but not "the events of yesterday"', () => {
    expect(tag('If I were choosing the people of tomorrow, I would pick these.', '1989-11-02')).toEqual([]);
    expect(valueOf('The events of yesterday shocked him.', '1989-11-02', 'yesterday')).toEqual(['DATE', '1989-11-01']);
  });

  it('reads "said on Friday" as the Friday before and "will meet on Friday" as the one after', () => {
    expect(valueOf('A diplomat told envoys on Friday.', MONDAY, 'Friday')).toEqual(['DATE', '2019-02-22']);
    expect(valueOf('The envoys will meet on Friday.', MONDAY, 'Friday')).toEqual(['DATE', '2019-03-01']);
    expect(valueOf('The talks are scheduled to resume Thursday.', MONDAY, 'Thursday')).toEqual(['DATE', '2019-02-28']);
    expect(valueOf('The team could arrive as soon as Wednesday.', MONDAY, 'Wednesday')).toEqual(['DATE', '2019-02-27']);
    expect(valueOf('They said they would appeal Sunday\'s ruling.', MONDAY, 'Sunday')).toEqual(['DATE', '2019-02-24']);
  });

  it('reads "today is the eighth day of" an event as the DCT', () => {
    expect(valueOf('In Saudi Arabia, today is the eighth day of Desert Shield.', '1990-08-15', 'the eighth day')).toEqual(['DATE', '1990-08-15']);
    expect(valueOf("More gunfire in Kosovo. It's the second day of an offensive.", '1998-03-06', 'the second day')).toEqual(['DATE', '1998-03-06']);
    // Without saying it is today, a numbered day of an event is left alone.
    expect(tag('He would act on his first day in office.', '1998-10-26')).toEqual([]);
  });

  it('reads the DCT\'s own weekday as the DCT unless "last" or "next" says otherwise', () => {
    expect(valueOf('Bombs exploded Monday, police said.', MONDAY, 'Monday')).toEqual(['DATE', '2019-02-25']);
    expect(valueOf('He resigned last Monday.', MONDAY, 'last Monday')).toEqual(['DATE', '2019-02-18']);
    expect(valueOf('He resigns next Monday.', MONDAY, 'next Monday')).toEqual(['DATE', '2019-03-04']);
  });

  it('keeps a part of the day with its day', () => {
    expect(valueOf('Talks broke down Sunday night.', MONDAY, 'Sunday night')).toEqual(['DATE', '2019-02-24TNI']);
    expect(valueOf('The plane landed this morning.', MONDAY, 'this morning')).toEqual(['TIME', '2019-02-25TMO']);
    expect(valueOf('The plane landed last night.', MONDAY, 'last night')).toEqual(['TIME', '2019-02-24TNI']);
    expect(valueOf('They will speak tonight.', MONDAY, 'tonight')).toEqual(['TIME', '2019-02-25TNI']);
  });

  it('resolves against a DCT that has a time of day and a zone', () => {
    expect(tag('Officials said yesterday that the vote is today.', '2019-02-25T23:30:00+08:00')).toEqual([
      ['yesterday', 'DATE', '2019-02-24'],
      ['today', 'DATE', '2019-02-25'],
    ]);
    expect(valueOf('The ceremony began at 10:35 a.m.', '1998-08-07T08:15', '10:35 a.m.')).toEqual(['TIME', '1998-08-07T10:35']);
  });
});

describe('relative periods', () => {
  it('counts weeks, months and years from the DCT', () => {
    expect(tag('Sources last week said this month and next year look better than last year.', MONDAY)).toEqual([
      ['last week', 'DATE', '2019-W08'],
      ['this month', 'DATE', '2019-02'],
      ['next year', 'DATE', '2020'],
      ['last year', 'DATE', '2018'],
    ]);
    expect(valueOf('Earnings rose earlier this year.', MONDAY, 'earlier this year')).toEqual(['DATE', '2019']);
    expect(valueOf('Officials met over the weekend.', MONDAY, 'the weekend')).toEqual(['DATE', '2019-W08-WE']);
  });

  it('reads "year-end" as the end of this year, and "since year-end" as the end of the last one', () => {
    expect(valueOf('It expects to complete the transaction by year-end.', '1989-11-02', 'year-end')).toEqual(['DATE', '1989']);
    expect(valueOf('The percentage change is since year-end.', '1989-10-30', 'year-end')).toEqual(['DATE', '1988']);
    expect(valueOf("Shares have risen 20% since year's end.", '1989-10-30', "year's end")).toEqual(['DATE', '1988']);
  });

  it('keeps an approximating "around" inside a date\'s extent, as TimeML does', () => {
    expect(tag('The transaction is expected to close around year end.', '1989-10-30')).toEqual([['around year end', 'DATE', '1989']]);
    expect(tag('The sale is to be completed around Nov. 1.', '1989-10-30')).toEqual([['around Nov. 1', 'DATE', '1989-11-01']]);
  });

  it('crosses ISO week-year boundaries', () => {
    expect(valueOf('Sales slowed last week.', '2021-01-05', 'last week')).toEqual(['DATE', '2020-W53']);
    expect(valueOf('Sales will recover next week.', '2020-12-28', 'next week')).toEqual(['DATE', '2021-W01']);
    expect(valueOf('Sales recovered this week.', '2019-12-30', 'this week')).toEqual(['DATE', '2020-W01']);
    expect(valueOf('Sales slowed last month.', '2019-01-15', 'last month')).toEqual(['DATE', '2018-12']);
  });

  it('counts distances back from the DCT and from the date under discussion', () => {
    expect(valueOf('He left two years ago.', '1998-08-07', 'two years ago')).toEqual(['DATE', '1996']);
    expect(valueOf('He left three days ago.', '1998-08-07', 'three days ago')).toEqual(['DATE', '1998-08-04']);
    expect(valueOf('He left six weeks ago.', '1998-08-07', 'six weeks ago')).toEqual(['DATE', '1998-W26']);
    expect(valueOf('The plant closed on June 3. Two days later, it reopened.', '1998-08-07', 'Two days')).toEqual(['DURATION', 'P2D']);
    expect(valueOf('He left a few years ago.', '1998-08-07', 'a few years ago')).toEqual(['DATE', 'PAST_REF']);
  });

  it('writes "three days later" as TimeML does, a duration without its signal, but keeps the date it points at', () => {
    const text = 'The plant closed on June 3. Three days later, it reopened. Just over an hour later, a fire broke out. A day earlier, talks failed.';
    const expressions = extractTimeExpressions(text, { dct: '1998-08-07', language: 'en' });
    expect(expressions.map((expression) => [text.slice(expression.start, expression.end), expression.type, expression.value, expression.anchor && text.slice(expression.anchor.start, expression.anchor.end), expression.anchor?.value])).toEqual([
      ['June 3', 'DATE', '1998-06-03', undefined, undefined],
      ['Three days', 'DURATION', 'P3D', 'Three days later', '1998-06-06'],
      ['over an hour', 'DURATION', 'PT1H', 'over an hour later', '1998-06-03'],
      ['A day', 'DURATION', 'P1D', 'A day earlier', '1998-06-02'],
    ]);
    expect(tag('A few days later, American Medical announced a loss.', '1989-10-27')).toEqual([['A few days', 'DURATION', 'PXD']]);
    // Years, quarters and months earlier are the comparison periods of financial reports, which TimeML writes as dates.
    expect(valueOf('Net rose in the third quarter, up from $8 million a year earlier.', '1989-11-02', 'a year earlier')).toEqual(['DATE', '1988-Q3']);
  });

  it('anchors "that day" and "the following year" on the last date mentioned', () => {
    expect(tag('The strike began in 1994. The following year, it ended.', '1998-08-07')).toEqual([
      ['1994', 'DATE', '1994'],
      ['The following year', 'DATE', '1995'],
    ]);
    expect(valueOf('He was arrested on March 3, 1990. Later that day, he was freed.', '1998-08-07', 'Later that day')).toEqual(['DATE', '1990-03-03']);
    // After a month, "that same day" is a day of that month the text does not name, never the DCT.
    expect(valueOf('The site went up in October 1998. It was taken down that same day.', '1999-02-06', 'that same day')).toEqual(['DATE', '1998-10-XX']);
    expect(valueOf('The strike began in 1994. Talks failed that week.', '1998-08-07', 'that week')).toEqual(['DATE', '1994-WXX']);
    expect(valueOf('The strike began in 1994. Talks failed that same month.', '1998-08-07', 'that same month')).toEqual(['DATE', '1994-XX']);
    expect(valueOf('The strike began in 1994. Talks failed that weekend.', '1998-08-07', 'that weekend')).toEqual(['DATE', '1994-WXX-WE']);
  });
});
