import { describe, expect, it } from 'vitest';
import { tag, valueOf } from './extract-helpers';

const DCT = '1998-08-07';

describe('absolute dates', () => {
  it('reads month-day-year in its written forms', () => {
    expect(valueOf('The bombs exploded on Aug. 7, 1998, in Nairobi.', DCT, 'Aug. 7, 1998')).toEqual(['DATE', '1998-08-07']);
    expect(valueOf('He was born on March 5, 1946.', DCT, 'March 5, 1946')).toEqual(['DATE', '1946-03-05']);
    expect(valueOf('The treaty was signed on 4 April 1949.', DCT, '4 April 1949')).toEqual(['DATE', '1949-04-04']);
    expect(valueOf('It opens on the 3rd of September 2001.', DCT, 'the 3rd of September 2001')).toEqual(['DATE', '2001-09-03']);
    expect(valueOf('The editorial ran on Friday, Oct. 23, 1998.', DCT, 'Friday, Oct. 23, 1998')).toEqual(['DATE', '1998-10-23']);
  });

  it('reads "last" and "next" before a month and day as the latest one before the DCT or the first after it', () => {
    expect(valueOf('He was shot to death last Oct. 23 at his home.', '1999-04-19', 'last Oct. 23')).toEqual(['DATE', '1998-10-23']);
    expect(valueOf('He left last April 2.', '1999-04-19', 'last April 2')).toEqual(['DATE', '1999-04-02']);
    expect(valueOf('The vote is next March 3.', '1999-04-19', 'next March 3')).toEqual(['DATE', '2000-03-03']);
  });

  it('leaves "the" out of a month and day used as an adjective ("the Aug. 7 bombings")', () => {
    expect(tag('Since the Aug. 7 bombings, officials said.', '1998-08-10')).toEqual([['Aug. 7', 'DATE', '1998-08-07']]);
  });

  it('reads numeric dates', () => {
    expect(valueOf('Filed 1998-08-07 in court.', DCT, '1998-08-07')).toEqual(['DATE', '1998-08-07']);
    expect(valueOf('Filed 08/07/1998 in court.', DCT, '08/07/1998')).toEqual(['DATE', '1998-08-07']);
    expect(tag('The code 2019-02-30 is not a date.', DCT)).toEqual([]);
  });

  it('reads months with a year, and a month alone from the DCT and the tense', () => {
    expect(valueOf('Prices fell in August 1988.', DCT, 'August 1988')).toEqual(['DATE', '1988-08']);
    expect(valueOf('Prices fell in January nineteen ninety-seven.', DCT, 'January nineteen ninety-seven')).toEqual(['DATE', '1997-01']);
    expect(valueOf('Prices fell in March.', DCT, 'March')).toEqual(['DATE', '1998-03']);
    expect(valueOf('The talks will resume in March.', DCT, 'March')).toEqual(['DATE', '1999-03']);
    expect(valueOf('It happened last November.', DCT, 'last November')).toEqual(['DATE', '1997-11']);
    expect(valueOf('He joined in June last year.', DCT, 'June last year')).toEqual(['DATE', '1997-06']);
  });

  it('leaves the verbs "may" and "march" alone', () => {
    expect(tag('Prices may rise, and protesters march on the capital.', DCT)).toEqual([]);
    expect(valueOf('It has been quiet since May.', DCT, 'May')).toEqual(['DATE', '1998-05']);
  });

  it('chooses the year of a month and day by tense and distance', () => {
    expect(valueOf('The dividend is payable Dec. 15.', '1989-11-02', 'Dec. 15')).toEqual(['DATE', '1989-12-15']);
    expect(valueOf('The company said on Oct. 3 that it would sell.', '1989-11-02', 'Oct. 3')).toEqual(['DATE', '1989-10-03']);
    expect(valueOf('The firm reported a loss on Dec. 15.', '1990-01-05', 'Dec. 15')).toEqual(['DATE', '1989-12-15']);
    expect(valueOf('The ruling takes effect Jan. 14.', '2000-01-07', 'Jan. 14')).toEqual(['DATE', '2000-01-14']);
  });

  it('takes the year in which a written weekday matches the date', () => {
    expect(valueOf('The editorial of Friday, Oct. 23, drew replies.', '1999-04-19', 'Friday, Oct. 23')).toEqual(['DATE', '1998-10-23']);
    expect(valueOf('The Times said on Thursday, Jan. 6, that it disagreed.', '2000-01-06', 'Thursday, Jan. 6')).toEqual(['DATE', '2000-01-06']);
  });

  it('reads a passive after "will" as future', () => {
    expect(valueOf('Collins will be named commander for a mission in December.', '1998-03-04', 'December')).toEqual(['DATE', '1998-12']);
    expect(valueOf('Collins was named commander in December.', '1998-03-04', 'December')).toEqual(['DATE', '1997-12']);
  });

  it('resolves a leap day without a year to a leap year', () => {
    expect(valueOf('The law took effect on Feb. 29.', '2021-03-01', 'Feb. 29')).toEqual(['DATE', '2020-02-29']);
    expect(valueOf('The law will expire on Feb. 29.', '2021-03-01', 'Feb. 29')).toEqual(['DATE', '2024-02-29']);
    expect(valueOf('It ended on Feb. 29, 2020.', DCT, 'Feb. 29, 2020')).toEqual(['DATE', '2020-02-29']);
    expect(tag('It ended on Feb. 29, 2019.', DCT).map(([text]) => text)).not.toContain('Feb. 29, 2019');
  });
});

