import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { MAX_NOTE_LENGTH, MAX_TAGS, NOTE_COLORS } from './note-limits';

/** A note id: a time-ordered UUID (version 7), unique across devices. */
export const NoteIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a note id is a version-7 UUID');

/** W3C TextQuoteSelector: the passage and up to 32 characters either side of it. */
export const TextQuoteSchema = z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() });

/** W3C TextPositionSelector: UTF-16 offsets into the canonical text, `end` exclusive. */
export const TextPositionSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((range) => range.end >= range.start, 'a range ends after it starts');

/** Where a note points: the passage by quote and by position, and the hash of the text they refer to. */
export const NoteTargetSchema = z.object({
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  quote: TextQuoteSchema,
  position: TextPositionSchema,
});

/** A tag: a short label without line breaks. */
export const TagSchema = z.string().trim().min(1).max(60).regex(/^[^\n\r]+$/);

/**
 * A side note, stored as its own record (W3C Web Annotation in spirit): `target` null means a note
 * on the article as a whole; `body` is Markdown and may be empty (a plain highlight). A deleted
 * note keeps its record with `isDeleted` (a tombstone), so deletion replicates and can be undone.
 */
export const NoteSchema = z.object({
  id: NoteIdSchema,
  articleId: ArticleIdSchema,
  target: NoteTargetSchema.nullable(),
  body: z.string().max(MAX_NOTE_LENGTH),
  color: z.enum(NOTE_COLORS),
  tags: z.array(TagSchema).max(MAX_TAGS),
  /** ISO date-times. */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The device that last changed it. */
  deviceId: z.string(),
  isDeleted: z.boolean(),
});

/** A note as the reader shows it: where it sits in the current text, or null when orphaned. */
export const NoteViewSchema = NoteSchema.extend({
  anchor: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
  /** True when the note has a passage that could not be found in the current text. */
  isOrphaned: z.boolean(),
});

/** See {@link NoteSchema}. */
export type Note = z.infer<typeof NoteSchema>;
/** See {@link NoteViewSchema}. */
export type NoteView = z.infer<typeof NoteViewSchema>;
/** See {@link NoteTargetSchema}. */
export type NoteTarget = z.infer<typeof NoteTargetSchema>;
/** See {@link TextQuoteSchema}. */
export type TextQuote = z.infer<typeof TextQuoteSchema>;
