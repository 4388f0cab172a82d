import { z } from 'zod';
import { ArticleIdSchema, ArticleMetaSchema, ArticleSchema } from './article';
import { SettingsSchema } from './settings';
import { NoteIdSchema, NoteViewSchema, TagSchema, TextPositionSchema } from './annotation';
import { MAX_NOTE_LENGTH, MAX_TAGS, NOTE_COLORS } from './note-limits';
import type { Result } from './result';
import { libraryContract } from './library-contract';
import { timelineContract } from './timeline-contract';
import { CHANNEL_NAMES, type ChannelName, type MenuCommand } from './channels';

/** What `library:status` tells the renderer about the open library. */
export const LibraryStatusSchema = z.object({
  /** Absolute path of the library folder. */
  path: z.string(),
  /** True when the library cannot be written (a newer version's file, a read-only disk). */
  isReadOnly: z.boolean(),
  /** Things the user must be told once: a damaged file set aside, a backup restored. */
  notices: z.array(z.string()),
});

/** The outcome of importing one file. */
export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    path: z.string(),
    id: ArticleIdSchema,
    title: z.string(),
    /** Notes removed with an earlier copy of this article, brought back with it (absent when none). */
    restoredNotes: z.number().int().positive().optional(),
  }),
  z.object({ status: z.literal('duplicate'), path: z.string(), id: ArticleIdSchema, title: z.string() }),
  z.object({ status: z.literal('failed'), path: z.string(), message: z.string() }),
]);

/** What importing files and folders did: each file's outcome and the counts the summary shows. */
export const ImportSummarySchema = z.object({
  outcomes: z.array(ImportOutcomeSchema),
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  isCancelled: z.boolean(),
  notStarted: z.number().int().nonnegative(),
});

const noInput = z.undefined();
const noteRef = z.object({ articleId: ArticleIdSchema, id: NoteIdSchema }).strict();
const noteFields = {
  body: z.string().max(MAX_NOTE_LENGTH, `a note can be up to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`).optional(),
  color: z.enum(NOTE_COLORS).optional(),
  tags: z.array(TagSchema).max(MAX_TAGS).optional(),
};

/**
 * The whole IPC surface: for every `domain:verb` channel, a zod schema for its input and output.
 * Main validates every input against it; the preload builds one function per channel from it.
 */
export const ipcContract = {
  'library:status': { input: noInput, output: LibraryStatusSchema },
  'articles:list': { input: noInput, output: z.array(ArticleMetaSchema) },
  'articles:get': { input: z.object({ id: ArticleIdSchema }).strict(), output: ArticleSchema },
  'articles:import': {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
    output: ImportSummarySchema,
  },
  'articles:cancel': { input: noInput, output: z.object({ isCancelled: z.boolean() }) },
  'articles:update': {
    input: z
      .object({
        id: ArticleIdSchema,
        title: z.string().max(2000).optional(),
        source: z.string().max(2000).nullable().optional(),
        place: z.string().max(2000).nullable().optional(),
        published: z.string().max(100).nullable().optional(),
      })
      .strict(),
    output: ArticleMetaSchema,
  },
  /** Deletes an article; its notes become tombstones (answered: how many). */
  'articles:delete': {
    input: z.object({ id: ArticleIdSchema }).strict(),
    output: z.object({ id: ArticleIdSchema, deletedNotes: z.number().int().nonnegative() }),
  },
  'articles:replace': {
    input: z.object({ id: ArticleIdSchema, path: z.string().min(1).max(4096) }).strict(),
    output: z.object({
      oldId: ArticleIdSchema,
      id: ArticleIdSchema,
      title: z.string(),
      notes: z.number().int().nonnegative(),
      orphaned: z.number().int().nonnegative(),
      tags: z.number().int().nonnegative(),
      collections: z.number().int().nonnegative(),
    }),
  },
  'settings:get': { input: noInput, output: SettingsSchema },
  'settings:update': { input: SettingsSchema.partial().strict(), output: SettingsSchema },
  'notes:list': { input: z.object({ articleId: ArticleIdSchema }).strict(), output: z.array(NoteViewSchema) },
  'notes:create': {
    input: z.object({ articleId: ArticleIdSchema, range: TextPositionSchema.nullable(), ...noteFields }).strict(),
    output: NoteViewSchema,
  },
  'notes:update': { input: noteRef.extend(noteFields).strict(), output: NoteViewSchema },
  'notes:delete': { input: noteRef, output: z.object({ id: NoteIdSchema }) },
  'notes:restore': { input: noteRef, output: NoteViewSchema },
  'notes:counts': { input: noInput, output: z.record(z.string(), z.number().int().nonnegative()) },
  ...libraryContract,
  ...timelineContract,
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

/** A channel name of the contract, `domain:verb`. */
export type Channel = keyof typeof ipcContract;
/** The input a channel accepts. */
export type ChannelInput<C extends Channel> = z.input<(typeof ipcContract)[C]['input']>;
/** The value a channel answers with on success. */
export type ChannelOutput<C extends Channel> = z.output<(typeof ipcContract)[C]['output']>;

/** Every channel name, in contract order. */
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type VerbFunction<C extends Channel> = undefined extends ChannelInput<C>
  ? () => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** Names of events main pushes to the renderer, with their payloads. */
export interface PushEvents {
  /**
   * The library's articles changed. `reason` says why (`import` from the menu, `open-file` from the
   * operating system or a second launch, `delete` an article deleted); `articleId`, when present, is the article to show: the
   * first one just imported, or the one already in the library when the file was a duplicate.
   */
  'library:changed': { reason: string; articleId?: string };
  /** A menu item or its shortcut asks the renderer to act; see {@link MenuCommand}. */
  'menu:command': { command: MenuCommand };
  /** The window is about to close: save what is pending now. */
  'app:closing': Record<string, never>;
  /** An import's progress: files done of those found, and the one being read. */
  'import:progress': { done: number; total: number; current: string | null };
  /**
   * Files and folders chosen in the shell (File → Import, files opened from the operating system)
   * for the window to import through `articles:import`, so the import shows its progress, Cancel
   * and summary there, as a drop does.
   */
  'import:requested': { paths: string[] };
}

/**
 * The API the renderer sees as `window.api`: `api.articles.get({ id })` for channel
 * `articles:get`, each answering a {@link Result}; `onEvent` subscribes to pushes from main
 * and returns the function that unsubscribes.
 */
export type DatelineApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: VerbFunction<C>;
  };
} & {
  onEvent<E extends keyof PushEvents>(name: E, callback: (payload: PushEvents[E]) => void): () => void;
  /** Where a file dropped on the window lives on disk; null when it has no path (dragged from a web page). */
  pathForFile(file: File): string | null;
};
