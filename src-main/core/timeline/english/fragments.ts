/**
 * Pattern fragments shared by several English rule families. Each is a regular-expression source
 * for a case-insensitive pattern; none has capturing groups, so rules can number their own.
 */

/** A modifier at the edge of a period that TimeML keeps inside the extent: "early", "mid-", "the end of". */
export const EDGE =
  String.raw`(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn|rest|remainder|balance|latter\s+part|first\s+part)(?:\s+of\s+(?:the\s+)?|-|\s+))`;

/**
 * "around" before a date: TimeML keeps an approximating modifier inside the extent (mod APPROX),
 * as the gold does for "around Nov. 1" and "around year end". "about" is left out: the corpus
 * keeps it outside ("about 10:35 a.m.") and it is mostly a preposition ("talks about 1992").
 */
export const APPROXIMATELY = String.raw`(?:around\s+)`;

/** A year written as four digits, not part of a larger number, an amount or a time like 1500 GMT. */
export const YEAR_DIGITS = String.raw`(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|\s*(?:%|(?:percent|per\s+cent|GMT|hours|local\s+time)\b))`;

/** The end of a word: no letter or digit follows (works after a dotted abbreviation too). */
export const WORD_END = String.raw`(?![A-Za-z\d])`;

/** Nothing that makes a number an amount, a code or part of a larger number comes before it. */
export const NUMBER_START = String.raw`(?<![\d$£€#.,/:-]|\w)`;

/** A time zone written after a clock time. */
export const TIME_ZONE = String.raw`(?:[ECMP][SD]T|GMT|UTC)`;
