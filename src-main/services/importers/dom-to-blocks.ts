import { InlineText } from '../../core/inline-text';
import type { Block, Mark } from '../../shared/article';
import { localAssetPath, safeLinkHref } from './safe-urls';

/** The block type loose inline content becomes, and a heading's level. */
interface Context {
  type: 'paragraph' | 'quote' | 'list-item' | 'heading';
  level?: number;
  depth: number;
}

/** Elements whose content is never article text: code, forms, media players, embedded documents. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'button', 'input', 'select', 'textarea', 'head', 'title', 'meta', 'link', 'base', 'map', 'dialog']);
/** Elements that separate blocks but are not blocks themselves. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'details', 'summary', 'center', 'form', 'fieldset', 'legend', 'address', 'hgroup', 'ul', 'ol', 'menu', 'figcaption', 'picture']);
const INLINE_MARKS: Record<string, Mark['type']> = { em: 'emphasis', i: 'emphasis', cite: 'emphasis', dfn: 'emphasis', var: 'emphasis', strong: 'strong', b: 'strong', code: 'code', kbd: 'code', samp: 'code', tt: 'code' };
/** Deeper than this, content is skipped: the markup was already checked to nest far less. */
const MAX_DEPTH = 512;
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * Converts an article's DOM (Readability's result) into blocks of plain text: headings, paragraphs,
 * quotes, list items, preformatted text and images. Emphasis, strong text, code and links become
 * marks; no markup is kept. A link keeps its target only when it is http, https or mailto
 * (resolved against `baseUrl`); scripts, styles, event handlers and `javascript:` URLs are never
 * read. An image becomes a block only when it has a caption or a local file beside the page
 * (`src` is then the path relative to the page, not yet checked to exist); a remote image's URL is
 * never kept.
 */
export function domToBlocks(root: Element, baseUrl: string | null): Block[] {
  const writer = new BlockWriter();
  visitChildren(root, { type: 'paragraph', depth: 0 }, writer, baseUrl);
  writer.flush();
  return writer.blocks;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  current: InlineText | null = null;
  private context: Context | null = null;

  /** The block being written for `context`, starting a new one when the kind of block changes. */
  inline(context: Context): InlineText {
    if (this.current && this.context && (this.context.type !== context.type || this.context.level !== context.level)) this.flush();
    if (!this.current) {
      this.current = new InlineText();
      this.context = context;
    }
    return this.current;
  }

  flush(): void {
    if (this.current && this.context && !this.current.isEmpty) {
      const { text, marks } = this.current.finish();
      const block: Block = { type: this.context.type, text };
      if (this.context.type === 'heading') block.level = this.context.level ?? 2;
      if (marks.length > 0) block.marks = marks;
      this.blocks.push(block);
    }
    this.current = null;
    this.context = null;
  }
}

function visitChildren(element: Element, context: Context, writer: BlockWriter, baseUrl: string | null): void {
  if (context.depth > MAX_DEPTH) return;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) writer.inline(context).append(child.textContent ?? '');
    else if (child.nodeType === ELEMENT) visitElement(child as Element, { ...context, depth: context.depth + 1 }, writer, baseUrl);
  }
}

function visitElement(element: Element, context: Context, writer: BlockWriter, baseUrl: string | null): void {
  const tag = element.localName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return asBlock(element, { type: 'heading', level: Number(heading[1]), depth: context.depth }, writer, baseUrl);
  if (tag === 'br') return void writer.inline(context).lineBreak();
  if (tag === 'hr') return writer.flush();
  if (tag === 'p') return asBlock(element, context, writer, baseUrl);
  if (tag === 'blockquote') return asBlock(element, { type: 'quote', depth: context.depth }, writer, baseUrl);
  if (tag === 'li') return asBlock(element, { type: 'list-item', depth: context.depth }, writer, baseUrl);
  if (tag === 'pre') return preformatted(element, writer);
  if (tag === 'img') return image(element, null, writer);
  if (tag === 'figure') return figure(element, context, writer, baseUrl);
  if (CONTAINERS.has(tag)) return asBlock(element, context, writer, baseUrl);
  const markType = tag === 'a' ? 'link' : INLINE_MARKS[tag];
  const href = tag === 'a' ? safeLinkHref(element.getAttribute('href'), baseUrl) : undefined;
  if (!markType || (markType === 'link' && href === null)) return visitChildren(element, context, writer, baseUrl);
  const builder = writer.inline(context);
  const mark = builder.open(markType, href ?? undefined);
  visitChildren(element, context, writer, baseUrl);
  // A block inside an inline element (a link around a paragraph) ends the mark's block early.
  if (writer.current === builder) builder.close(mark);
}

function asBlock(element: Element, context: Context, writer: BlockWriter, baseUrl: string | null): void {
  writer.flush();
  visitChildren(element, context, writer, baseUrl);
  writer.flush();
}

function preformatted(element: Element, writer: BlockWriter): void {
  writer.flush();
  const text = (element.textContent ?? '').normalize('NFC').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '').replace(/\n{2,}/g, '\n');
  if (text.trim()) writer.blocks.push({ type: 'preformatted', text });
}

function figure(element: Element, context: Context, writer: BlockWriter, baseUrl: string | null): void {
  const img = element.getElementsByTagName('img')[0];
  if (!img) return asBlock(element, context, writer, baseUrl);
  const caption = element.getElementsByTagName('figcaption')[0];
  image(img, caption ? (caption.textContent ?? '') : null, writer);
}

function image(img: Element, caption: string | null, writer: BlockWriter): void {
  writer.flush();
  const src = localAssetPath(img.getAttribute('src'));
  const text = new InlineText();
  text.append(caption ?? (src ? (img.getAttribute('alt') ?? '') : ''));
  const { text: words } = text.finish();
  if (!src && !words) return;
  writer.blocks.push(src ? { type: 'image', text: words, src } : { type: 'image', text: words });
}
