import type { Article } from '../../shared/article';
import type { ArticleAsset } from '../../store/article-files';
import { DatelineError } from '../../shared/result';
import { buildArticle, type ImportDefaults } from './build-article';
import type { ImportWorkerPool } from './import-worker-pool';
import { importPlainText } from './import-plain-text';
import { collectLocalImages } from './local-assets';
import type { ImportFile } from './read-import-file';
import { sniffBinary } from './sniff-binary';

/** File extensions read as saved web pages, and as Markdown; anything else is read as plain text. */
export const WEB_PAGE_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
/** See {@link WEB_PAGE_EXTENSIONS}. */
export const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);
/** Extensions a folder import picks up: web pages, Markdown and plain text. */
export const IMPORTABLE_EXTENSIONS = new Set([...WEB_PAGE_EXTENSIONS, ...MARKDOWN_EXTENSIONS, 'txt', 'text']);

/** Text files larger than this, in bytes, are read in a worker rather than on the main thread. */
const TEXT_IN_WORKER_BYTES = 32 * 1024;

/** What importing one file needs besides the file. */
export interface ImportContext {
  now: Date;
  /** Reads web pages and Markdown off the main thread. */
  workers: ImportWorkerPool;
  defaults?: ImportDefaults;
  signal?: AbortSignal;
}

/** An article read from a file, and the images saved beside it that become its assets. */
export interface ImportedArticle {
  article: Article;
  assets: ArticleAsset[];
}

/**
 * Turns one read file into an article by its extension: a saved web page (read in a worker; only
 * images saved beside it are kept, as the article's assets), Markdown (read in a worker) or plain text (in a worker when
 * it is over 32 KB). Throws an
 * `import-failed` {@link DatelineError} saying why for binary files and for anything that is not
 * an article.
 */
export async function importArticleFile(file: ImportFile, context: ImportContext): Promise<ImportedArticle> {
  const binaryKind = sniffBinary(file.bytes);
  if (binaryKind) {
    throw new DatelineError(
      'import-failed',
      `"${file.name}" is ${binaryKind}, not a text article, whatever its name says. Dateline imports saved web pages (.html), Markdown (.md) and plain text (.txt).`,
    );
  }
  if (WEB_PAGE_EXTENSIONS.has(file.extension)) {
    const draft = await context.workers.parse('html', file, context.signal);
    const images = await collectLocalImages(draft.blocks, file.path);
    return { article: buildArticle(file, { ...draft, blocks: images.blocks }, context.now, 'html', context.defaults), assets: images.assets };
  }
  if (MARKDOWN_EXTENSIONS.has(file.extension)) {
    const draft = await context.workers.parse('markdown', file, context.signal);
    const images = await collectLocalImages(draft.blocks, file.path);
    return { article: buildArticle(file, { ...draft, blocks: images.blocks }, context.now, 'md', context.defaults), assets: images.assets };
  }
  // Splitting and counting the words of a long text takes long enough to stall the app's window.
  if (file.bytes.byteLength > TEXT_IN_WORKER_BYTES) {
    return { article: buildArticle(file, await context.workers.parse('text', file, context.signal), context.now, 'txt', context.defaults), assets: [] };
  }
  return { article: importPlainText(file, context.now, context.defaults), assets: [] };
}
