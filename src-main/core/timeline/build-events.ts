import type { TimeExpression, TimelineEvent } from '../../shared/timeline';
import { isCitationDate } from './citation-date';
import { eventTitle } from './event-title';
import type { TextSpan } from './text-span';
import { sentenceAt, splitSentences } from './split-sentences';
import { granularityOf } from './timex-value';

/**
 * The events a text's expressions date: one per DATE or TIME expression whose value is a calendar
 * date (`2019-02-22`, `2019-W08`, `1998-Q3`, `199`…), in text order. Durations, sets and vague
 * references (`PRESENT_REF`) date nothing and are left out, except a duration that measures a gap
 * from a date ("three days later"), which dates the event with the date it points at. Each event carries its sentence's
 * range in `text`, a short title from the expression's clause and the expression itself.
 * `expressions` must come from the same `text` (see extractTimeExpressions) and be resolved
 * against `dct`. The dateline's own date is the DCT, not an event: a DCT date alone on a short
 * first line (a dateline left in the text) is skipped, and so are the dates of citations (see
 * isCitationDate).
 */
export function buildEvents(text: string, expressions: readonly TimeExpression[], dct: string): TimelineEvent[] {
  const sentences = splitSentences(text);
  const events: TimelineEvent[] = [];
  // The dates and times a title leaves out: a live blog's "Feb 10, 2011 at 9:04 pm | …" stamps say nothing of what happened.
  const dated = expressions.flatMap((found) => datingExpression(found) ?? []);
  for (const found of expressions) {
    const expression = datingExpression(found);
    if (expression === null) continue;
    const granularity = granularityOf(expression.value);
    if (granularity === null || isDateline(text, expression, dct) || isCitationDate(text, expression)) continue;
    const sentence = sentenceAt(sentences, expression.start) ?? { start: expression.start, end: expression.end };
    events.push({ value: expression.value, granularity, sentence: { ...sentence }, title: eventTitle(text, sentence, expression, within(dated, sentence)), expression: { ...expression } });
  }
  return events;
}

/**
 * The expression that dates an event: a DATE or TIME as found, or the date a gap points at ("three
 * days later", a DURATION of "three days" for TimeML) over its whole phrase; null for the rest.
 * The article view underlines the same phrases, so a reader hovering "three days later" sees its date.
 */
export function datingExpression(expression: TimeExpression): TimeExpression | null {
  if (expression.type === 'DATE' || expression.type === 'TIME') return expression;
  const anchor = expression.anchor;
  return anchor === undefined ? null : { start: anchor.start, end: anchor.end, type: 'DATE', value: anchor.value };
}

/** The expressions that lie in a span. */
function within(expressions: readonly TimeExpression[], span: TextSpan): TimeExpression[] {
  return expressions.filter((expression) => expression.start >= span.start && expression.end <= span.end);
}

const MAX_DATELINE_LENGTH = 100;

function isDateline(text: string, expression: TimeExpression, dct: string): boolean {
  const firstLineEnd = text.indexOf('\n');
  const lineEnd = firstLineEnd < 0 ? text.length : firstLineEnd;
  return expression.end <= lineEnd && lineEnd <= MAX_DATELINE_LENGTH && expression.value.slice(0, 10) === dct.slice(0, 10);
}
