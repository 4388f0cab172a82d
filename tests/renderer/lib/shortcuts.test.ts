import { describe, expect, it } from 'vitest';
import { matchShortcut, type ShortcutKeys } from '../../../src-renderer/lib/shortcuts';

const keys = (key: string, modifiers: Partial<ShortcutKeys> = {}): ShortcutKeys => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('matchShortcut', () => {
  it.each([
    [keys('=', { ctrlKey: true }), 'text-larger'],
    [keys('+', { metaKey: true, shiftKey: true }), 'text-larger'],
    [keys('-', { ctrlKey: true }), 'text-smaller'],
    [keys('0', { metaKey: true }), 'text-reset'],
    [keys('L', { ctrlKey: true, shiftKey: true }), 'cycle-theme'],
    [keys('ArrowDown', { altKey: true }), 'next-article'],
    [keys('ArrowUp', { altKey: true }), 'previous-article'],
    [keys('N', { ctrlKey: true, shiftKey: true }), 'all-notes'],
  ] as const)('maps %j to %s', (event, action) => {
    expect(matchShortcut(event)).toBe(action);
  });

  it.each([keys('='), keys('l', { ctrlKey: true }), keys('ArrowDown'), keys('ArrowDown', { altKey: true, ctrlKey: true }), keys('a', { ctrlKey: true }), keys('n', { ctrlKey: true })])(
    'ignores %j',
    (event) => {
      expect(matchShortcut(event)).toBeNull();
    },
  );
});
