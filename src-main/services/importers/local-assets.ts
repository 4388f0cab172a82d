import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../shared/article';
import type { ArticleAsset } from '../../store/article-files';

/** The largest image copied into the library, in bytes; a larger one is kept as its caption only. */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** The most bytes of images one article copies into the library. */
const MAX_ASSETS_BYTES = 100 * 1024 * 1024;

/** An article's blocks with image `src`s naming its assets, and the assets to store beside it. */
export interface LocalImages {
  blocks: Block[];
  assets: ArticleAsset[];
}

/** Image types by their first bytes, with the extension their asset gets. SVG is left out: it can carry scripts. */
const IMAGE_TYPES: ReadonlyArray<{ extension: string; bytes: readonly number[]; offset?: number; also?: { bytes: readonly number[]; offset: number } }> = [
  { extension: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  { extension: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { extension: 'webp', bytes: [0x52, 0x49, 0x46, 0x46], also: { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 } },
  { extension: 'avif', bytes: [0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], offset: 4 },
  { extension: 'bmp', bytes: [0x42, 0x4d] },
];

/** The asset extension of an image file by its content (never its name), or null when it is not an image Dateline shows. */
export function sniffImage(bytes: Uint8Array): string | null {
  const matches = (signature: readonly number[], offset: number) => signature.every((byte, index) => bytes[offset + index] === byte);
  const type = IMAGE_TYPES.find((candidate) => matches(candidate.bytes, candidate.offset ?? 0) && (!candidate.also || matches(candidate.also.bytes, candidate.also.offset)));
  return type?.extension ?? null;
}

/**
 * Makes the images saved beside a page the article's own assets. An image block keeps a `src`
 * only when it names a regular file in the page's folder or below it (such as its `_files`
 * folder) that does not resolve through a link to somewhere outside that folder, and whose
 * content is a PNG, JPEG, GIF, WebP, AVIF or BMP image of at most {@link MAX_ASSET_BYTES}: its
 * `src` becomes the asset's name (see shared/article-assets), and the bytes are answered to be
 * stored with the article. Otherwise the `src` is removed, and the block too if it has no
 * caption. Nothing is ever fetched.
 */
export async function collectLocalImages(blocks: readonly Block[], pagePath: string): Promise<LocalImages> {
  if (!blocks.some((block) => block.type === 'image' && block.src !== undefined)) return { blocks: [...blocks], assets: [] };
  const folder = path.dirname(pagePath);
  const realFolder = await fs.realpath(folder).catch(() => folder);
  const assets = new Map<string, ArticleAsset>();
  let total = 0;
  const kept: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'image' || block.src === undefined) {
      kept.push(block);
      continue;
    }
    const bytes = await readLocalImage(path.resolve(folder, block.src), realFolder);
    const extension = bytes ? sniffImage(bytes) : null;
    if (bytes && extension && (assets.has(nameOf(bytes, extension)) || total + bytes.byteLength <= MAX_ASSETS_BYTES)) {
      const name = nameOf(bytes, extension);
      if (!assets.has(name)) {
        assets.set(name, { name, bytes });
        total += bytes.byteLength;
      }
      kept.push({ ...block, src: name });
    } else if (block.text) {
      kept.push({ type: 'image', text: block.text });
    }
  }
  return { blocks: kept, assets: [...assets.values()] };
}

function nameOf(bytes: Uint8Array, extension: string): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;
}

/** The file's bytes when it is a regular file of at most {@link MAX_ASSET_BYTES} inside `realFolder`; else null. */
async function readLocalImage(file: string, realFolder: string): Promise<Uint8Array | null> {
  let handle: fs.FileHandle | null = null;
  try {
    const real = await fs.realpath(file);
    const relative = path.relative(realFolder, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
    // Opened without blocking and checked on the handle: a pipe put in the image's place cannot stall the import.
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size === 0 || stats.size > MAX_ASSET_BYTES) return null;
    return await handle.readFile();
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
