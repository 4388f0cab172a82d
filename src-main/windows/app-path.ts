import path from 'node:path';

/** The host name of the app's own pages: `app://dateline/index.html`. */
export const APP_HOST = 'dateline';

/** Where an `app://` request leads: a file inside the renderer folder, or an HTTP status. */
export type AppPathResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://dateline/...` URL to a file inside `rootDir`, refusing anything that would
 * leave it: `..` segments (plain or percent-encoded), backslashes, NUL bytes, drive letters,
 * UNC and absolute paths. `/` serves index.html. Pure: it does not touch the disk.
 */
export function resolveAppPath(rootDir: string, url: string): AppPathResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== 'app:' || parsed.hostname !== APP_HOST) return { ok: false, status: 404 };
  // The URL parser folds `..` and `%2e%2e` away before we see the path, and `%252e` decodes to a
  // literal `%2e`; the built renderer never asks for such paths, so they are refused as written.
  if (/\.\.|%2e|%5c|%25|\\/i.test(url.slice(url.indexOf(APP_HOST) + APP_HOST.length))) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\\\0]/.test(decoded) || /(^|\/)\.\.(\/|$)/.test(decoded) || /^\/*[a-zA-Z]:/.test(decoded) || decoded.startsWith('//')) {
    return { ok: false, status: 403 };
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return { ok: false, status: 403 };
  return { ok: true, file };
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file the app serves; unknown types are served as opaque bytes. */
export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
