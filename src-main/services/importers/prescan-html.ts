/** Limits no saved article comes near (the 87 real pages of the test corpus stay under 40 levels, 10,000 elements and 70 attributes). */
export const HTML_LIMITS = { depth: 256, elements: 100_000, attributesPerElement: 1_000 } as const;

/** What a page's markup was found to exceed, or null when it is within {@link HTML_LIMITS}. */
export type HtmlExcess = 'depth' | 'elements' | 'attributes' | null;

/** A page ready for the DOM parser, and what the scan found. */
export interface PrescannedHtml {
  /** The markup without comments, scripts (JSON-LD kept), styles, SVG, MathML and templates. */
  html: string;
  excess: HtmlExcess;
}

/** Elements that never nest: void elements and those a sibling of the same kind closes. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup']);
/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements dropped whole: nothing in them is article text, and they can be large. */
const DROPPED = new Set(['script', 'style', 'svg', 'math', 'template']);

/** Elements at whose boundaries white space is never shown (CSS collapses it), so it can go. */
const BLOCK_BOUNDARY = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'blockquote', 'figure', 'figcaption', 'form', 'fieldset', 'hr', 'br', 'address', 'center', 'details', 'summary', 'option', 'select', 'iframe', 'menu']);

/** Attributes Readability looks for a byline in: inside such an element all white space is kept, since it checks the length of its raw text. */
const BYLINE_ATTRIBUTE = /\s(?:class|id|rel|itemprop)\s*=\s*["']?[^"'>]*(?:byline|author|dateline|writtenby|p-author)/i;

const TAG_NAME = /<\/?([a-zA-Z][^\s/>]*)/y;
const WHITE_SPACE = /[ \t\n\r\f]*/y;
const SPACE_CHARACTERS = new Set([' ', '\t', '\n', '\r', '\f']);
/** The rest of a tag up to its `>`, stepping over quoted values (which may contain `>`). */
const TAG_REST = /(?:[^>"']|"[^"]*"|'[^']*')*(?:>|$)/y;
const ATTRIBUTE = /[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

/**
 * Scans untrusted markup once, before any DOM is built, so that a page built to exhaust the
 * parser or Readability is refused cheaply: it tracks nesting the way an HTML parser would
 * (roughly: void elements and self-closing siblings such as `<p>` and `<li>` do not nest, an end
 * tag closes up to its open element) and counts elements and attributes, stopping at the first
 * limit exceeded. It also drops what is never article text, which makes the DOM smaller:
 * comments, `<script>` (except JSON-LD, which carries metadata), `<style>`, `<svg>`, `<math>` and
 * `<template>`, and white space between tags where a block starts or ends (40 % of a typical
 * page's nodes), except inside `<pre>` and except one run between any two texts, so that words
 * in different elements stay apart in any element's `textContent` (Readability reads it). Runs in time linear in the length of the markup.
 */
export function prescanHtml(markup: string): PrescannedHtml {
  const kept: string[] = [];
  const open: string[] = [];
  let copyFrom = 0;
  let position = 0;
  let elements = 0;
  let lastTagEnd = -1;
  let isLastTagBlock = false;
  /** True when white space has been kept since the last text: one is enough to keep words apart in `textContent`. */
  let hasSeparator = true;
  /** The depth of the open byline element white space is kept in; 0 outside one. */
  let keepSpaceDepth = 0;
  let preDepth = 0;
  const drop = (from: number, to: number) => {
    kept.push(markup.slice(copyFrom, from));
    copyFrom = to;
  };
  for (;;) {
    const lt = markup.indexOf('<', position);
    if (lt < 0) break;
    if (markup.startsWith('<!--', lt)) {
      const end = markup.indexOf('-->', lt + 4);
      position = end < 0 ? markup.length : end + 3;
      drop(lt, position);
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(markup)?.[1]?.toLowerCase();
    if (!name) {
      position = lt + 1;
      continue;
    }
    TAG_REST.lastIndex = TAG_NAME.lastIndex;
    const tag = markup.slice(lt, TAG_REST.exec(markup) ? TAG_REST.lastIndex : markup.length);
    position = lt + tag.length;
    const isBlock = BLOCK_BOUNDARY.has(name);
    if (lastTagEnd >= 0 && lastTagEnd < lt) {
      WHITE_SPACE.lastIndex = lastTagEnd;
      WHITE_SPACE.exec(markup);
      if (WHITE_SPACE.lastIndex !== lt) hasSeparator = SPACE_CHARACTERS.has(markup.charAt(lt - 1));
      else if (hasSeparator && lastTagEnd >= copyFrom && preDepth === 0 && keepSpaceDepth === 0 && (isBlock || isLastTagBlock)) drop(lastTagEnd, lt);
      else hasSeparator = true;
    }
    lastTagEnd = position;
    isLastTagBlock = isBlock;
    if (name === 'pre') preDepth = Math.max(0, preDepth + (markup[lt + 1] === '/' ? -1 : 1));
    if (markup[lt + 1] === '/') {
      const index = open.lastIndexOf(name);
      if (index >= 0) open.length = index;
      if (open.length < keepSpaceDepth) keepSpaceDepth = 0;
      continue;
    }
    elements += 1;
    if (elements > HTML_LIMITS.elements) return { html: '', excess: 'elements' };
    // Each attribute takes at least one character of the tag, so only a longer tag can have too many.
    if (tag.length > HTML_LIMITS.attributesPerElement && countAttributes(tag) > HTML_LIMITS.attributesPerElement) return { html: '', excess: 'attributes' };
    if (DROPPED.has(name) && !(name === 'script' && /application\/ld\+json/i.test(tag))) {
      position = endOfElement(markup, name, position);
      drop(lt, position);
      lastTagEnd = position;
      continue;
    }
    if (RAW_TEXT.has(name) || name === 'script') {
      position = endOfElement(markup, name, position);
      lastTagEnd = position;
      continue;
    }
    const isByline = keepSpaceDepth === 0 && BYLINE_ATTRIBUTE.test(tag);
    if (!FLAT.has(name) || isByline) {
      open.push(name);
      if (isByline) keepSpaceDepth = open.length;
      if (open.length > HTML_LIMITS.depth) return { html: '', excess: 'depth' };
    }
  }
  kept.push(markup.slice(copyFrom));
  return { html: kept.join(''), excess: null };
}

function countAttributes(tag: string): number {
  let count = 0;
  // The first match is the tag name itself.
  for (ATTRIBUTE.lastIndex = 0; ATTRIBUTE.exec(tag); ) count += 1;
  return Math.max(0, count - 1);
}

const endTagPatterns = new Map<string, RegExp>();

/** Where the element opened before `from` ends: after its end tag, counting nested ones of the same name. */
function endOfElement(markup: string, name: string, from: number): number {
  let tags = endTagPatterns.get(name);
  if (!tags) {
    tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>?`, 'gi');
    endTagPatterns.set(name, tags);
  }
  tags.lastIndex = from;
  let depth = 1;
  // Script and raw-text content cannot nest; only svg, math and template can.
  const canNest = !RAW_TEXT.has(name) && name !== 'script' && name !== 'style';
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    depth += match[1] ? -1 : canNest ? 1 : 0;
    if (depth === 0) return tags.lastIndex;
  }
  return markup.length;
}
