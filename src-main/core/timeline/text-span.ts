/** A range of a text as UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}
