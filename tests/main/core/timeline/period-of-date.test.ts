import { describe, expect, it } from 'vitest';
import { tag, valueOf } from './extract-helpers';

describe('periods named by a date or a year they hold', () => {
  it('reads "the week of" a date as the ISO week holding it, across a year boundary too', () => {
    expect(valueOf('A hearing is set for the week of March 6.', '2000-02-24', 'the week of March 6')).toEqual(['DATE', '2000-W10']);
    expect(valueOf('Talks resume the week of Jan. 1, 2001.', '2000-12-20', 'the week of Jan. 1, 2001')).toEqual(['DATE', '2001-W01']);
    expect(valueOf('Talks were held the week of Jan. 1, 1999.', '1999-02-01', 'the week of Jan. 1, 1999')).toEqual(['DATE', '1998-W53']);
  });

  it('counts "the day before" or "the day after" from a named weekday or date', () => {
    expect(valueOf("The day before last Tuesday's hearing, he went home.", '2000-02-24', 'The day before last Tuesday')).toEqual(['DATE', '2000-02-21']);
    expect(valueOf('He will leave the day after Friday.', '1998-02-25', 'the day after Friday')).toEqual(['DATE', '1998-02-28']);
    expect(valueOf('She died the day after Oct. 23, 1998.', '1999-04-19', 'the day after Oct. 23, 1998')).toEqual(['DATE', '1998-10-24']);
    expect(valueOf('It opened the day before March 1.', '2000-03-10', 'the day before March 1')).toEqual(['DATE', '2000-02-29']);
  });

  it('reads the halves of a named year, also as two quarters', () => {
    expect(valueOf('Earnings will be lower for the last half of 1989.', '1989-10-26', 'the last half of 1989')).toEqual(['DATE', '1989-H2']);
    expect(valueOf('Sales rose in the latter half of 1990.', '1991-03-01', 'the latter half of 1990')).toEqual(['DATE', '1990-H2']);
    expect(valueOf('The slump lasts through the first two quarters of 1990.', '1989-10-26', 'the first two quarters of 1990')).toEqual(['DATE', '1990-H1']);
    // A hedge before the period does not cut the year off it; "next year" names the year too.
    expect(valueOf('Losses go on through at least the first two quarters of 1990.', '1989-10-26', 'at least the first two quarters of 1990')).toEqual(['DATE', '1990-H1']);
    expect(valueOf('Sales recover in the last two quarters of next year.', '1989-10-26', 'the last two quarters of next year')).toEqual(['DATE', '1990-H2']);
    // No such period: the parts are read on their own.
    expect(tag('in the second two quarters of 1990', '1989-10-26').map(([text]) => text)).not.toContain('the second two quarters of 1990');
  });

  it('reads the second day of a pair written with one month as a date of that month and year', () => {
    expect(tag('The summit is on April 24 and 25.', '1999-02-10')).toEqual([['April 24', 'DATE', '1999-04-24'], ['25', 'DATE', '1999-04-25']]);
    expect(tag('They met Dec. 30 and 31 in Rome.', '2000-01-05')).toEqual([['Dec. 30', 'DATE', '1999-12-30'], ['31', 'DATE', '1999-12-31']]);
    expect(valueOf('Talks were held May 3-4, 1998, in Oslo.', '1999-02-10', '4, 1998')).toEqual(['DATE', '1998-05-04']);
    // A number followed by a noun or a unit is an amount.
    expect(tag('On March 5 and 6 people died.', '1999-02-10')).toEqual([['March 5', 'DATE', '1999-03-05']]);
    expect(tag('It rose on Jan. 3 and 4 percent on Jan. 5 and 45,000 units.', '1999-02-10').map(([text]) => text)).toEqual(['Jan. 3', 'Jan. 5']);
  });
});
