import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage, reanchor } from '../../../src-main/core/anchoring';
import type { NoteTarget } from '../../../src-main/shared/annotation';

const TEXT =
  'China’s counterterror efforts should be applauded, a senior Chinese diplomat told foreign envoys on Friday.\n\n' +
  'Chinese officials briefed diplomats from more than 80 countries about Xinjiang, the ministry said yesterday.\n\n' +
  'Diplomatic sources last week told reporters that Western diplomats would attend.';
const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);

function targetFor(text: string, passage: string, occurrence = 0): NoteTarget {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(passage, start + 1);
  return { textHash: HASH, ...describePassage(text, start, start + passage.length) };
}

describe('describePassage', () => {
  it('keeps the passage with up to 32 characters either side', () => {
    const { quote, position } = describePassage(TEXT, 10, 20);
    expect(quote.exact).toBe(TEXT.slice(10, 20));
    expect(quote.prefix).toBe(TEXT.slice(0, 10));
    expect(quote.suffix).toBe(TEXT.slice(20, 20 + CONTEXT_LENGTH));
    expect(position).toEqual({ start: 10, end: 20 });
  });
});

describe('reanchor', () => {
  const passage = 'briefed diplomats from more than 80 countries';
  const target = targetFor(TEXT, passage);

  it('keeps the position when the text is the one the note was made on', () => {
    expect(reanchor(TEXT, HASH, target)).toEqual({ ...target.position, method: 'unchanged' });
  });

  it('keeps the position when the quote is still there in a changed text', () => {
    const changed = TEXT.replace('80 countries about Xinjiang', '80 countries about the Xinjiang region');
    expect(reanchor(changed, OTHER_HASH, target)).toEqual({ ...target.position, method: 'position' });
  });

  it('follows a passage that moved', () => {
    const [first, second, third] = TEXT.split('\n\n');
    const moved = [third, first, second].join('\n\n');
    const anchor = reanchor(moved, OTHER_HASH, target);
    expect(anchor?.method).toBe('exact');
    expect(moved.slice(anchor?.start, anchor?.end)).toBe(passage);
  });

  it('finds a passage whose words were lightly edited', () => {
    const edited = `Breaking: ${TEXT.replace('briefed diplomats from more than 80 countries', 'briefed diplomats from more than eighty countries')}`;
    const anchor = reanchor(edited, OTHER_HASH, target);
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor?.start, anchor?.end)).toContain('briefed diplomats from more than eighty');
  });

  it('orphans a note whose passage is gone rather than move it to a look-alike', () => {
    const gone = TEXT.replace('Chinese officials briefed diplomats from more than 80 countries about Xinjiang, the ministry said yesterday.', 'The ministry gave no details.');
    expect(reanchor(`${gone}\n\nOfficials briefed journalists from more than 20 outlets.`, OTHER_HASH, target)).toBeNull();
  });

  it('chooses, among repeated words, the occurrence whose context matches', () => {
    const text = 'On Monday the ministry said it was ready. On Tuesday the ministry said it was not.';
    const second = targetFor(text, 'the ministry said', 1);
    const shifted = `Update at noon. ${text}`;
    const anchor = reanchor(shifted, OTHER_HASH, second);
    expect(anchor?.start).toBe(shifted.lastIndexOf('the ministry said'));
    const first = targetFor(text, 'the ministry said', 0);
    expect(reanchor(shifted, OTHER_HASH, first)?.start).toBe(shifted.indexOf('the ministry said'));
  });

  it('orphans a short passage that only survives elsewhere without its context', () => {
    const text = 'Prices rose on Friday. Markets were calm.';
    const short = targetFor(text, 'Friday');
    expect(reanchor('Completely different report. It rained on Friday in the north, officials noted.', OTHER_HASH, short)).toBeNull();
  });
});

describe('reanchor in news that repeats its phrasing', () => {
  it('does not move a note to a sentence that differs only in its numbers', () => {
    const text = 'Net income was $5 million, or 70 cents a share. Sales rose to $9.8 million from $8.9 million.\n\nIn the year-earlier quarter, the company lost $26,956, or two cents a share. Sales rose to $3 million from $2.9 million.';
    const target = targetFor(text, 'Sales rose to $3 million from $2.9 million.');
    const damaged = text.replace('Sales rose to $3 million from $2.9 million.', 'Sales rxse tq $3 mxllion frqm $2.9 mxllion.').replace('lost $26,956, or two cents', 'lost $26,956, or twq cents');
    const withoutIt = text.replace(' Sales rose to $3 million from $2.9 million.', '');
    const anchor = reanchor(damaged, OTHER_HASH, target);
    expect(damaged.slice(anchor?.start, anchor?.end)).toContain('$3 mxllion');
    expect(reanchor(withoutIt, OTHER_HASH, target)).toBeNull();
  });

  it('finds a passage damaged in place when its context still holds', () => {
    const passage = 'briefed diplomats from more than 80 countries';
    const damaged = TEXT.replace(passage, 'briefed dxplxmats frxm mxre than 80 cxuntries');
    const anchor = reanchor(damaged, OTHER_HASH, targetFor(TEXT, passage));
    expect(anchor?.start).toBe(damaged.indexOf('briefed dxplxmats'));
  });
});
