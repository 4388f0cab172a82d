import path from 'node:path';

/** Link targets a reader may follow: the app opens these in the system browser after asking. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Characters browsers ignore inside a URL's scheme ("java\tscript:") and around it. */
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * A link's target as an absolute http, https or mailto URL, or null when it is anything else
 * (`javascript:`, `data:`, `file:`, a fragment, or a relative link with no `baseUrl`). Relative
 * links are resolved against `baseUrl`.
 */
export function safeLinkHref(raw: string | null, baseUrl: string | null): string | null {
  if (!raw) return null;
  const href = raw.replace(IGNORED_IN_URL, '');
  if (!href || href.startsWith('#')) return null;
  try {
    const url = baseUrl ? new URL(href, baseUrl) : new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * An image `src` as a path relative to the page's folder, when it names a file saved beside the
 * page ("page_files/photo.jpg"); null for anything that would have to be fetched or that points
 * outside the page's folder: a URL with a scheme (`https:`, `data:`, `file:`), a protocol-relative
 * or absolute path, or one that climbs out with `..`.
 */
export function localAssetPath(raw: string | null): string | null {
  if (!raw) return null;
  const src = raw.trim().replace(/[?#].*$/, '');
  if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return null;
  }
  const normalised = path.posix.normalize(decoded);
  if (normalised.startsWith('../') || normalised === '..' || normalised.startsWith('/') || /[\\\0]|^[a-z]:/i.test(normalised)) return null;
  return normalised;
}
