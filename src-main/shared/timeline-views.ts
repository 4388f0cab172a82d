import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { TagSchema } from './annotation';
import { CollectionIdSchema } from './organisation';
import { GRANULARITIES, TextSpanSchema, TIMEX_TYPES } from './timeline';
import { CALENDAR_VALUE_PATTERN, EVENT_KEY_PATTERN, MAX_EVENT_NOTE_LENGTH, MAX_EVENT_TITLE_EDIT, MAX_EVENT_PAGE, MAX_KEY_DATES, TIMELINE_EXPORT_FORMATS } from './timeline-limits';

/**
 * An event's stable key within its article: `x<start>-<end>` for an event the extractor found
 * (the UTF-16 range of the expression that dated it), `u<uuid>` for one the user added.
 */
export const EventKeySchema = z.string().regex(EVENT_KEY_PATTERN, 'an event key is x<start>-<end> or u<uuid>');

/** A calendar date as the user may type it: `2019-02-22`, `2019-02`, `2019`, `2019-W08`, `2019-Q1`. */
export const CalendarValueSchema = z.string().regex(CALENDAR_VALUE_PATTERN, 'a date is written YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-Qn');

/** An ISO calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/);

/** The days a date covers, both inclusive: one day for a day, Monday to Sunday for a week, … */
const daySpan = { startDay: IsoDaySchema, endDay: IsoDaySchema };

/**
 * A user's edit of one event, its own small record in the article's notes file (keyed by the
 * event's key), so it survives re-extraction and replicates on its own: the newer `updatedAt`
 * wins. `target` is the range and text of the expression it edits (for an added event, the
 * passage the user chose), `sentence` the sentence it sat in; they find the event again when the
 * extractor's offsets move. A field left out keeps what the extractor said. `isDeleted` is the
 * tombstone of a reverted edit.
 */
export const EventEditSchema = z.object({
  key: EventKeySchema,
  articleId: ArticleIdSchema,
  target: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), quote: z.string() }),
  sentence: TextSpanSchema,
  value: CalendarValueSchema.optional(),
  title: z.string().max(MAX_EVENT_TITLE_EDIT).optional(),
  isHidden: z.boolean().optional(),
  note: z.string().max(MAX_EVENT_NOTE_LENGTH).optional(),
  isAdded: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deviceId: z.string(),
  isDeleted: z.boolean(),
});

/** See {@link EventEditSchema}. */
export type EventEdit = z.infer<typeof EventEditSchema>;

/** A time expression as the reader underlines it, with the days it resolved to (null for durations, sets, vague ones). */
export const ExpressionViewSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.enum(TIMEX_TYPES),
  value: z.string(),
  granularity: z.enum(GRANULARITIES).nullable(),
  startDay: IsoDaySchema.nullable(),
  endDay: IsoDaySchema.nullable(),
});

/** See {@link ExpressionViewSchema}. */
export type ExpressionView = z.infer<typeof ExpressionViewSchema>;

/**
 * One event of an article's timeline with the user's edits applied: its date (`value`,
 * `granularity`, the days it covers), its title, its sentence and dating expression (`quote` is
 * the expression's text, "Friday"), and what the user did: `isEdited` (with `extracted`, what the
 * extractor said), `isHidden`, `isAdded`, `note` (null when none).
 */
export const EventViewSchema = z.object({
  key: EventKeySchema,
  articleId: ArticleIdSchema,
  value: z.string(),
  granularity: z.enum(GRANULARITIES),
  ...daySpan,
  title: z.string(),
  sentence: TextSpanSchema,
  expression: TextSpanSchema,
  quote: z.string(),
  isEdited: z.boolean(),
  isHidden: z.boolean(),
  isAdded: z.boolean(),
  note: z.string().nullable(),
  extracted: z.object({ value: z.string(), title: z.string() }).nullable(),
});

/** See {@link EventViewSchema}. */
export type EventView = z.infer<typeof EventViewSchema>;

/**
 * An article's timeline as the reader shows it: the date it was resolved against (`dct`; when the
 * article has no publication date this is its import date and `isDctGuessed` is true), every
 * expression, and the events in date order (hidden ones included, marked).
 */
export const ArticleTimelineViewSchema = z.object({
  articleId: ArticleIdSchema,
  dct: z.string(),
  isDctGuessed: z.boolean(),
  expressions: z.array(ExpressionViewSchema),
  events: z.array(EventViewSchema),
});

/** See {@link ArticleTimelineViewSchema}. */
export type ArticleTimelineView = z.infer<typeof ArticleTimelineViewSchema>;

/** Which articles a collection timeline covers: the whole library, a collection, or a tag. */
export const TimelineScopeSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ collectionId: CollectionIdSchema }).strict(),
  z.object({ tag: TagSchema }).strict(),
]);

