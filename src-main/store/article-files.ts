import * as fs from 'node:fs/promises';
import path from 'node:path';
import { ASSET_NAME } from '../shared/article-assets';
import { ArticleContentSchema, ArticleMetaSchema, type Article, type ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { isCode, parseJsonBytes, syncFolder, toIoError, writeFilesDurably } from './durable-file';
import { ContentFileSchema } from './library-file';

/** The folder inside an article's folder that holds its images. */
export const ASSETS_FOLDER = 'assets';

/** The folder holding one article's files. */
export function articleFolder(libraryDir: string, id: string): string {
  return path.join(libraryDir, 'articles', id);
}

/** An image stored beside an article: `name` matches {@link ASSET_NAME}. */
export interface ArticleAsset {
  name: string;
  bytes: Uint8Array;
}

/**
 * Writes an article's folder: the original file, its assets (in `assets/`), then content.json
 * (the metadata, blocks and canonical text). content.json's name reaches the disk only after the
 * other files are whole on it, so a folder with a valid content.json is whole, even after a power
 * cut. The data of all the files is written and fsynced at once, then the names in two steps
 * ({@link writeFilesDurably}); the new folder's own entry in `articles/` is fsynced too. Throws
 * `internal` for an asset name Dateline would not give.
 */
export async function writeArticleFiles(libraryDir: string, article: Article, original: Uint8Array, assets: readonly ArticleAsset[] = []): Promise<void> {
  const folder = articleFolder(libraryDir, article.meta.id);
  const bad = assets.find((asset) => !ASSET_NAME.test(asset.name));
  if (bad) throw new DatelineError('internal', `An image of "${article.meta.title}" has a name Dateline does not give (${JSON.stringify(bad.name)}).`);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw toIoError(error, `create the folder for "${article.meta.title}"`);
  }
  if (assets.length > 0) {
    await fs.mkdir(path.join(folder, ASSETS_FOLDER), { recursive: true }).catch((error: unknown) => Promise.reject(toIoError(error, `create the images folder of "${article.meta.title}"`)));
  }
  const content = { schemaVersion: 1 as const, meta: article.meta, ...article.content };
  const files = [{ file: path.join(folder, `original.${article.meta.original.extension}`), data: original }, ...assets.map((asset) => ({ file: path.join(folder, ASSETS_FOLDER, asset.name), data: asset.bytes }))];
  const contentFile = { file: path.join(folder, 'content.json'), data: `${JSON.stringify(content, null, 2)}\n` };
  // Settled both before failing, so that a caller removing the folder finds nothing still writing in it.
  const [written, entered] = await Promise.allSettled([
    writeFilesDurably([files, [contentFile]]),
    syncFolder(fs, path.dirname(folder)).catch((error: unknown) => Promise.reject(toIoError(error, `save the folder of "${article.meta.title}"`))),
  ]);
  if (written.status === 'rejected') throw written.reason;
  if (entered.status === 'rejected') throw entered.reason;
}

/** Reads an article's content.json. Throws `not-found` when it is missing and `io` when it is damaged. */
export async function readArticleFile(libraryDir: string, id: string): Promise<Article> {
  const file = path.join(articleFolder(libraryDir, id), 'content.json');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isCode(error, 'ENOENT')) {
      throw new DatelineError('not-found', 'This article’s files are no longer in the library folder. Import it again to read it.');
    }
    throw toIoError(error, `read the article in ${path.dirname(file)}`);
  }
  const article = parseArticle(parseJsonBytesOrNull(file, bytes));
  if (!article) {
    throw new DatelineError('io', `The article in ${path.dirname(file)} is damaged (content.json could not be read). Import it again from its original file.`);
  }
  return article;
}

/**
 * The articles whose folders exist but are missing from `known` (an index restored from an older
 * backup, or a crash between writing a folder and the index). Damaged folders are skipped.
 */
export async function findUnindexedArticles(libraryDir: string, known: ReadonlySet<string>): Promise<ArticleMeta[]> {
  let names: string[];
  try {
    names = await fs.readdir(path.join(libraryDir, 'articles'));
  } catch {
    return [];
  }
  const found: ArticleMeta[] = [];
  for (const name of names) {
    if (known.has(name) || !/^[0-9a-f]{16}$/.test(name)) continue;
    try {
      const article = await readArticleFile(libraryDir, name);
      if (article.meta.id === name) found.push(article.meta);
    } catch {
      // A folder without a whole content.json was never finished; it is not an article.
    }
  }
  return found;
}

/** The ids of index entries whose article folder is gone (one directory listing, not a stat per article). */
export async function findMissingArticles(libraryDir: string, ids: Iterable<string>): Promise<string[]> {
  let present: Set<string>;
  try {
    present = new Set(await fs.readdir(path.join(libraryDir, 'articles')));
  } catch {
    present = new Set();
  }
  return [...ids].filter((id) => !present.has(id));
}

function parseJsonBytesOrNull(file: string, bytes: Uint8Array): unknown {
  try {
    return parseJsonBytes<unknown>(file, bytes);
  } catch {
    return null;
  }
}

function parseArticle(raw: unknown): Article | null {
  const file = ContentFileSchema.safeParse(raw);
  if (!file.success) return null;
  const meta = ArticleMetaSchema.safeParse(file.data.meta);
  const content = ArticleContentSchema.safeParse({ blocks: file.data.blocks, text: file.data.text });
  return meta.success && content.success ? { meta: meta.data, content: content.data } : null;
}
