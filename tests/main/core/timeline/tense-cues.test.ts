import { describe, expect, it } from 'vitest';
import { valueOf } from './extract-helpers';

/** A Monday in a WSJ-era news week. */
const MONDAY = '1989-10-30';

describe('tense cues around a date written without its year or week', () => {
  it('reads an infinitive after a verb of intention as looking ahead', () => {
    expect(valueOf('Thermo agreed to purchase the line for $22 million in February.', MONDAY, 'February')).toEqual(['DATE', '1990-02']);
    expect(valueOf('The peace process is set to resume Monday in Belfast.', '1998-03-22', 'Monday')).toEqual(['DATE', '1998-03-23']);
    expect(valueOf('Guidelines to be published in November were outlined.', '1989-08-15', 'November')).toEqual(['DATE', '1989-11']);
  });

  it('reads a date a delay runs to as looking ahead, whatever the verb tense', () => {
    expect(valueOf('Officials postponed until Tuesday morning any action on the case.', '2000-03-30', 'Tuesday morning')).toEqual(['DATE', '2000-04-04TMO']);
    expect(valueOf('The judge adjourned the hearing until Monday.', '2000-03-30', 'Monday')).toEqual(['DATE', '2000-04-03']);
    expect(valueOf('The vote was delayed to Friday.', '2000-03-30', 'Friday')).toEqual(['DATE', '2000-03-31']);
    // A month far ahead still loses to a nearer past one.
    expect(valueOf('The officer has recessed the proceedings until November 15th.', '2011-02-03', 'November 15th')).toEqual(['DATE', '2010-11-15']);
    // Waiting is no delay of a date: the past Tuesday.
    expect(valueOf('He waited until Tuesday to speak.', '2000-03-30', 'Tuesday')).toEqual(['DATE', '2000-03-28']);
  });

  it('takes the tense of an arrangement from the clause verb, not from a participle after its noun', () => {
    expect(valueOf('A memorial service planned at the university for Saturday was canceled.', '1999-10-24', 'Saturday')).toEqual(['DATE', '1999-10-23']);
    expect(valueOf('A rally planned for Saturday will go ahead.', '1999-10-24', 'Saturday')).toEqual(['DATE', '1999-10-30']);
    // Without a verb of its own the arrangement lies ahead.
    expect(valueOf('Crowds gathered for a march planned for Tuesday.', '2011-01-31', 'Tuesday')).toEqual(['DATE', '2011-02-01']);
    expect(valueOf('He will not run in elections scheduled for September, but vowed to stay.', '2011-02-01', 'September')).toEqual(['DATE', '2011-09']);
  });

  it('does not read an infinitive of purpose or a noun of intention as the future', () => {
    expect(valueOf('Celebrations were staged to mark the entry into NATO on Friday.', '1999-03-13', 'Friday')).toEqual(['DATE', '1999-03-12']);
    expect(valueOf('Rivals extended their offers to acquire the maker Friday.', MONDAY, 'Friday')).toEqual(['DATE', '1989-10-27']);
  });

  it('takes a verb form after a determiner or a modifying adverb as a noun or an adjective', () => {
    expect(valueOf('The thrift announced the plan Aug. 21.', '1989-10-27', 'Aug. 21')).toEqual(['DATE', '1989-08-21']);
    expect(valueOf('The split would be paid on a still unspecified date in January.', '1989-10-26', 'January')).toEqual(['DATE', '1990-01']);
    expect(valueOf('On Friday the hastily planned trip began.', '1998-08-17', 'Friday')).toEqual(['DATE', '1998-08-14']);
    expect(valueOf('Shareholders approved the expected merger in January.', '1989-10-26', 'January')).toEqual(['DATE', '1989-01']);
    // An adverb before a finite verb leaves it a verb.
    expect(valueOf('The company already plans to close the plant Friday.', '1998-08-17', 'Friday')).toEqual(['DATE', '1998-08-21']);
  });

  it('reads "plan" as the future only before "to"', () => {
    expect(valueOf('On Friday, officials set aside vacation plans.', '1998-08-17', 'Friday')).toEqual(['DATE', '1998-08-14']);
    expect(valueOf('On Friday, the company plans to sell the unit.', '1998-08-17', 'Friday')).toEqual(['DATE', '1998-08-21']);
  });

  it('reads an arrangement that "had been" made as past', () => {
    expect(valueOf('The offer had been scheduled to expire at midnight Friday.', MONDAY, 'midnight Friday')).toEqual(['TIME', '1989-10-27T24:00']);
    expect(valueOf('It had been due to expire Friday evening.', MONDAY, 'Friday evening')).toEqual(['DATE', '1989-10-27TEV']);
  });

  it('reads the present perfect as present and "effective" as looking ahead', () => {
    expect(valueOf('Lenders have extended the company loans through January.', MONDAY, 'January')).toEqual(['DATE', '1990-01']);
    // "has"/"have" mark the present whatever participle follows, irregular ones too.
    expect(valueOf('The service has given the relatives until 9 a.m. Tuesday to sign.', '2000-04-03', '9 a.m. Tuesday')).toEqual(['TIME', '2000-04-04T09:00']);
    expect(valueOf('The company has 45 banks and will report Thursday.', MONDAY, 'Thursday')).toEqual(['DATE', '1989-11-02']);
    expect(valueOf('The company created an office of the chairman, effective Feb. 1.', '1989-10-26', 'Feb. 1')).toEqual(['DATE', '1990-02-01']);
  });

  it('reads on past periods that do not end the sentence: decimals, abbreviations, initials', () => {
    expect(valueOf('In January, a week after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham, Ala., killed a guard.', '1998-10-25', 'January')).toEqual(['DATE', '1998-01']);
    expect(valueOf('In March the index, at 3.8 percent, will rise.', '1998-10-25', 'March')).toEqual(['DATE', '1999-03']);
    expect(valueOf('Mr. Schwarz will succeed Daniel P. Davison Feb. 1.', '1989-10-26', 'Feb. 1')).toEqual(['DATE', '1990-02-01']);
  });

  it('reads "next to" as a place and "succeed" as no past form', () => {
    expect(valueOf('A bomb went off next to the U.S. embassy Friday.', '1998-08-08', 'Friday')).toEqual(['DATE', '1998-08-07']);
    expect(valueOf('He will succeed him Friday.', '1998-08-05', 'Friday')).toEqual(['DATE', '1998-08-07']);
  });

  it('reads a date "ahead of" which something happens as still to come, whatever the verb', () => {
    expect(valueOf('Traders squared positions ahead of the weekend.', MONDAY, 'the weekend')).toEqual(['DATE', '1989-W44-WE']);
    expect(valueOf('Shares rose ahead of Friday.', '1998-08-19', 'Friday')).toEqual(['DATE', '1998-08-21']);
  });

  it('counts "since" a date from the past whatever the verb', () => {
    expect(valueOf('Talks will go on as they have since Sept. 20.', '1998-01-05', 'Sept. 20')).toEqual(['DATE', '1997-09-20']);
  });
});