describe('years, decades, centuries, seasons and financial periods', () => {
  it('reads years and leaves amounts alone', () => {
    expect(valueOf('The plant opened in 1988.', DCT, '1988')).toEqual(['DATE', '1988']);
    expect(valueOf('Results for fiscal 1989 were strong.', DCT, 'fiscal 1989')).toEqual(['DATE', '1989']);
    expect(valueOf('Sales peaked in mid-1996.', DCT, 'mid-1996')).toEqual(['DATE', '1996']);
    expect(valueOf('By the end of 1990, it had closed.', DCT, 'the end of 1990')).toEqual(['DATE', '1990']);
    expect(valueOf('Plans for the year two thousand were ready.', DCT, 'the year two thousand')).toEqual(['DATE', '2000']);
    expect(tag('It paid $1990 for 1,998 shares, or 2000 percent more.', DCT)).toEqual([]);
    // A percentage with a space before its sign, as some wires and text tools write it, or in British spelling.
    expect(tag('Demand for Tamiflu is up 1000 % and sales rose 1200 per cent.', DCT)).toEqual([]);
  });

  it('reads decades and centuries', () => {
    expect(valueOf('Prices rose in the 1990s.', DCT, 'the 1990s')).toEqual(['DATE', '199']);
    expect(valueOf('Prices rose in the late 1970s.', DCT, 'the late 1970s')).toEqual(['DATE', '197']);
    expect(valueOf('Prices rose in the nineties.', DCT, 'the nineties')).toEqual(['DATE', '199']);
    expect(valueOf('It was built in the 11th century.', DCT, 'the 11th century')).toEqual(['DATE', '10']);
  });

  it('reads seasons, with and without a year', () => {
    expect(valueOf('It happened in the winter of 1994.', DCT, 'the winter of 1994')).toEqual(['DATE', '1994-WI']);
    expect(valueOf('Sales slowed last fall.', '1989-11-02', 'last fall')).toEqual(['DATE', '1988-FA']);
    expect(valueOf('Sales slowed this summer.', DCT, 'this summer')).toEqual(['DATE', '1998-SU']);
    expect(tag('Prices fall when the spring water dries.', DCT)).toEqual([]);
  });

  it('reads a season named in January or February in the calendar year, not in the winter\'s', () => {
    // Only winter is dated by the year it starts in: in February 1998 the spring to come is 1998's.
    expect(valueOf('The sector is going to start getting beaten up in the spring.', '1998-02-06', 'the spring')).toEqual(['DATE', '1998-SP']);
    expect(valueOf('Sales slowed in the summer.', '1998-02-06', 'the summer')).toEqual(['DATE', '1997-SU']);
    expect(valueOf('Sales will slow next summer.', '1998-02-06', 'next summer')).toEqual(['DATE', '1998-SU']);
    expect(valueOf('Sales slowed last summer.', '1998-02-06', 'last summer')).toEqual(['DATE', '1997-SU']);
    expect(valueOf('Snow fell this winter.', '1998-02-06', 'this winter')).toEqual(['DATE', '1997-WI']);
  });

  it('reads a season after "into": "well into the summer"', () => {
    expect(valueOf('Problems made it hard to meet demand well into the summer.', '1989-10-26', 'the summer')).toEqual(['DATE', '1989-SU']);
  });

  it('reads quarters and halves against the DCT and the quarter under discussion', () => {
    const text = 'Net income rose in the third quarter. Third-quarter sales rose 5%, and a year earlier the company lost money. The quarter ended well. Sales in the first half of 1990 will be flat.';
    expect(tag(text, '1989-11-02')).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['Third-quarter', 'DATE', '1989-Q3'],
      ['a year earlier', 'DATE', '1988-Q3'],
      ['The quarter', 'DATE', '1989-Q3'],
      ['the first half of 1990', 'DATE', '1990-H1'],
    ]);
    expect(valueOf('It compares with the year-ago quarter.', '1989-11-02', 'the year-ago quarter')).toEqual(['DATE', '1988-Q3']);
    expect(valueOf('Profit in the latest quarter doubled.', '1989-11-02', 'the latest quarter')).toEqual(['DATE', '1989-Q3']);
  });
});

describe('holidays', () => {
  it('computes fixed and movable holidays in the year the tense points to', () => {
    expect(valueOf('Families gathered on Thanksgiving Day.', '2000-01-07', 'Thanksgiving Day')).toEqual(['DATE', '1999-11-25']);
    expect(valueOf('Protests began as Easter week started.', '2000-04-17', 'Easter week')).toEqual(['DATE', '2000-W16']);
    expect(valueOf('Stores will close on Christmas.', '2019-02-25', 'Christmas')).toEqual(['DATE', '2019-12-25']);
    expect(valueOf('Turnout was high on Election Day 1998.', '2019-02-25', 'Election Day 1998')).toEqual(['DATE', '1998-11-03']);
    expect(valueOf('Easter 2024 came early.', '2019-02-25', 'Easter 2024')).toEqual(['DATE', '2024-03-31']);
  });
});
