/** The sentences selected from the keyboard: indexes into the article's sentences, `from` ≤ `to`. */
export interface SentenceCursor {
  from: number;
  to: number;
}

/**
 * Moves keyboard selection by a sentence. Without a cursor it starts at `firstVisible`; `step` is
 * +1 or -1; `isExtending` grows the selection at its far end instead of moving it. Stays within
 * `count` sentences; null when there are none.
 */
export function moveSentenceCursor(cursor: SentenceCursor | null, step: 1 | -1, isExtending: boolean, count: number, firstVisible: number): SentenceCursor | null {
  if (count === 0) return null;
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  if (!cursor) {
    const start = clamp(firstVisible);
    return { from: start, to: start };
  }
  if (isExtending) return step > 0 ? { from: cursor.from, to: clamp(cursor.to + 1) } : { from: cursor.from, to: Math.max(cursor.from, cursor.to - 1) };
  const next = clamp((step > 0 ? cursor.to : cursor.from) + step);
  return { from: next, to: next };
}
