import { parseHTML } from 'linkedom';
import { countBlockWords } from '../../core/count-block-words';
import { DatelineError } from '../../shared/result';
import type { ArticleDraft } from './build-article';
import { decodeHtml } from './decode-html';
import { domToBlocks } from './dom-to-blocks';
import { readPageMetadata } from './page-metadata';
import { pickPageFields } from './pick-page-fields';
import { HTML_LIMITS, prescanHtml, type HtmlExcess } from './prescan-html';
import { runReadability } from './run-readability';
import { asWholeDocument } from './whole-document';

const EXCESS_MESSAGES: Record<Exclude<HtmlExcess, null>, string> = {
  depth: `its markup is nested more than ${HTML_LIMITS.depth} levels deep`,
  elements: `it has more than ${HTML_LIMITS.elements.toLocaleString('en')} elements`,
  attributes: `one of its elements has more than ${HTML_LIMITS.attributesPerElement.toLocaleString('en')} attributes`,
};

/**
 * Reads a saved web page into an article draft: decodes it (byte-order mark, `<meta charset>`,
 * else UTF-8 or Windows-1252), refuses markup far beyond any article page, builds a DOM with
 * linkedom (which runs no scripts and fetches nothing), reads the page's metadata, extracts the
 * article with Readability and converts it to blocks. Meant to run in the import worker: it is
 * CPU-bound and works on untrusted input. Throws an `import-failed` {@link DatelineError} whose
 * message says why a page cannot be imported.
 */
export function parseWebPage(bytes: Uint8Array, fileName: string): ArticleDraft {
  const { text } = decodeHtml(bytes);
  const prescanned = prescanHtml(text);
  if (prescanned.excess) {
    throw new DatelineError('import-failed', `"${fileName}" is not imported: ${EXCESS_MESSAGES[prescanned.excess]}, far beyond any article page. It may be damaged or made to crash readers.`);
  }
  const html = asWholeDocument(prescanned.html);
  const { document } = parseHTML(html);
  // Read before Readability, which removes scripts (JSON-LD) and rewrites the document.
  const metadata = readPageMetadata(document);
  const article = runReadability(document, html);
  const content = article?.content;
  if (!article || !content || content.nodeType !== 1) {
    throw new DatelineError('import-failed', `"${fileName}" has no article Dateline can find in it. If the page loads its text with scripts, open it in a browser, let it load, and save it again; or save the article as text.`);
  }
  const blocks = domToBlocks(content as Element, metadata.baseUrl);
  return { ...pickPageFields(article, metadata, blocks), blocks, wordCount: countBlockWords(blocks) };
}
