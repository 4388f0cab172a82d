import { z } from 'zod';
import { ArticleIdSchema } from '../shared/article';
import { NoteSchema } from '../shared/annotation';

/** notes/<article id>.json: every note (and tombstone) of one article, by note id. */
export const NotesFileSchema = z.object({
  schemaVersion: z.literal(1),
  articleId: ArticleIdSchema,
  notes: z.record(z.string(), NoteSchema),
});

/** See {@link NotesFileSchema}. */
export type NotesFile = z.infer<typeof NotesFileSchema>;

/** An empty notes file for an article. */
export function emptyNotesFile(articleId: string): NotesFile {
  return { schemaVersion: 1, articleId, notes: {} };
}
