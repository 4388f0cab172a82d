import { z } from 'zod';
import { ArticleIdSchema } from '../shared/article';
import { NoteSchema } from '../shared/annotation';
import { EventEditSchema } from '../shared/timeline-views';

/**
 * notes/<article id>.json: every note (and tombstone) of one article, by note id, and the user's
 * edits of its timeline events, by event key (absent in files written before event edits).
 */
export const NotesFileSchema = z.object({
  schemaVersion: z.literal(1),
  articleId: ArticleIdSchema,
  notes: z.record(z.string(), NoteSchema),
  eventEdits: z.record(z.string(), EventEditSchema).optional(),
});

/** See {@link NotesFileSchema}. */
export type NotesFile = z.infer<typeof NotesFileSchema>;

/** An empty notes file for an article. */
export function emptyNotesFile(articleId: string): NotesFile {
  return { schemaVersion: 1, articleId, notes: {} };
}
