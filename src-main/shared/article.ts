import { z } from 'zod';

/** An article id: the first 16 hex digits of the SHA-256 of its canonical text. */
export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hexadecimal digits');

/** An inline mark over a block's text; `start`/`end` are UTF-16 offsets into that block's text. */
export const MarkSchema = z.object({
  type: z.enum(['emphasis', 'strong', 'link', 'code']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().optional(),
});

/** The kinds of block an article is made of. */
export const BLOCK_TYPES = ['heading', 'paragraph', 'quote', 'list-item', 'image', 'preformatted'] as const;

/**
 * One block of article content. Its `text` is plain text (never markup); an image's text is its
 * caption or alt text. `level` is a heading's level (1–6).
 */
export const BlockSchema = z.object({
  type: z.enum(BLOCK_TYPES),
  text: z.string(),
  level: z.number().int().min(1).max(6).optional(),
  marks: z.array(MarkSchema).optional(),
  src: z.string().optional(),
});

/**
 * Where a metadata field came from, so the user can tell a stated date from a guessed one:
 * `meta` a web page's meta tags (Open Graph, article:*, Dublin Core…), `json-ld` its schema.org
 * data, `time-element` a `<time>` marked as the publication time, `page` the page's own markup
 * (its `<title>`, a byline element), `front-matter` a Markdown file's YAML header, `text` the
 * article's words (a headline, a "By" line, its first sentence), `user` the user (or the CLI's
 * `--date`/`--source`).
 */
export const ORIGINS = ['dateline', 'dateline-and-file-date', 'file', 'meta', 'json-ld', 'user', 'time-element', 'page', 'front-matter', 'text'] as const;

/** One of {@link ORIGINS}. */
export type Origin = (typeof ORIGINS)[number];

/** Where the title, byline, source and place came from; a field left out is unknown or not set. */
export const FieldOriginsSchema = z
  .object({ title: z.enum(ORIGINS), byline: z.enum(ORIGINS), source: z.enum(ORIGINS), place: z.enum(ORIGINS) })
  .partial();

/** A publication date: `value` is an ISO date (`2019-02-25`) or date-time. */
export const PublishedSchema = z.object({
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/),
  origin: z.enum(ORIGINS),
});

/** The metadata of an article, as kept in the library index. `null` means "not known". */
export const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  byline: z.string().nullable(),
  source: z.string().nullable(),
  place: z.string().nullable(),
  published: PublishedSchema.nullable(),
  language: z.string(),
  /** Full SHA-256 (hex) of the canonical text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The imported file's name, as the user had it, and the extension it is kept under. */
  original: z.object({ name: z.string(), extension: z.string() }),
  /** ISO date-time of the import. */
  importedAt: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** Where title, byline, source and place came from (the date's origin is on `published`); absent in older libraries. */
  origins: FieldOriginsSchema.optional(),
  /** Tags the imported file carried (a Markdown front matter's `tags`); absent when it had none. */
  tags: z.array(z.string()).optional(),
});

/** An article's body: its blocks and the canonical text (block texts joined by a blank line). */
export const ArticleContentSchema = z.object({
  blocks: z.array(BlockSchema),
  text: z.string(),
});

/** Everything the reader needs to show one article. */
export const ArticleSchema = z.object({ meta: ArticleMetaSchema, content: ArticleContentSchema });

/** See {@link MarkSchema}. */
export type Mark = z.infer<typeof MarkSchema>;
/** See {@link BlockSchema}. */
export type Block = z.infer<typeof BlockSchema>;
/** See {@link FieldOriginsSchema}. */
export type FieldOrigins = z.infer<typeof FieldOriginsSchema>;
/** See {@link PublishedSchema}. */
export type Published = z.infer<typeof PublishedSchema>;
/** See {@link ArticleMetaSchema}. */
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
/** See {@link ArticleContentSchema}. */
export type ArticleContent = z.infer<typeof ArticleContentSchema>;
/** See {@link ArticleSchema}. */
export type Article = z.infer<typeof ArticleSchema>;

