import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { TextPositionSchema } from './annotation';
import { MAX_EVENT_NOTE_LENGTH, MAX_EVENT_TITLE_EDIT } from './timeline-limits';
import {
  ArticleTimelineViewSchema,
  CalendarValueSchema,
  CollectionQuerySchema,
  CollectionTimelinePageSchema,
  EventKeySchema,
  TimelineExportRequestSchema,
  TimelineExportSchema,
} from './timeline-views';

const eventRef = { articleId: ArticleIdSchema, key: EventKeySchema };
const title = z.string().max(MAX_EVENT_TITLE_EDIT, `an event title can be up to ${MAX_EVENT_TITLE_EDIT} characters`);

/**
 * The timeline channels: an article's timeline, a collection's (merged events and key dates), the
 * user's corrections (edit an event's date, title, hidden state or note; add an event for a
 * passage; revert an event's edits) and exports. Spread into `ipcContract`.
 */
export const timelineContract = {
  'timeline:article': { input: z.object({ articleId: ArticleIdSchema }).strict(), output: ArticleTimelineViewSchema },
  'timeline:collection': { input: CollectionQuerySchema, output: CollectionTimelinePageSchema },
  'timeline:edit': {
    input: z
      .object({ ...eventRef, value: CalendarValueSchema.optional(), title: title.optional(), isHidden: z.boolean().optional(), note: z.string().max(MAX_EVENT_NOTE_LENGTH).optional() })
      .strict(),
    output: ArticleTimelineViewSchema,
  },
  'timeline:add': {
    input: z.object({ articleId: ArticleIdSchema, range: TextPositionSchema, value: CalendarValueSchema, title: title.optional() }).strict(),
    output: ArticleTimelineViewSchema,
  },
  'timeline:revert': { input: z.object(eventRef).strict(), output: ArticleTimelineViewSchema },
  'timeline:export': { input: TimelineExportRequestSchema, output: TimelineExportSchema },
  /** Exports and saves where the user chooses (main asks with a save dialog); `file` is null when they cancel. */
  'timeline:save': { input: TimelineExportRequestSchema, output: z.object({ file: z.string().nullable() }) },
} as const;
