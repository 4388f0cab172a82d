/** A calendar date a dateline states; `year` is null when it gives only a month and a day. */
export interface DatelineDate {
  year: number | null;
  month: number;
  day: number;
}

/** What a dateline says: any part may be missing (null). */
export interface Dateline {
  date: DatelineDate | null;
  source: string | null;
  place: string | null;
  /** UTF-16 length of the dateline at the start of the input, with the dash and spaces after it. */
  length: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WRITTEN_DATE = `(${MONTH_PATTERN})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`;
/** An all-capitals place ("BEIJING", "NEW YORK", "ST. LOUIS") with an optional region ("Calif."). */
const PLACE = "([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4})(?:,\\s+([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?";
const DASH = '(?:--|—|–|-)';

/** The seed form: a first line `date 2019-02-25 Reuters, BEIJING`. */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+([^,\n]*?))?(?:,[ \t]*([^\n]*?))?[ \t]*(?:\n|$)\s*/i;
/** Wire forms: `PLACE[, Region][, Date] (Source) -`, `Date (Source) -`, `PLACE, Date /Source/ --`. */
const WIRE = new RegExp(
  `^[ \\t]*(?:${PLACE}(?:,?\\s+|,\\s*))?(?:${WRITTEN_DATE},?\\s+)?(?:\\(([^()\\n]{2,40})\\)|/([^/\\n]{2,40})/)\\s*${DASH}\\s*`,
);
/** A bare place and dash: `NEW YORK — ...`. */
const PLACE_ONLY = new RegExp(`^[ \\t]*${PLACE}\\s+${DASH}\\s+`);

const LOWERCASE_PARTICLES = new Set(['de', 'da', 'del', 'la', 'le', 'of', 'on', 'upon', 'es', 'al']);

/**
 * Reads a newswire dateline at the very start of `text`. Recognises the form
 * `date 2019-02-25 Reuters, BEIJING` on its own line and the wire forms `BEIJING (Reuters) -`,
 * `WASHINGTON, Feb. 25 (AP) —`, `Feb 25 (Reuters) -` and `LONDON, February 25, 2019 /PRNewswire/ --`.
 * Returns null when the text does not start with a dateline, or when its date is impossible.
 */
export function parseDateline(text: string): Dateline | null {
  const line = DATE_LINE.exec(text);
  if (line) {
    const date = validDate(Number(line[1]), Number(line[2]), Number(line[3]));
    if (!date) return null;
    return { date, source: emptyToNull(line[4]), place: placeName(line[5]), length: line[0].length };
  }
  const wire = WIRE.exec(text);
  if (wire) {
    const [, place, region, month, day, year, parenSource, slashSource] = wire;
    let date: DatelineDate | null = null;
    if (month && day) {
      date = validDate(year ? Number(year) : null, monthNumber(month), Number(day));
      if (!date) return null;
    }
    const fullPlace = place ? [placeName(place), region].filter(Boolean).join(', ') : null;
    return { date, source: emptyToNull(parenSource ?? slashSource), place: fullPlace, length: wire[0].length };
  }
  const bare = PLACE_ONLY.exec(text);
  if (bare && bare[1] && /[A-Z]{3}/.test(bare[1])) {
    const fullPlace = [placeName(bare[1]), bare[2]].filter(Boolean).join(', ');
    return { date: null, source: null, place: fullPlace, length: bare[0].length };
  }
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(year: number | null, month: number, day: number): DatelineDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // 2000 is a leap year: a date without a year may be 29 February.
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

function emptyToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** "NEW YORK" → "New York", "WINSTON-SALEM" → "Winston-Salem"; mixed-case names are kept. */
function placeName(value: string | undefined): string | null {
  const name = emptyToNull(value);
  if (!name || name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && LOWERCASE_PARTICLES.has(word) ? word : word.replace(/(^|[-'’.])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()),
    )
    .join(' ');
}
