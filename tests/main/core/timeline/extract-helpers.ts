import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';

/** The expressions of `text` as `[matched text, type, value]` triples, for compact assertions. */
export function tag(text: string, dct: string): [string, string, string][] {
  return extractTimeExpressions(text, { dct, language: 'en' }).map((expression) => [text.slice(expression.start, expression.end), expression.type, expression.value]);
}

/** The single expression matching `wanted` in `text`, as `[type, value]`; undefined when it was not found with that extent. */
export function valueOf(text: string, dct: string, wanted: string): [string, string] | undefined {
  const found = tag(text, dct).find(([matched]) => matched === wanted);
  return found ? [found[1], found[2]] : undefined;
}
