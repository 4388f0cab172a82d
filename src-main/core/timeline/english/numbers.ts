/** Cardinal number words up to nineteen. */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Multiples of ten written as words. */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Ordinal words, used for days of the month and quarters. */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

const SMALL_WORDS = Object.keys(SMALL).sort((a, b) => b.length - a.length).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
const ORDINAL_WORDS = Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|');

/** A number written in words, 1–99 ("seven", "twenty-four", "twenty four"). */
export const NUMBER_WORD = `(?:(?:${TENS_WORDS})(?:[-\\s](?:${SMALL_WORDS}))?|${SMALL_WORDS})`;

/** An ordinal, in digits or words, 1st–31st ("3rd", "third", "twenty-first"). */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[-\\s](?:${ORDINAL_WORDS})|${ORDINAL_WORDS})`;

/**
 * How many of a unit an expression counts: digits (with a fraction such as "2 1/2"), number words,
 * "a"/"an", "a couple of" ("the next couple of years"), or the vague "a few", "several", "many", "some".
 */
export const QUANTITY =
  `(?:\\d+(?:\\.\\d+)?(?:\\s+1\\/2|\\s+and\\s+a\\s+half)?|(?:${NUMBER_WORD}|a|an)(?:\\s+and\\s+a\\s+half)?` +
  `|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|few|several|many|some|a\\s+dozen|dozens\\s+of|a\\s+hundred|hundreds\\s+of|half\\s+a)`;

/** Reads a whole number written in words ("twenty-four" → 24), or null. */
export function parseNumberWord(words: string): number | null {
  const parts = words.toLowerCase().split(/[-\s]+/);
  const [first, second] = parts;
  if (first === undefined) return null;
  if (parts.length === 1) return SMALL[first] ?? TENS[first] ?? null;
  const tens = TENS[first];
  const unit = second === undefined ? undefined : SMALL[second];
  return parts.length === 2 && tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

/** Reads an ordinal ("3rd", "third", "twenty-first" → 3, 3, 21), or null. */
export function parseOrdinal(words: string): number | null {
  const lower = words.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  const parts = lower.split(/[-\s]+/);
  if (parts.length === 1) return ORDINALS[lower] ?? null;
  const tens = TENS[parts[0] ?? ''];
  const unit = ORDINALS[parts[1] ?? ''];
  return parts.length === 2 && tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

/**
 * Reads a {@link QUANTITY}: a number (fractions as decimals: "2 1/2" → 2.5), or null when the
 * quantity is vague ("a few", "several") and TIMEX3 writes it as `X`.
 */
export function parseQuantity(words: string): number | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = / (?:1\/2|and a half)$/.test(lower) ? 0.5 : 0;
  const base = lower.replace(/ (?:1\/2|and a half)$/, '');
  if (/^\d/.test(base)) return Number(base) + half;
  if (base === 'a' || base === 'an') return 1 + half;
  if (base === 'half a') return 0.5;
  if (base === 'a couple of' || base === 'a couple' || base === 'couple of') return 2;
  if (base === 'a dozen') return 12;
  if (base === 'a hundred') return 100;
  const number = parseNumberWord(base);
  return number === null ? null : number + half;
}

/** Reads a year spoken in words ("nineteen ninety-six" → 1996, "two thousand" → 2000), or null. */
export function parseSpokenYear(words: string): number | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const thousand = /^two thousand(?: (?:and )?(.+))?$/.exec(lower);
  if (thousand) return 2000 + (thousand[1] === undefined ? 0 : parseNumberWord(thousand[1]) ?? NaN);
  const match = /^(\w+) (hundred|oh [a-z]+|[a-z]+(?:[- ][a-z]+)?)$/.exec(lower);
  if (!match) return null;
  const century = SMALL[match[1] ?? ''];
  if (century === undefined || century < 10) return null;
  const rest = match[2] ?? '';
  if (rest === 'hundred') return century * 100;
  const tail = rest.startsWith('oh ') ? SMALL[rest.slice(3)] : parseNumberWord(rest);
  return tail === undefined || tail === null || tail < 10 && !rest.startsWith('oh ') ? null : century * 100 + tail;
}
