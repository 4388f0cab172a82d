import { z } from 'zod';
import { ArticleIdSchema, ArticleMetaSchema } from './article';
import { NoteSchema, TagSchema } from './annotation';
import { NOTE_COLORS } from './note-limits';
import { CollectionIdSchema } from './organisation';

/** An article in the library list: its metadata and what the user has done with it. */
export const LibraryItemSchema = ArticleMetaSchema.extend({
  tags: z.array(z.string()),
  collectionIds: z.array(CollectionIdSchema),
  noteCount: z.number().int().nonnegative(),
  isRead: z.boolean(),
  /** Where the reader left it (UTF-16 offset into its canonical text), or null if never opened. */
  readingOffset: z.number().int().nonnegative().nullable(),
});

/** A live collection and its articles, in the order they were added. */
export const CollectionViewSchema = z.object({
  id: CollectionIdSchema,
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  articleIds: z.array(ArticleIdSchema),
});

/** What `notes:all` asks: filters (each left out lets every note through) and a page. */
export const NoteFilterSchema = z
  .object({
    tag: TagSchema.optional(),
    color: z.enum(NOTE_COLORS).optional(),
    articleId: ArticleIdSchema.optional(),
    text: z.string().max(500).optional(),
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

/** One page of the "all notes" view: stored note records with their article's title, newest change first. */
export const NoteListingPageSchema = z.object({
  notes: z.array(NoteSchema.extend({ articleTitle: z.string() })),
  total: z.number().int().nonnegative(),
});

/** What to export: one article, a collection, or the whole library. */
export const ExportScopeSchema = z.union([
  z.object({ articleId: ArticleIdSchema }).strict(),
  z.object({ collectionId: CollectionIdSchema }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

/** What importing W3C annotations did. */
export const AnnotationImportSummarySchema = z.object({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.array(z.object({ id: z.string().nullable(), reason: z.string() })),
});

/** What a backup wrote. */
export const ArchiveSummarySchema = z.object({ file: z.string(), articles: z.number().int().nonnegative(), notesFiles: z.number().int().nonnegative() });

/** A tag and how many articles carry it. */
export const TagCountSchema = z.object({ tag: z.string(), articles: z.number().int().nonnegative() });

/** See {@link LibraryItemSchema}. */
export type LibraryItem = z.infer<typeof LibraryItemSchema>;
/** See {@link CollectionViewSchema}. */
export type CollectionView = z.infer<typeof CollectionViewSchema>;
/** See {@link TagCountSchema}. */
export type TagCount = z.infer<typeof TagCountSchema>;
/** See {@link NoteListingPageSchema}. */
export type NoteListingPage = z.infer<typeof NoteListingPageSchema>;
/** See {@link ArchiveSummarySchema}. */
export type ArchiveSummary = z.infer<typeof ArchiveSummarySchema>;
