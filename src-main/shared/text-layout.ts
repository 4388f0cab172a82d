/** The separator between blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Where each block's text starts in the canonical text (the block texts joined by
 * {@link BLOCK_SEPARATOR}), as UTF-16 offsets. Shared by main, which builds the text, and the
 * renderer, which maps the page back to it.
 */
export function blockStarts(texts: readonly string[]): number[] {
  const starts: number[] = [];
  let start = 0;
  for (const text of texts) {
    starts.push(start);
    start += text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}
