import { describe, expect, it } from 'vitest';
import { rankKeyDates, tidySentence } from '../../../../src-main/core/timeline/key-dates';
import { defaultKeyDateCount } from '../../../../src-main/shared/timeline-limits';
import { collectionArticle } from './collection-helpers';

const story = [
  collectionArticle('A powerful earthquake struck Haiti on Tuesday, flattening much of the capital Port-au-Prince.', '2010-01-13'),
  collectionArticle('Rescuers searched the rubble of Port-au-Prince for survivors of the earthquake.', '2010-01-13', 'BBC'),
  collectionArticle('The quake that hit Haiti on Tuesday killed thousands, officials said.', '2010-01-15', 'CNN'),
  collectionArticle('Aid began to arrive at the airport. The earthquake on January 12 destroyed the port.', '2010-01-16', 'AP'),
  collectionArticle('Looting spread through the city as aid trickled in to the survivors.', '2010-01-16', 'BBC'),
  collectionArticle('A strong aftershock shook Port-au-Prince on Wednesday, sending people into the streets.', '2010-01-21'),
];

describe('key dates', () => {
  it('ranks first the day most articles point at, then the busiest publication day', () => {
    const keyDates = rankKeyDates(story, { count: 3 });
    expect(keyDates.map((keyDate) => keyDate.value)).toEqual(['2010-01-12', '2010-01-13', '2010-01-16']);
    expect(keyDates[0]).toMatchObject({ mentionCount: 3, publishedCount: 0, articleCount: 3 });
    expect(keyDates[1]?.publishedCount).toBe(2);
  });

  it('summarises each date with sentences that cite it, each with its source', () => {
    const [first] = rankKeyDates(story, { count: 1, sentences: 2 });
    expect(first?.summary.length).toBe(2);
    expect(first?.summary.every((sentence) => /quake|earthquake/i.test(sentence))).toBe(true);
    expect(first?.sources.map((source) => source.quote)).toEqual(first?.summary);
    expect(first?.sources.every((source) => source.key !== null)).toBe(true);
  });

  it('shows a summary sentence without a live blog’s stamp or a picture’s credit before it', () => {
    expect(tidySentence('(Update 10:25 p.m. in Cairo) - Banks will stay closed.')).toBe('Banks will stay closed.');
    expect(tidySentence('Photograph : PA An outbreak at a Birmingham school led to 44 new cases yesterday .')).toBe('An outbreak at a Birmingham school led to 44 new cases yesterday .');
  });

  it('gives exactly the number asked for, or every day when there are fewer', () => {
    expect(rankKeyDates(story, { count: 2 })).toHaveLength(2);
    const all = rankKeyDates(story, { count: 100 });
    expect(new Set(all.map((keyDate) => keyDate.value)).size).toBe(all.length);
    expect(all.length).toBeLessThan(100);
    expect(rankKeyDates([], { count: 5 })).toEqual([]);
  });

  it('counts the later articles that name a day, not how often one article repeats it', () => {
    const talks = [
      collectionArticle('Ministers met on Monday in Geneva to discuss the ceasefire plan, officials said. They met again on Monday night and on Monday the talks ended.', '2010-01-20'),
      collectionArticle('The ceasefire that was agreed on Saturday in Geneva held through the night, officials said.', '2010-01-20'),
      collectionArticle('The ceasefire agreed on Saturday in Geneva still held, monitors said on the ground.', '2010-01-21'),
    ];
    const values = rankKeyDates(talks, { count: 10 }).map((keyDate) => keyDate.value);
    expect(values.indexOf('2010-01-16')).toBeLessThan(values.indexOf('2010-01-18'));
    expect(rankKeyDates(talks, { count: 10 }).find((keyDate) => keyDate.value === '2010-01-18')).toMatchObject({ mentionCount: 3, articleCount: 1 });
  });

  it('leaves out announced days after the last article and dates coarser than a day', () => {
    const plans = [
      collectionArticle('Aid convoys will reach the city on Friday, the agency said in a statement. Last week the roads were closed.', '2010-01-21'),
      collectionArticle('The ceasefire agreed on Saturday in Geneva still held, monitors said on the ground.', '2010-01-21'),
    ];
    expect(plans[0]?.events.map((event) => [event.startDay, event.granularity]).sort()).toEqual([['2010-01-11', 'week'], ['2010-01-22', 'day']]);
    expect(rankKeyDates(plans, { count: 10 }).map((keyDate) => keyDate.value)).toEqual(['2010-01-16', '2010-01-21']);
  });

  it('opens on a number of key dates that grows with the collection, more slowly than it', () => {
    expect(defaultKeyDateCount(0)).toBe(0);
    expect(defaultKeyDateCount(3)).toBe(6);
    expect(defaultKeyDateCount(100)).toBe(20);
    expect(defaultKeyDateCount(1000)).toBeGreaterThan(defaultKeyDateCount(100));
    expect(defaultKeyDateCount(1000)).toBeLessThan(100);
  });
});
