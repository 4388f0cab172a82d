import path from 'node:path';
import { ARTICLE_ID, ASSET_NAME, ASSET_PATH_PREFIX } from '../shared/article-assets';

/** Where an asset request leads: a file in an article's assets folder, or an HTTP status. */
export type AssetPathResolution = { ok: true; file: string } | { ok: false; status: 403 | 404 };

/**
 * Maps a request path `/library-assets/<article id>/<asset name>` (as written in the URL, not
 * decoded) to the file `articles/<id>/assets/<name>` in `libraryDir`. Both parts must match the
 * only names Dateline gives (16 hex digits; a hash and an image extension), so nothing else can
 * be named: `..`, escapes, backslashes, NUL bytes, further folders and other files are refused
 * with 403. Pure: it does not touch the disk (the caller checks links with realpath).
 */
export function resolveAssetPath(libraryDir: string, rawPath: string): AssetPathResolution {
  if (!rawPath.startsWith(ASSET_PATH_PREFIX)) return { ok: false, status: 404 };
  const parts = rawPath.slice(ASSET_PATH_PREFIX.length).split('/');
  if (parts.length !== 2) return { ok: false, status: 403 };
  const [articleId, name] = parts as [string, string];
  if (!ARTICLE_ID.test(articleId) || !ASSET_NAME.test(name)) return { ok: false, status: 403 };
  return { ok: true, file: path.join(path.resolve(libraryDir), 'articles', articleId, 'assets', name) };
}

/** The path of an `app://dateline/...` URL exactly as written (before the URL parser folds `..` or decodes anything), without query or fragment. */
export function rawPathOf(url: string, host: string): string | null {
  const start = url.indexOf(`://${host}/`);
  if (start < 0) return null;
  return url.slice(start + 3 + host.length).replace(/[?#].*$/s, '');
}
