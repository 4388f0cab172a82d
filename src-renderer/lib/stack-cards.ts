/** Where a note card wants to sit (level with its passage) and how tall it is, in pixels. */
export interface CardSlot {
  id: string;
  top: number;
  height: number;
}

/**
 * Places cards as near their passages as they can be without covering each other: in order of
 * their wanted tops, each moves down just below the one before, `gap` pixels apart.
 */
export function stackCards(slots: readonly CardSlot[], gap = 8): Record<string, number> {
  const placed: Record<string, number> = {};
  let nextFree = Number.NEGATIVE_INFINITY;
  for (const slot of [...slots].sort((a, b) => a.top - b.top)) {
    const top = Math.max(slot.top, nextFree);
    placed[slot.id] = top;
    nextFree = top + slot.height + gap;
  }
  return placed;
}
