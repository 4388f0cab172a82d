import { Readability } from '@mozilla/readability';
import { elementsNamed } from './elements-named';

/** DOM node types Readability's checks read. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A character `String.prototype.trim` keeps: `\s` is exactly the set `trim` removes. */
const NON_SPACE = /\S/;

/** The part of Readability's instance the replaced methods read. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
}

/**
 * Readability 0.6.0 with some of its internal methods answered more cheaply on a linkedom
 * document, each giving the result of the method it replaces for every node (the methods are
 * restated from that release; a new release must be checked against them):
 *
 * - `_getAllNodesWithTag` (`querySelectorAll` on a comma-joined list of tag names) by
 *   {@link elementsNamed}: the same elements in the same order, without linkedom's selector engine.
 * - `_isProbablyVisible` reads `node.style` only when the node has a style attribute: without one,
 *   linkedom's style answers '' for `display` and `visibility`, and building it (a Proxy over a
 *   Map, which parses the attribute on each read) cost more than the rest of the check.
 * - `_isValidByline` reads the node's text only when its attributes or class say byline: it is
 *   asked of every element until a byline is found, and the text of `<html>` is the whole page.
 * - `_isElementWithoutContent` stops at the first text that is not white space instead of joining
 *   all of the node's text to trim it.
 */
export class QuickerReadability extends Readability<Node> {}

const replacements: Record<string, (this: ReadabilityInternals, ...args: never[]) => unknown> = {
  _getAllNodesWithTag: (node: Node, tagNames: readonly string[]): Element[] => elementsNamed(node, tagNames),

  // Readability's expression, falsy class name and all, with the style read only if there is one.
  _isProbablyVisible(node: HTMLElement): unknown {
    const isStyled = node.getAttributeNode('style') !== null;
    return (
      (!isStyled || !node.style || node.style.display != 'none') &&
      (!isStyled || !node.style || node.style.visibility != 'hidden') &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true' || (node.className && node.className.includes && node.className.includes('fallback-image')))
    );
  },

  _isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return !!bylineLength && bylineLength < 100;
  },

  _isElementWithoutContent(node: Element): boolean {
    return (
      node.nodeType === ELEMENT_NODE &&
      !hasText(node) &&
      (!node.children.length || node.children.length == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  },
};

for (const [name, value] of Object.entries(replacements)) {
  Object.defineProperty(QuickerReadability.prototype, name, { value, writable: true, configurable: true });
}

/**
 * Whether `node.textContent.trim()` is not empty: whether some text or CDATA node below `node`
 * holds a character other than white space. Depth is bounded by the prescan's nesting limit.
 */
export function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      if (NON_SPACE.test(child.textContent ?? '')) return true;
    } else if (type === ELEMENT_NODE && hasText(child)) {
      return true;
    }
  }
  return false;
}
