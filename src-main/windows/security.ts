import { dialog, shell, type App, type Session, type WebContents } from 'electron';
import { isOpenableExternally } from './external-links';

/**
 * Locks down a session: every permission request is denied, and every http(s) and ws(s) request is
 * cancelled (no tracking pixels, nothing leaves the laptop) except to `devServerOrigin`, the
 * renderer's development server when running `npm run dev`.
 */
export function hardenSession(session: Session, devServerOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    // The whole origin must match: a prefix test would let http://localhost:51730 or
    // http://localhost:5173.example.com through.
    callback({ cancel: devServerOrigin === null || originOf(details.url) !== devServerOrigin });
  });
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Makes every web contents the app creates refuse to navigate, open windows or attach webviews.
 * A link to an http, https or mailto URL is offered to the system browser, after the user confirms.
 */
export function hardenWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      void offerExternal(contents, url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void offerExternal(contents, url);
      return { action: 'deny' };
    });
  });
}

async function offerExternal(contents: WebContents, url: string): Promise<void> {
  if (!isOpenableExternally(url)) return;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link outside Dateline?',
    detail: url,
  });
  if (response === 0 && !contents.isDestroyed()) await shell.openExternal(url);
}
