import { z } from 'zod';

/** The TIMEX3 types of a time expression. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

/** One of {@link TIMEX_TYPES}. */
export type TimexType = (typeof TIMEX_TYPES)[number];

/**
 * A time expression found in a text. `start`/`end` are UTF-16 offsets into the text it was found
 * in (for an article, its canonical text), `end` exclusive. `value` is a TIMEX3 value resolved
 * against the document's creation time: `2019-02-22`, `2019-W08`, `2019-02`, `1998-Q3`, `P3Y`,
 * `XXXX-WXX-5`, `PRESENT_REF`, …
 */
export const TimeExpressionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.enum(TIMEX_TYPES),
  value: z.string(),
  /**
   * Only for a DURATION that measures a gap from a date ("three days later": TimeML's extent is
   * "three days", P3D): the date it points at and the whole phrase that names it, so the timeline
   * can still date the event.
   */
  anchor: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), value: z.string() }).optional(),
});

/** See {@link TimeExpressionSchema}. */
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;

/** How precise an event's date is, from the coarsest to the finest. */
export const GRANULARITIES = ['century', 'decade', 'year', 'half', 'season', 'quarter', 'month', 'week', 'day', 'time'] as const;

/** One of {@link GRANULARITIES}. */
export type Granularity = (typeof GRANULARITIES)[number];

/** A range of the canonical text: UTF-16 offsets, `end` exclusive. */
export const TextSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * A dated point on a timeline: the calendar `value` of the expression that dated it (a TIMEX3
 * date value such as `2019-02-22` or `2019-W08`) and its `granularity`; the `sentence` it came from
 * (range in the canonical text) and a short `title` drawn from that sentence's clause.
 */
export const TimelineEventSchema = z.object({
  value: z.string(),
  granularity: z.enum(GRANULARITIES),
  sentence: TextSpanSchema,
  title: z.string(),
  expression: TimeExpressionSchema,
});

/** See {@link TimelineEventSchema}. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** An article's timeline: every expression found and the events they date, in text order. */
export const ArticleTimelineSchema = z.object({
  expressions: z.array(TimeExpressionSchema),
  events: z.array(TimelineEventSchema),
});

/** See {@link ArticleTimelineSchema}. */
export type ArticleTimeline = z.infer<typeof ArticleTimelineSchema>;
