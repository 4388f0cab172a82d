/**
 * An article's local assets (images saved beside an imported page) live in its folder,
 * `articles/<id>/assets/<name>`, under names Dateline gives them: the first 16 hex digits of the
 * file's SHA-256 and the extension of its sniffed image type. Nothing else is ever served from
 * there, so a name is checked against {@link ASSET_NAME} before it reaches the disk.
 */
export const ASSET_NAME = /^[0-9a-f]{16}\.(?:png|jpg|gif|webp|avif|bmp)$/;

/** An article id: the first 16 hex digits of its text's SHA-256. */
export const ARTICLE_ID = /^[0-9a-f]{16}$/;

/** The path prefix the app's own protocol serves assets under (and the e2e server, the same). */
export const ASSET_PATH_PREFIX = '/library-assets/';

/**
 * The same-origin URL path of an image block's asset (`src` is its asset name), or null when
 * `src` is not an asset name: the renderer loads images only through this path.
 */
export function assetPath(articleId: string, src: string | undefined): string | null {
  if (!src || !ASSET_NAME.test(src) || !ARTICLE_ID.test(articleId)) return null;
  return `${ASSET_PATH_PREFIX}${articleId}/${src}`;
}
