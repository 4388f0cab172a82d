import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';

/** An error's message as the user reads it. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a message box with one OK button, on `window` while it is open, else on its own. */
export async function tell(window: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
  const box = { buttons: ['OK'], ...options };
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, box);
  else await dialog.showMessageBox(box);
}
