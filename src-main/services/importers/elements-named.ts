/** `NodeFilter.SHOW_ELEMENT`, which Node has no global for. */
const SHOW_ELEMENT = 0x1;

/**
 * The elements below `root` (not `root` itself) whose tag is one of `tagNames`, in document order:
 * what `root.querySelectorAll(tagNames.join(','))` answers for plain tag names. It asks the DOM
 * for a tree walker instead of a selector: linkedom answers `querySelectorAll` by compiling the
 * selector with css-select on every call and matching each element through it, and Readability
 * makes hundreds of such calls a page (one per candidate it cleans), while linkedom's walker is
 * one pass over its list of nodes.
 */
export function elementsNamed(root: Node, tagNames: readonly string[]): Element[] {
  const names = new Set(tagNames.map((name) => name.toLowerCase()));
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_ELEMENT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = (node as Element).localName;
    if (names.has(name) || names.has(name.toLowerCase())) found.push(node as Element);
  }
  return found;
}
