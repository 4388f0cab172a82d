/** What a keyboard shortcut asks for. */
export type ShortcutAction = 'text-larger' | 'text-smaller' | 'text-reset' | 'cycle-theme' | 'next-article' | 'previous-article' | 'toggle-timeline' | 'search' | 'all-notes';

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
  'toggle-timeline': 'Control+Shift+T',
  search: 'Control+K',
  'all-notes': 'Control+Shift+N',
};

/** The action a key press asks for, or null. Ctrl and Cmd are the same key here. */
export function matchShortcut(event: ShortcutKeys): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    if (event.shiftKey && event.key.toLowerCase() === 'l') return 'cycle-theme';
    if (event.shiftKey && event.key.toLowerCase() === 't') return 'toggle-timeline';
    if (event.shiftKey && event.key.toLowerCase() === 'n') return 'all-notes';
    if (!event.shiftKey && event.key.toLowerCase() === 'k') return 'search';
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

/** What a key press asks of the reading view and its notes. */
export type ReaderAction =
  | 'highlight-selection'
  | 'note-selection'
  | 'undo'
  | 'redo'
  | 'next-note'
  | 'previous-note'
  | 'next-sentence'
  | 'previous-sentence'
  | 'extend-next-sentence'
  | 'extend-previous-sentence'
  | 'escape';

/** The reading view's shortcuts as shown to the user. */
export const READER_SHORTCUT_LABELS: Record<Exclude<ReaderAction, 'escape'>, string> = {
  'highlight-selection': 'Control+Alt+H',
  'note-selection': 'Control+Alt+N',
  undo: 'Control+Z',
  redo: 'Control+Shift+Z',
  'next-note': 'Control+Alt+ArrowDown',
  'previous-note': 'Control+Alt+ArrowUp',
  'next-sentence': ']',
  'previous-sentence': '[',
  'extend-next-sentence': 'Shift+]',
  'extend-previous-sentence': 'Shift+[',
};

/**
 * The reading-view action a key press asks for, or null. `isInField` is true when the focus is in
 * a text field, where typing, Escape and the field's own undo belong to the field.
 */
export function matchReaderShortcut(event: ShortcutKeys & Pick<KeyboardEvent, 'code'>, isInField: boolean): ReaderAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && event.altKey) {
    if (event.code === 'KeyH') return 'highlight-selection';
    if (event.code === 'KeyN') return 'note-selection';
    if (event.key === 'ArrowDown') return 'next-note';
    if (event.key === 'ArrowUp') return 'previous-note';
    return null;
  }
  if (isInField) return null;
  if (command && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  if (event.altKey) return null;
  if (event.code === 'BracketRight') return event.shiftKey ? 'extend-next-sentence' : 'next-sentence';
  if (event.code === 'BracketLeft') return event.shiftKey ? 'extend-previous-sentence' : 'previous-sentence';
  if (event.key === 'Escape') return 'escape';
  return null;
}

/** True when an event's target takes typing (a text field or an editable element). */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
