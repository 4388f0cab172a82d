import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../../../src-main/core/timeline/merge-events';
import { collectionArticle } from './collection-helpers';

describe('merging the events of several articles', () => {
  it('makes the same happening told by two sources one event listing both', () => {
    const reuters = collectionArticle('Protesters clashed with riot police in central Cairo on Friday, leaving dozens injured.', '2011-01-29', 'Reuters');
    const cnn = collectionArticle('On Friday, riot police clashed with thousands of protesters in central Cairo and dozens were injured.', '2011-01-30', 'CNN');
    const events = mergeEvents([cnn, reuters]);
    expect(events).toHaveLength(1);
    expect(events[0]?.value).toBe('2011-01-28');
    expect(events[0]?.sources.map((source) => source.source)).toEqual(['Reuters', 'CNN']);
    expect(events[0]?.sources[1]?.quote).toContain('riot police clashed');
  });

  it('keeps different happenings on the same date apart', () => {
    const first = collectionArticle('An earthquake struck Port-au-Prince on Tuesday, destroying the presidential palace.', '2010-01-14');
    const second = collectionArticle('The central bank raised interest rates on Tuesday to curb inflation.', '2010-01-14', 'AP');
    const events = mergeEvents([first, second]);
    expect(events.map((event) => event.value)).toEqual(['2010-01-12', '2010-01-12']);
    expect(events.every((event) => event.sources.length === 1)).toBe(true);
  });

  it('keeps the same words on different dates apart', () => {
    const first = collectionArticle('Protesters clashed with riot police in central Cairo on Friday.', '2011-01-29');
    const second = collectionArticle('Protesters clashed with riot police in central Cairo on Friday.', '2011-02-05', 'CNN');
    expect(mergeEvents([first, second]).map((event) => event.value)).toEqual(['2011-01-28', '2011-02-04']);
  });

  it('answers the same timeline whatever order the articles come in', () => {
    const articles = [
      collectionArticle('Rebels took the town of Brega on Monday after heavy fighting.', '2011-03-02'),
      collectionArticle('On Monday rebels seized Brega following heavy fighting, witnesses said.', '2011-03-01', 'CNN'),
      collectionArticle('NATO began air strikes on Saturday.', '2011-03-21', 'BBC'),
    ];
    const forward = mergeEvents(articles);
    expect(mergeEvents([...articles].reverse())).toEqual(forward);
    expect(forward.map((event) => [event.startDay, event.sources.length])).toEqual([
      ['2011-02-28', 2],
      ['2011-03-19', 1],
    ]);
  });
});
