import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../shared/article';

/** Image files a page's assets folder may hold. SVG is left out: it can carry scripts. */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.bmp']);

/**
 * Keeps an image block's `src` only when it names an image file saved beside the page (in the
 * page's folder or below it, such as its `_files` folder) that is a regular file and does not
 * resolve through a link to somewhere outside that folder. Otherwise the `src` is removed, and
 * the block too if it has no caption. Nothing is ever fetched.
 */
export async function keepLocalImages(blocks: readonly Block[], pagePath: string): Promise<Block[]> {
  const folder = path.dirname(pagePath);
  let realFolder: string;
  try {
    realFolder = await fs.realpath(folder);
  } catch {
    realFolder = folder;
  }
  const kept: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'image' || block.src === undefined) {
      kept.push(block);
      continue;
    }
    if (await isLocalImage(path.resolve(folder, block.src), realFolder)) kept.push(block);
    else if (block.text) kept.push({ type: 'image', text: block.text });
  }
  return kept;
}

async function isLocalImage(file: string, realFolder: string): Promise<boolean> {
  if (!IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) return false;
  try {
    const real = await fs.realpath(file);
    const relative = path.relative(realFolder, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return (await fs.stat(real)).isFile();
  } catch {
    return false;
  }
}
