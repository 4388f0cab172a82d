import { describe, expect, it } from 'vitest';
import { describePassage, reanchor } from '../../../src-main/core/anchoring';
import type { NoteTarget } from '../../../src-main/shared/annotation';

const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);
const FILLER = 'The talks went on for most of the afternoon and no statement followed them, aides said later in the evening.';

function targetFor(text: string, passage: string): NoteTarget {
  const start = text.indexOf(passage);
  return { textHash: HASH, ...describePassage(text, start, start + passage.length) };
}

/** True when the anchor is null or lies inside the first occurrence of `region` in `text`. */
function isOrphanedOrInside(text: string, anchor: { start: number; end: number } | null, region: string): boolean {
  if (!anchor) return true;
  const start = text.indexOf(region);
  return anchor.start >= start && anchor.end <= start + region.length;
}

describe('reanchor when the quote repeats elsewhere (news repeats its phrases)', () => {
  it('does not move a note to an intact copy with half its context when its own passage was damaged in place', () => {
    const own = 'Moscow said Soviet women, children and invalids would be allowed to leave Iraq. President Gorbachev agreed.';
    const copy = 'Earlier they said Soviet women, children and invalids would be permitted to leave Iraq. Spokesmen declined to comment.';
    const text = [own, FILLER, FILLER, copy].join('\n\n');
    const target = targetFor(text, 'invalids would be');
    const damagedOwn = own.replace('invalids would be', 'invalids woin uld be');
    const edited = [damagedOwn, FILLER, FILLER, copy].join('\n\n');
    expect(isOrphanedOrInside(edited, reanchor(edited, OTHER_HASH, target), damagedOwn)).toBe(true);
  });

  it('does not move a note to an intact copy whose context agrees no better than the damaged passage’s', () => {
    const own = 'Shares of the steel maker closed at $10.625 in composite trading on the New York Stock Exchange.';
    const copy = 'Its shares rose sharply in heavy composite trading on the New York Stock Exchange.';
    const text = [own, FILLER, FILLER, copy].join('\n\n');
    const target = targetFor(text, 'the New York Stock Exchange.');
    const damagedOwn = own.replace('$10.625 in composite', '25 in compsaid osite').replace('the New York Stock Exchange.', 'the New Yorksa Stocsaid k Exchange.');
    const edited = [damagedOwn, FILLER, FILLER, copy].join('\n\n');
    expect(isOrphanedOrInside(edited, reanchor(edited, OTHER_HASH, target), damagedOwn)).toBe(true);
  });

  it('still follows a passage that moved intact when a weaker copy of its quote stays behind', () => {
    const own = 'Moscow said Soviet women, children and invalids would be allowed to leave Iraq. President Gorbachev agreed.';
    const copy = 'Earlier they said Soviet women, children and invalids would be permitted to leave Iraq. Spokesmen declined to comment.';
    const text = [own, FILLER, copy, FILLER].join('\n\n');
    const target = targetFor(text, 'invalids would be');
    const moved = [copy, FILLER, FILLER, own].join('\n\n');
    const anchor = reanchor(moved, OTHER_HASH, target);
    expect(anchor?.start).toBe(moved.indexOf(own) + own.indexOf('invalids would be'));
  });
});

describe('reanchor of a passage that lost its last words', () => {
  const text = `${FILLER}\n\nThe firm sells travel related technology. Farkas will move to the company's U.S. headquarters in Boston.`;
  const target = targetFor(text, 'will move to');

  it('does not stretch the passage over the words that followed it', () => {
    const edited = text.replace('will move to the', 'will the');
    const anchor = reanchor(edited, OTHER_HASH, target);
    expect(anchor === null || !edited.slice(anchor.start, anchor.end).includes('the')).toBe(true);
  });

  it('ends the passage where its context begins when one word is lost', () => {
    const edited = text.replace('will move to the', 'will move the');
    const anchor = reanchor(edited, OTHER_HASH, target);
    expect(edited.slice(anchor?.start, anchor?.end).trim()).toBe('will move');
  });
});
