import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { NoteIdSchema } from './annotation';

/** A range of UTF-16 offsets, `end` exclusive. */
export const OffsetRangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * A passage around a match: `start`/`end` locate it in its source (an article's canonical text or a
 * note's body), `text` is that slice, and `highlights` are ranges of the same source (subtract
 * `start` to place them in `text`).
 */
export const SnippetSchema = OffsetRangeSchema.extend({ text: z.string(), highlights: z.array(OffsetRangeSchema) });

/** What `search:query` asks: the words typed, how many hits at most (10 unless given), and which kinds of record (both unless given). */
export const SearchQuerySchema = z
  .object({
    query: z.string().max(500),
    limit: z.number().int().min(1).max(200).optional(),
    kinds: z.array(z.enum(['article', 'note'])).min(1).max(2).optional(),
  })
  .strict();

/**
 * One search hit. An `article` hit's `snippet` and `passage` point into the article's canonical
 * text (`passage` is the first match, where the reader should scroll; null when only the title
 * matched); `titleHighlights` are ranges of the title. A `note` hit's `snippet` points into the
 * note's body (null when only its quote or tags matched) and `passage` is the noted passage in the
 * article (null for a note on the whole article). `title` is always the article's title.
 */
export const SearchHitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    articleId: ArticleIdSchema,
    title: z.string(),
    score: z.number(),
    titleHighlights: z.array(OffsetRangeSchema),
    snippet: SnippetSchema.nullable(),
    passage: OffsetRangeSchema.nullable(),
  }),
  z.object({
    kind: z.literal('note'),
    articleId: ArticleIdSchema,
    noteId: NoteIdSchema,
    title: z.string(),
    score: z.number(),
    snippet: SnippetSchema.nullable(),
    passage: OffsetRangeSchema.nullable(),
  }),
]);

/** The answer to a search: the best hits first, and how many matched in all. */
export const SearchResultSchema = z.object({ hits: z.array(SearchHitSchema), total: z.number().int().nonnegative() });

/**
 * Where the search index stands: `loading` a saved index, `indexing` articles (`done` of `total`:
 * all of them on a first start, those changed since on a later one), or `ready`. A search asked
 * before it is ready is answered once it is.
 */
export const SearchStatusSchema = z.object({
  phase: z.enum(['loading', 'indexing', 'ready']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** See {@link SearchStatusSchema}. */
export type SearchStatus = z.infer<typeof SearchStatusSchema>;
/** See {@link SearchQuerySchema}. */
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
/** See {@link SearchHitSchema}. */
export type SearchHit = z.infer<typeof SearchHitSchema>;
/** See {@link SearchResultSchema}. */
export type SearchResult = z.infer<typeof SearchResultSchema>;
