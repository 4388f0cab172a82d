import { describe, expect, it } from 'vitest';
import { tag, valueOf } from './extract-helpers';

const DCT = '1989-11-02';

describe('comparisons in financial reports', () => {
  it('compares a span of months with the same span a year before, written as its year', () => {
    const text = 'Net rose in the third quarter. For the nine months, net was $9 million, up from $8 million a year earlier.';
    expect(valueOf(text, DCT, 'a year earlier')).toEqual(['DATE', '1988']);
    expect(valueOf('Net rose in the third quarter. For the nine months, it lost $5 million against year-earlier net of $2 million.', DCT, 'year-earlier')).toEqual(['DATE', '1988']);
    expect(valueOf('In the first nine months, net was $306 million, against a loss in the 1988 period.', DCT, 'the 1988 period')).toEqual(['DATE', '1988']);
  });

  it('still compares a quarter with the quarter a year before', () => {
    expect(valueOf('Net rose in the third quarter, up from $8 million a year earlier.', DCT, 'a year earlier')).toEqual(['DATE', '1988-Q3']);
  });

  it('reads "last year\'s quarter" as the quarter under discussion a year before', () => {
    expect(valueOf("Sales rose in the third quarter. Sales for last year's quarter were $3 million.", DCT, "last year's quarter")).toEqual(['DATE', '1988-Q3']);
    expect(valueOf("Profit fell in the second quarter, against this year's comparable period.", DCT, "this year's comparable period")).toEqual(['DATE', '1989-Q2']);
  });

  it('compares a past-tense "year-ago period" with the reported quarter, not a forecast one', () => {
    const text = 'Profit fell in the third quarter. Analysts see losses through the third quarter of 1990. In the year-ago period, the company earned $101 million.';
    expect(valueOf(text, '1989-10-26', 'the year-ago period')).toEqual(['DATE', '1988-Q3']);
  });

  it('names a quarter by its closing date: the calendar quarter holding most of its days', () => {
    expect(valueOf('In the quarter ended July 31, Jayark had 5.6 million shares.', DCT, 'the quarter')).toEqual(['DATE', '1989-Q2']);
    expect(valueOf('Revenue for the quarter ended Sept. 30 rose 4%, from $3 million a year earlier.', DCT, 'a year earlier')).toEqual(['DATE', '1988-Q3']);
    expect(valueOf('The quarter ending Jan. 31, 1990, will be weak.', DCT, 'The quarter')).toEqual(['DATE', '1989-Q4']);
    // A quarter the text already named keeps the company's own number.
    expect(valueOf('It earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.', DCT, 'the quarter')).toEqual(['DATE', '1989-Q1']);
  });

  it('reads "the latest period" as the quarter the report named, whatever its fiscal number', () => {
    const text = 'Ralston reported a decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.';
    expect(valueOf(text, DCT, 'the latest period')).toEqual(['DATE', '1989-Q4']);
    const fiscal = 'It posted net income for the fiscal second-quarter of $8.6 million. Sales rose in the quarter ended Sept. 30. The latest period includes gains.';
    expect(valueOf(fiscal, '1989-10-26', 'The latest period')).toEqual(['DATE', '1989-Q2']);
    // Without a named quarter it is the last one completed before the DCT.
    expect(valueOf('Sales in the latest quarter rose.', DCT, 'the latest quarter')).toEqual(['DATE', '1989-Q3']);
  });

  it('keeps the reported quarter as the subject past a forecast aside about another one', () => {
    const text = 'Travelers posted third-quarter net of $5 million. It said the earthquake last month will result in a fourth-quarter charge. Earnings fell 59% in the latest quarter, against $6.1 million a year ago.';
    expect(valueOf(text, DCT, 'the latest quarter')).toEqual(['DATE', '1989-Q3']);
    expect(valueOf(text, DCT, 'a year ago')).toEqual(['DATE', '1988-Q3']);
    // The first quarter named is the subject even when forecast.
    expect(valueOf('Hadson said it expects a third-quarter loss. A year earlier, net was $2 million.', DCT, 'A year earlier')).toEqual(['DATE', '1988-Q3']);
  });

  it('keeps the reported quarter past a quarter described in passing ("after a flat second quarter")', () => {
    const text = 'Kimberly-Clark posted a gain in third-quarter net. After a flat second quarter, it cited its consumer businesses. Charges were taken in the year-earlier period.';
    expect(valueOf(text, '1989-11-01', 'the year-earlier period')).toEqual(['DATE', '1988-Q3']);
  });

  it('reads "the quarter" as the quarter the report named, even with other dates mentioned since', () => {
    const text = 'Sun earned $5 million in the fiscal first quarter, ended Sept. 29. Earlier this month, it said it expected to break even for the quarter.';
    expect(valueOf(text, '1989-10-26', 'the quarter')).toEqual(['DATE', '1989-Q1']);
    const compared = 'Net rose in the third quarter. In the 1988 period, it earned less. Sun shipped 28,000 systems in April. Sales rose in the quarter.';
    expect(valueOf(compared, '1989-10-26', 'the quarter')).toEqual(['DATE', '1989-Q3']);
  });

  it('keeps the reported quarter past a mention of the quarter still running at the DCT', () => {
    const text = 'Aetna posted third-quarter net of $5 million. It has no estimate of the impact on fourth-quarter results. In the latest quarter, it had a loss.';
    expect(valueOf(text, '1989-10-30', 'the latest quarter')).toEqual(['DATE', '1989-Q3']);
  });

  it('leaves the determiner of the noun out of a quarter used as an adjective ("a third-quarter loss")', () => {
    expect(tag('Savin reported a third-quarter net loss.', DCT)).toEqual([['third-quarter', 'DATE', '1989-Q3']]);
    expect(tag('It posted net for the fiscal second-quarter of $8.6 million.', DCT)).toEqual([['fiscal second-quarter', 'DATE', '1989-Q2']]);
    expect(tag('Net rose in the third quarter.', DCT)).toEqual([['the third quarter', 'DATE', '1989-Q3']]);
  });

  it('does not read "quarter" in a compound adjective as a period', () => {
    expect(tag('The quarter-to-quarter comparison was also enhanced.', DCT)).toEqual([]);
  });

  it('reads a figure compared with "last year" in a quarterly report as the quarter a year before', () => {
    expect(valueOf('Third-quarter net was $24 million, compared with a loss of $3 million last year.', DCT, 'last year')).toEqual(['DATE', '1988-Q3']);
    expect(valueOf("Sales in the third quarter were $1.76 billion, up from last year's $1.55 billion.", DCT, 'last year')).toEqual(['DATE', '1988-Q3']);
    // Not a compared figure, or no quarter under discussion: the calendar year.
    expect(valueOf('Third-quarter net will be lower than the 16 cents it reported last year.', DCT, 'last year')).toEqual(['DATE', '1988']);
    expect(valueOf('Sales were $1.76 billion, up from $1.55 billion last year.', DCT, 'last year')).toEqual(['DATE', '1988']);
  });

  it('reads "the 1988 quarter" as the quarter under discussion, else the last one completed', () => {
    expect(valueOf('Kirschner earned $376,000 in the 1988 quarter.', '1989-10-30', 'the 1988 quarter')).toEqual(['DATE', '1988-Q3']);
    expect(valueOf('Profit fell in the second quarter. It had risen in the 1988 quarter.', '1989-10-30', 'the 1988 quarter')).toEqual(['DATE', '1988-Q2']);
  });

  it('keeps the quarter, not its closing date, as the period a comparison refers to', () => {
    const text = 'Sales for the quarter ended Sept. 30 rose 39% from $388.5 million a year earlier.';
    expect(tag(text, '1989-10-26')).toEqual([
      ['the quarter', 'DATE', '1989-Q3'],
      ['Sept. 30', 'DATE', '1989-09-30'],
      ['a year earlier', 'DATE', '1988-Q3'],
    ]);
    // With no quarter under discussion, the closing date is the reference as any date is.
    expect(valueOf('Net rose in 1988. Net for the six months ended Aug. 12 fell from C$18.1 million a year earlier.', '1989-10-26', 'a year earlier')).toEqual(['DATE', '1988-08-12']);
  });

  it('reads a year closed by a date as a twelve-month duration, and "for the year" as the year', () => {
    expect(valueOf('Revenue was $980 million in the year ended March 31.', '1989-10-31', 'the year')).toEqual(['DURATION', 'P1Y']);
    expect(valueOf('In the fiscal year ended Jan. 31, sales were $59.5 million.', '1989-10-31', 'the fiscal year')).toEqual(['DURATION', 'P1Y']);
    expect(valueOf('For the year, pet food volume was flat.', DCT, 'the year')).toEqual(['DATE', '1989']);
  });

  it('reads "for the fiscal year" without a closing date as the fiscal year itself, as "for the full year" is', () => {
    expect(valueOf('The drop in net income will result in lower earnings for the fiscal year.', DCT, 'the fiscal year')).toEqual(['DATE', '1989']);
    expect(valueOf('Kellogg forecast an earnings increase for the full year.', DCT, 'the full year')).toEqual(['DATE', '1989']);
  });

  it('reads "the year-earlier nine months" as a span', () => {
    expect(valueOf('Net for the year-earlier nine months included a gain.', DCT, 'the year-earlier nine months')).toEqual(['DURATION', 'P9M']);
  });
});

describe('anaphoric weekdays', () => {
  it('counts "the previous Friday" from the day under discussion', () => {
    const text = 'The index fell Friday, down 4.5% from the previous Friday.';
    expect(tag(text, '1989-10-30')).toEqual([
      ['Friday', 'DATE', '1989-10-27'],
      ['the previous Friday', 'DATE', '1989-10-20'],
    ]);
  });
});
