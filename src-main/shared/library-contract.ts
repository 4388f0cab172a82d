import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { TagSchema } from './annotation';
import {
  AnnotationImportSummarySchema,
  ArchiveSummarySchema,
  CollectionViewSchema,
  ExportScopeSchema,
  LibraryItemSchema,
  NoteFilterSchema,
  NoteListingPageSchema,
  TagCountSchema,
} from './library-views';
import { CollectionIdSchema, CollectionNameSchema, LibraryQuerySchema, ReadingStateSchema } from './organisation';
import { SearchQuerySchema, SearchResultSchema, SearchStatusSchema } from './search';

const path = z.string().min(1).max(4096);
const articleTag = z.object({ articleId: ArticleIdSchema, tag: TagSchema }).strict();
const members = z.object({ id: CollectionIdSchema, articleIds: z.array(ArticleIdSchema).min(1).max(100_000) }).strict();

/**
 * The channels of search, organisation (tags, collections, the sorted and filtered library list,
 * reading positions), the "all notes" view, export and import of notes, and backup. Part of the
 * one IPC contract (spread into `ipcContract`); kept here so that file stays readable.
 */
export const libraryContract = {
  'search:query': { input: SearchQuerySchema, output: SearchResultSchema },
  'search:status': { input: z.undefined(), output: SearchStatusSchema },
  'articles:query': { input: LibraryQuerySchema, output: z.array(LibraryItemSchema) },
  'tags:list': { input: z.undefined(), output: z.array(TagCountSchema) },
  'tags:add': { input: articleTag, output: z.array(z.string()) },
  'tags:remove': { input: articleTag, output: z.array(z.string()) },
  'collections:list': { input: z.undefined(), output: z.array(CollectionViewSchema) },
  'collections:create': { input: z.object({ name: CollectionNameSchema }).strict(), output: CollectionViewSchema },
  'collections:rename': { input: z.object({ id: CollectionIdSchema, name: CollectionNameSchema }).strict(), output: CollectionViewSchema },
  'collections:delete': { input: z.object({ id: CollectionIdSchema }).strict(), output: z.object({ id: CollectionIdSchema }) },
  'collections:add': { input: members, output: CollectionViewSchema },
  'collections:remove': { input: members, output: CollectionViewSchema },
  'reading:get': { input: z.object({ articleId: ArticleIdSchema }).strict(), output: ReadingStateSchema.nullable() },
  'reading:update': {
    input: z.object({ articleId: ArticleIdSchema, offset: z.number().int().nonnegative().max(100_000_000).optional(), isRead: z.boolean().optional() }).strict(),
    output: ReadingStateSchema,
  },
  'notes:all': { input: NoteFilterSchema, output: NoteListingPageSchema },
  'notes:export': {
    input: z.object({ scope: ExportScopeSchema, format: z.enum(['md', 'jsonld']), destination: path }).strict(),
    output: z.object({ files: z.array(z.string()) }),
  },
  'notes:import': { input: z.object({ path }).strict(), output: AnnotationImportSummarySchema },
  'library:backup': { input: z.object({ path }).strict(), output: ArchiveSummarySchema },
} as const;
