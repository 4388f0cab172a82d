import type { BrowserWindow } from 'electron';
import type { IpcActivity } from '../ipc/activity';
import { pushToWindow } from './push';

/** How long the page has to send its last saves, and how long main waits for them at most. */
const SEND_GRACE_MS = 150;
const MAX_WAIT_MS = 2_000;

/**
 * Holds a window's first close until its page has saved what is pending: main pushes
 * `app:closing`, gives the page a moment to send its saves, waits until every IPC call is answered
 * (at most two seconds), then closes for real. A note typed a moment before closing is kept.
 */
export function guardWindowClose(window: BrowserWindow, activity: IpcActivity): void {
  let isReleased = false;
  window.on('close', (event) => {
    if (isReleased) return;
    event.preventDefault();
    isReleased = true;
    void letPageSave(window, activity).then(() => {
      if (!window.isDestroyed()) window.close();
    });
  });
}

/**
 * Pushes `app:closing` so the page sends what it has not saved yet, gives it a moment to, and
 * resolves once every IPC call is answered (at most two seconds). Closing and restoring use it.
 */
export async function letPageSave(window: BrowserWindow | null, activity: IpcActivity): Promise<void> {
  if (window && !window.isDestroyed()) {
    pushToWindow(window, 'app:closing', {});
    await new Promise((resolve) => setTimeout(resolve, SEND_GRACE_MS));
  }
  await activity.whenIdle(MAX_WAIT_MS);
}
