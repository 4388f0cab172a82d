import type { BrowserWindow } from 'electron';
import type { PushEvents } from '../shared/ipc-contract';

/** The prefix of every push message; the preload listens for `push:<event name>`. */
export const PUSH_PREFIX = 'push:';

/**
 * Sends a push event to the window's page (`push:<name>`, received through `api.onEvent`). A page
 * still loading gets it once loaded, so a file opened at launch is shown, not lost; a closed window
 * gets nothing.
 */
export function pushToWindow<E extends keyof PushEvents>(window: BrowserWindow | null, name: E, payload: PushEvents[E]): void {
  if (!window || window.isDestroyed()) return;
  const contents = window.webContents;
  const send = () => {
    if (!window.isDestroyed()) contents.send(`${PUSH_PREFIX}${name}`, payload);
  };
  if (contents.isLoading()) contents.once('did-finish-load', send);
  else send();
}
