/** Scoring helpers for `bench/import.ts`: text overlap, and whether a page states a date. */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Lower-cased words (letters and digits in any script; each Han/kana character is a word). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the two texts' bags of words: 1 when they hold the same words, 0 when they share none. */
export function wordOverlap(extracted: string, reference: string): number {
  const counts = new Map<string, number>();
  const ours = words(extracted);
  const theirs = words(reference);
  for (const word of theirs) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of ours) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  if (ours.length === 0 || theirs.length === 0) return ours.length === theirs.length ? 1 : 0;
  const precision = common / ours.length;
  const recall = common / theirs.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The day (`YYYY-MM-DD`) of a publication time as Readability reports it (`2021-11-01T10:52:50+0100`, `2017-11-03 03:01:00`). */
export function expectedDay(publishedTime: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(publishedTime ?? '');
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * True when the page's source states the day `day` (`YYYY-MM-DD`) in a form people or machines
 * write it: ISO (`2019-02-25`, `2019/02/25`), US and European numeric forms, or with the month's
 * name (`February 25, 2019`, `25 Feb 2019`, `Feb. 25, 2019`).
 */
export function statesDay(source: string, day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const pad = (value: number) => String(value).padStart(2, '0');
  const name = MONTH_NAMES[month - 1] as string;
  const short = name.slice(0, 3);
  const numeric = [`${year}-${pad(month)}-${pad(date)}`, `${year}/${pad(month)}/${pad(date)}`, `${pad(month)}/${pad(date)}/${year}`, `${month}/${date}/${year}`, `${pad(date)}.${pad(month)}.${year}`, `${date}.${month}.${year}`, `${year}${pad(month)}${pad(date)}`];
  if (numeric.some((form) => source.includes(form))) return true;
  const written = new RegExp(`\\b(?:(?:${name}|${short}\\.?)\\s+0?${date}(?:st|nd|rd|th)?,?\\s+${year}|0?${date}(?:st|nd|rd|th)?\\.?\\s+(?:${name}|${short}\\.?),?\\s+${year})\\b`, 'i');
  return written.test(source);
}
