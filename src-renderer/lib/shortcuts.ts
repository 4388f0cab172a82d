/** What a keyboard shortcut asks for. */
export type ShortcutAction = 'text-larger' | 'text-smaller' | 'text-reset' | 'cycle-theme' | 'next-article' | 'previous-article';

/** The keys of an event that shortcuts look at. */
export type ShortcutKeys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The shortcuts as shown to the user (aria-keyshortcuts and tooltips), Ctrl on Windows and Linux, Cmd on macOS. */
export const SHORTCUT_LABELS: Record<ShortcutAction, string> = {
  'text-larger': 'Control+=',
  'text-smaller': 'Control+-',
  'text-reset': 'Control+0',
  'cycle-theme': 'Control+Shift+L',
  'next-article': 'Alt+ArrowDown',
  'previous-article': 'Alt+ArrowUp',
};

/** The action a key press asks for, or null. Ctrl and Cmd are the same key here. */
export function matchShortcut(event: ShortcutKeys): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    if (event.shiftKey && event.key.toLowerCase() === 'l') return 'cycle-theme';
    if (event.key === '=' || event.key === '+') return 'text-larger';
    if (event.key === '-' || event.key === '_') return 'text-smaller';
    if (event.key === '0' && !event.shiftKey) return 'text-reset';
  }
  if (event.altKey && !command && !event.shiftKey) {
    if (event.key === 'ArrowDown') return 'next-article';
    if (event.key === 'ArrowUp') return 'previous-article';
  }
  return null;
}
