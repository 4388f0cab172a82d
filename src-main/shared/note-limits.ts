/** The highlight colours a note can have, in the order the toolbar offers them. */
export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** One of {@link NOTE_COLORS}. */
export type NoteColor = (typeof NOTE_COLORS)[number];

/** The longest note body, in characters: a long essay fits, a pasted book does not. */
export const MAX_NOTE_LENGTH = 100_000;

/** The most tags one note can carry. */
export const MAX_TAGS = 20;
