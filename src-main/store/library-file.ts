import { z } from 'zod';
import { ArticleMetaSchema } from '../shared/article';
import { ArticleTagSchema, CollectionSchema, MembershipSchema } from '../shared/organisation';
import { SettingsSchema } from '../shared/settings';

/**
 * The schema version this build writes. Files from newer versions open read-only.
 * Version 2 added collections, memberships and article tags; version 3 the records of removed
 * articles (see migrations.ts).
 */
export const LIBRARY_SCHEMA_VERSION = 3;

/**
 * The record an article leaves when it is removed (a tombstone, so a removal can replicate and be
 * told apart from an article never imported): when, on which device, and its title then. The
 * notes removed with it carry the same `removedAt` as their `updatedAt`.
 */
export const RemovedArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** ISO date-time of the removal. */
  removedAt: z.string(),
  deviceId: z.string(),
});

/** See {@link RemovedArticleSchema}. */
export type RemovedArticle = z.infer<typeof RemovedArticleSchema>;

/** library.json: the article index (metadata only, never bodies), settings, and library facts. */
export const LibraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  /** A random id naming this library, stable for its life (for sync later). */
  libraryId: z.string().min(1),
  createdAt: z.string(),
  /** Article metadata by article id. */
  articles: z.record(z.string(), ArticleMetaSchema),
  settings: SettingsSchema,
  /** True once the sample articles have been offered, so deleting them does not bring them back. */
  isSeeded: z.boolean(),
  /** Collections by id (tombstones included). */
  collections: z.record(z.string(), CollectionSchema),
  /** Which article is in which collection, one record per membership (see `membershipKey`). */
  memberships: z.record(z.string(), MembershipSchema),
  /** The user's tags on articles, one record per article and tag (see `articleTagKey`). */
  articleTags: z.record(z.string(), ArticleTagSchema),
  /** Articles removed and not imported again, by id. */
  removedArticles: z.record(z.string(), RemovedArticleSchema),
});

/** See {@link LibraryFileSchema}. */
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

/** content.json in an article's folder: the whole article, so the index can be rebuilt from it. */
export const ContentFileSchema = z.object({
  schemaVersion: z.literal(1),
  meta: ArticleMetaSchema,
  blocks: z.array(z.unknown()),
  text: z.string(),
});
