/** What reading order needs to know of a note. */
export interface OrderedNote {
  target: unknown;
  anchor: { start: number } | null;
  createdAt: string;
}

/**
 * Reading order of an article's notes: notes on the whole article first, then notes by where
 * their passage starts in the current text, then orphaned notes, oldest first.
 */
export function compareReadingOrder(a: OrderedNote, b: OrderedNote): number {
  const rank = (note: OrderedNote) => (note.target === null ? 0 : note.anchor ? 1 : 2);
  return rank(a) - rank(b) || (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) || a.createdAt.localeCompare(b.createdAt);
}
