/**
 * Maps between the page and the canonical text. Every block element of the article carries
 * `data-offset`: where its text starts in the canonical text; the text nodes inside it, in
 * order, are exactly the block's text. All offsets are UTF-16 offsets into the canonical text.
 */

/** A range of the canonical text; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

function blocksOf(body: Element): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('[data-offset]')];
}

function baseOf(block: HTMLElement): number {
  return Number(block.dataset.offset);
}

/** The canonical offset of a point in the page; a point between blocks snaps to the next block's start (or the previous block's end). */
function offsetOfPoint(body: Element, node: Node, offset: number, bias: 'start' | 'end'): number | null {
  const point = document.createRange();
  point.setStart(node, offset);
  const blocks = blocksOf(body);
  for (const [index, block] of blocks.entries()) {
    if (block.contains(node)) {
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(node, offset);
      return baseOf(block) + before.toString().length;
    }
    const blockStart = document.createRange();
    blockStart.setStart(block, 0);
    if (point.compareBoundaryPoints(Range.START_TO_START, blockStart) < 0) {
      if (bias === 'start') return baseOf(block);
      const previous = blocks[index - 1];
      return previous ? baseOf(previous) + (previous.textContent ?? '').length : null;
    }
  }
  const last = blocks.at(-1);
  return bias === 'end' && last ? baseOf(last) + (last.textContent ?? '').length : null;
}

/**
 * The canonical range a DOM range covers within the article body, clipped to the body (a
 * selection that starts in the header starts at the first paragraph). Null when it covers no
 * article text.
 */
export function rangeToOffsets(body: Element, range: Range): TextRange | null {
  const whole = document.createRange();
  whole.selectNodeContents(body);
  // END_TO_START compares this range's start with the body's end; START_TO_END its end with the body's start.
  if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0 || range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null;
  const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, whole) < 0;
  const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, whole) > 0;
  const start = startsBefore ? offsetOfPoint(body, body, 0, 'start') : offsetOfPoint(body, range.startContainer, range.startOffset, 'start');
  const end = endsAfter ? offsetOfPoint(body, body, body.childNodes.length, 'end') : offsetOfPoint(body, range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** The text node and offset inside it where a canonical offset falls, or null outside every block. */
function pointAt(body: Element, offset: number, bias: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const block of blocksOf(body)) {
    const base = baseOf(block);
    const length = (block.textContent ?? '').length;
    if (offset < base || offset > base + length) continue;
    if (bias === 'start' && offset === base + length && length > 0) continue;
    let remaining = offset - base;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const size = (node.textContent ?? '').length;
      if (remaining < size || (remaining === size && bias === 'end')) return { node, offset: remaining };
      remaining -= size;
    }
    return { node: block, offset: block.childNodes.length };
  }
  return null;
}

/** A DOM range over a canonical range, or null when either end is outside the article's blocks. */
export function offsetsToRange(body: Element, range: TextRange): Range | null {
  const start = pointAt(body, range.start, 'start') ?? nextBlockStart(body, range.start);
  const end = pointAt(body, range.end, 'end');
  if (!start || !end) return null;
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom;
}

/** A start between blocks (on a separator) moves to the next block. */
function nextBlockStart(body: Element, offset: number): { node: Node; offset: number } | null {
  const block = blocksOf(body).find((candidate) => baseOf(candidate) >= offset);
  return block ? pointAt(body, baseOf(block), 'start') : null;
}

/** The canonical offset under a screen point (for clicks on highlighted text), or null. */
export function offsetAtPoint(body: Element, x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (caret && body.contains(caret.offsetNode)) return offsetOfPoint(body, caret.offsetNode, caret.offset, 'start');
  return null;
}