/** See {@link TimelineScopeSchema}. */
export type TimelineScope = z.infer<typeof TimelineScopeSchema>;

/**
 * One article's telling of a collection event: which article, its source, the event (`key`; null
 * for a sentence cited because it opens an article published that day) and the sentence (`quote`).
 */
export const EventSourceSchema = z.object({
  articleId: ArticleIdSchema,
  key: EventKeySchema.nullable(),
  articleTitle: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  sentence: TextSpanSchema,
  quote: z.string(),
});

/** See {@link EventSourceSchema}. */
export type EventSource = z.infer<typeof EventSourceSchema>;

/** An event of a collection: one date, one happening, told by one or more articles (`sources`, first the earliest). */
export const CollectionEventSchema = z.object({
  key: z.string(),
  value: z.string(),
  granularity: z.enum(GRANULARITIES),
  ...daySpan,
  title: z.string(),
  isEdited: z.boolean(),
  sources: z.array(EventSourceSchema).min(1),
});

/** See {@link CollectionEventSchema}. */
export type CollectionEvent = z.infer<typeof CollectionEventSchema>;

/**
 * A key date of a collection: a day ranked by how many articles and mentions point at it
 * (`score`, higher first), with a short summary drawn from the sentences that cite it and those
 * sentences' sources.
 */
export const KeyDateSchema = z.object({
  value: IsoDaySchema,
  score: z.number(),
  articleCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
  publishedCount: z.number().int().nonnegative(),
  summary: z.array(z.string()),
  sources: z.array(EventSourceSchema),
});

/** See {@link KeyDateSchema}. */
export type KeyDate = z.infer<typeof KeyDateSchema>;

/** A collection timeline: every merged event in date order, and the key dates, most important first. */
export const CollectionTimelineSchema = z.object({
  articleCount: z.number().int().nonnegative(),
  events: z.array(CollectionEventSchema),
  keyDates: z.array(KeyDateSchema),
  /** The distinct sources (agencies, sites) of the articles, for filtering. */
  sources: z.array(z.string()),
});

/** See {@link CollectionTimelineSchema}. */
export type CollectionTimeline = z.infer<typeof CollectionTimelineSchema>;

/**
 * A page of a collection's events, as the window asks for it: the events matching `words` (in a
 * title, quote or article title, any case) and `source`, from `offset` (0-based, in date order),
 * at most `limit`. `withAxis` also asks for every matching event's place on the time axis.
 * `eventsOnly` leaves the key dates and sources out of the answer (empty): the window has them from
 * the first page, and a thousand articles' key dates weigh some 80 kB on every later page.
 */
export const EventPageQuerySchema = z
  .object({
    words: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().min(1).max(MAX_EVENT_PAGE),
    withAxis: z.boolean().optional(),
    eventsOnly: z.boolean().optional(),
  })
  .strict();

/** See {@link EventPageQuerySchema}. */
export type EventPageQuery = z.infer<typeof EventPageQuerySchema>;

/**
 * Where a page of events sits: `total` events in the collection, `count` of them match, the page
 * starts at `offset`. `axis` (when asked for) places every matching event, in date order, as
 * triples: first day (days since 1970-01-01), length in days minus one, and flags (1: a point, a day;
 * 2: told by several sources); null when not asked for.
 */
export const EventPageSchema = z.object({
  total: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  axis: z.array(z.number().int()).nullable(),
});

/** See {@link EventPageSchema}. */
export type EventPage = z.infer<typeof EventPageSchema>;

/** A collection timeline as the window reads it: `events` is only the page asked for, described by `page`. */
export const CollectionTimelinePageSchema = CollectionTimelineSchema.extend({ page: EventPageSchema.optional() });

/** See {@link CollectionTimelinePageSchema}. */
export type CollectionTimelinePage = z.infer<typeof CollectionTimelinePageSchema>;

/**
 * What `timeline:collection` asks: the scope (default the whole library), how many key dates
 * (default: scaled to the collection) and, from the window, one page of the events (default:
 * every event, as the command line and exports read them).
 */
export const CollectionQuerySchema = z
  .object({ scope: TimelineScopeSchema.optional(), keyDates: z.number().int().min(1).max(MAX_KEY_DATES).optional(), page: EventPageQuerySchema.optional() })
  .strict();

/** What `timeline:export` asks: one article or a collection scope, and the format. */
export const TimelineExportRequestSchema = z
  .object({ scope: z.union([TimelineScopeSchema, z.object({ articleId: ArticleIdSchema }).strict()]), format: z.enum(TIMELINE_EXPORT_FORMATS) })
  .strict();

/** An export: a file name and its text. */
export const TimelineExportSchema = z.object({ name: z.string(), mediaType: z.string(), content: z.string() });
