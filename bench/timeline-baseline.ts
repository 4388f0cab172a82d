import * as chrono from 'chrono-node';
import type { TimeExpression } from '../src-main/shared/timeline';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The baseline: chrono-node's English parser with the DCT as its reference date, each result
 * adapted to a TIMEX3 expression (the most precise certain fields become the value; a certain
 * hour makes it a TIME). Ranges keep their start only, as chrono gives no TIMEX3 for them.
 */
export function extractWithChrono(text: string, dct: string): TimeExpression[] {
  const [year = 2000, month = 1, day = 1] = dct.slice(0, 10).split('-').map(Number);
  const reference = new Date(year, month - 1, day, 12, 0, 0);
  return chrono.en.parse(text, reference).map((result) => {
    const start = result.start;
    const value = `${pad(start.get('year') ?? year, 4)}-${pad(start.get('month') ?? month)}-${pad(start.get('day') ?? day)}`;
    const isTime = start.isCertain('hour');
    let timex = value;
    if (isTime) timex = `${value}T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
    else if (!start.isCertain('day') && !start.isCertain('weekday')) timex = start.isCertain('month') ? value.slice(0, 7) : value.slice(0, 4);
    return { start: result.index, end: result.index + result.text.length, type: isTime ? 'TIME' : 'DATE', value: timex };
  });
}
