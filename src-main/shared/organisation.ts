import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { TagSchema } from './annotation';

/** A collection id: a time-ordered UUID (version 7), unique across devices. */
export const CollectionIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a collection id is a version-7 UUID');

/** A collection's name as the user typed it: one line, not empty. */
export const CollectionNameSchema = z.string().trim().min(1).max(120).regex(/^[^\n\r]+$/);

/** What every replicated record carries: when it last changed, on which device, and a tombstone. */
const syncFields = {
  /** ISO date-time of the last change; the newer record wins a merge. */
  updatedAt: z.string(),
  deviceId: z.string(),
  isDeleted: z.boolean(),
};

/** A collection of articles. Its members are {@link MembershipSchema} records, never an array here. */
export const CollectionSchema = z.object({
  id: CollectionIdSchema,
  name: CollectionNameSchema,
  createdAt: z.string(),
  ...syncFields,
});

/**
 * One article in one collection, its own record so two devices adding different articles both
 * keep theirs. Keyed `<collectionId>|<articleId>`: the same membership made twice is one record.
 */
export const MembershipSchema = z.object({
  collectionId: CollectionIdSchema,
  articleId: ArticleIdSchema,
  addedAt: z.string(),
  ...syncFields,
});

/**
 * A user's tag on an article, its own record keyed `<articleId>|<tag in lower case>`. A tombstone
 * also hides a tag the imported file carried (`ArticleMeta.tags`).
 */
export const ArticleTagSchema = z.object({
  articleId: ArticleIdSchema,
  tag: TagSchema,
  ...syncFields,
});

/**
 * Where the reader left an article: `offset` is a UTF-16 offset into the canonical text (the
 * start of the passage at the top of the view); `isRead` is the user's (or the reader's) mark.
 */
export const ReadingStateSchema = z.object({
  articleId: ArticleIdSchema,
  offset: z.number().int().nonnegative(),
  isRead: z.boolean(),
  updatedAt: z.string(),
  deviceId: z.string(),
});

/** See {@link CollectionSchema}. */
export type Collection = z.infer<typeof CollectionSchema>;
/** See {@link MembershipSchema}. */
export type Membership = z.infer<typeof MembershipSchema>;
/** See {@link ArticleTagSchema}. */
export type ArticleTag = z.infer<typeof ArticleTagSchema>;
/** See {@link ReadingStateSchema}. */
export type ReadingState = z.infer<typeof ReadingStateSchema>;

/** The record key of a membership. */
export function membershipKey(collectionId: string, articleId: string): string {
  return `${collectionId}|${articleId}`;
}

/** The record key of an article tag: tags differing only in case are one tag. */
export function articleTagKey(articleId: string, tag: string): string {
  return `${articleId}|${tag.trim().toLowerCase()}`;
}

/** How the library list can be sorted. */
export const LIBRARY_SORTS = ['published', 'added', 'source', 'title'] as const;

/**
 * What `articles:query` asks: a sort (newest publication first by default; undated articles always
 * last) and filters, each left out to let every article through. `source` is matched whole, case
 * aside; `text` is words each found in the title or the source.
 */
export const LibraryQuerySchema = z
  .object({
    sort: z.enum(LIBRARY_SORTS).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    source: z.string().max(200).optional(),
    isRead: z.boolean().optional(),
    hasNotes: z.boolean().optional(),
    tag: TagSchema.optional(),
    collectionId: CollectionIdSchema.optional(),
    text: z.string().max(200).optional(),
  })
  .strict();

/** See {@link LibraryQuerySchema}. */
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;
