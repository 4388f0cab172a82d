import { describe, expect, it } from 'vitest';
import { deriveTitle, firstSentence, MAX_DERIVED_TITLE_LENGTH } from '../../../src-main/core/derive-title';

describe('firstSentence', () => {
  it('stops at the first full stop before a capital', () => {
    expect(firstSentence('Prices rose. Markets fell.')).toBe('Prices rose.');
  });
  it('does not stop at initials such as U.S.', () => {
    expect(firstSentence('U.S. officials met on Friday. They left.')).toBe('U.S. officials met on Friday.');
  });
  it('keeps a closing quote with its sentence', () => {
    expect(firstSentence('“We will win.” He left.')).toBe('“We will win.”');
  });
});

describe('deriveTitle', () => {
  it('keeps a short first sentence whole, without its full stop', () => {
    expect(deriveTitle('Prices rose sharply. Markets fell.')).toBe('Prices rose sharply');
  });
  it('shortens a long sentence at a word boundary with an ellipsis', () => {
    const title = deriveTitle(`${'word '.repeat(40)}end.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE_LENGTH + 1);
    expect(title).not.toMatch(/\s…$/);
  });
  it('names an empty text', () => {
    expect(deriveTitle('')).toBe('Untitled article');
  });
});
