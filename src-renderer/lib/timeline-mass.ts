import { dayNumber, type AxisItem } from './timeline-axis';

/** Flags of an axis triple, as main sends them: a point (a day), told by several sources. */
export const MASS_POINT = 1;
export const MASS_STRONG = 2;

/** Dates a year long or longer ("in 2011", "the 1990s") do not decide the axis's range: they are drawn clipped to it. */
export const COARSE_DAYS = 366;

/**
 * Where a timeline's events lie on the time axis, as flat triples in date order: first day (days
 * since 1970-01-01), length in days minus one, flags. Main sends a collection's; an article's is
 * worked out from its items.
 */
export type Mass = readonly number[];

/** The mass of a few items (in date order), as main would send it. */
export function massOf(items: readonly AxisItem[]): number[] {
  return items.flatMap((item) => {
    const start = dayNumber(item.startDay);
    return [start, Math.max(0, dayNumber(item.endDay) - start), (item.isPoint ? MASS_POINT : 0) | (item.isStrong ? MASS_STRONG : 0)];
  });
}

/** The index of the first triple whose first day is `day` or later (the count when none is). */
export function firstFrom(mass: Mass, day: number): number {
  let low = 0;
  let high = mass.length / 3;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mass[middle * 3] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The days the axis spans (inclusive), and how many events lie before and after it. */
export interface AxisRange {
  first: number;
  last: number;
  before: number;
  after: number;
}

/**
 * The axis's range: the mass of the dates, without the stray few far from it. A collection about a
 * 2011 war also cites 1066 and 4989 (a misread number): an axis reaching them would be centuries
 * wide and the events a smear. The range runs from the 1st to the 99th percentile of the first days
 * (of dates shorter than a year), widened by that spread on each side to take back every date
 * near the mass, and always covers `keep` (the key dates). Events outside are counted, not drawn:
 * the list shows them. Null when there is nothing to place.
 */
export function axisRange(mass: Mass, keep: readonly number[] = [], margin = 3): AxisRange | null {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < mass.length; index += 3) {
    if ((mass[index + 1] as number) + 1 >= COARSE_DAYS) continue;
    starts.push(mass[index] as number);
    ends.push((mass[index] as number) + (mass[index + 1] as number));
  }
  if (starts.length === 0) for (let index = 0; index < mass.length; index += 3) starts.push(mass[index] as number), ends.push((mass[index] as number) + (mass[index + 1] as number));
  if (starts.length === 0 && keep.length === 0) return null;
  const sorted = [...starts].sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * 0.01)] ?? Infinity;
  const high = sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? -Infinity;
  const spread = Math.max(high - low, 30);
  let first = Infinity;
  let last = -Infinity;
  starts.forEach((start, index) => {
    if (start < low - spread || start > high + spread) return;
    first = Math.min(first, start);
    last = Math.max(last, Math.min(ends[index] as number, high + spread));
  });
  for (const day of keep) {
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  first -= margin;
  last += margin;
  let before = 0;
  let after = 0;
  for (let index = 0; index < mass.length; index += 3) {
    if ((mass[index] as number) + (mass[index + 1] as number) < first) before += 1;
    else if ((mass[index] as number) > last) after += 1;
  }
  return { first, last, before, after };
}
