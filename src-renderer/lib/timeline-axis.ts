import { dayParts } from './timeline-format';

/** One thing on the axis: a point (a day) or a span (a week, a month…) with a short label. */
export interface AxisItem {
  key: string;
  startDay: string;
  endDay: string;
  isPoint: boolean;
  label: string;
  /** Drawn stronger (a key date, an edited event). */
  isStrong?: boolean;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  const { year, month, date } = dayParts(day);
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, date);
  return Math.round(time.getTime() / 86_400_000);
}

/** The `YYYY-MM-DD` of a day number from {@link dayNumber}. */
export function dayOfNumber(number: number): string {
  const time = new Date(number * 86_400_000);
  return `${String(time.getUTCFullYear()).padStart(4, '0')}-${String(time.getUTCMonth() + 1).padStart(2, '0')}-${String(time.getUTCDate()).padStart(2, '0')}`;
}

/** A zoom level of the time axis: how wide a day is, and how the axis is marked at that width. */
export interface ZoomLevel {
  name: 'decades' | 'years' | 'months' | 'weeks' | 'days';
  /** Pixels per day. */
  dayWidth: number;
}

/** The zoom levels, from the widest view (decades) to the closest (days). */
export const ZOOM_LEVELS: readonly ZoomLevel[] = [
  { name: 'decades', dayWidth: 0.03 },
  { name: 'years', dayWidth: 0.4 },
  { name: 'months', dayWidth: 3 },
  { name: 'weeks', dayWidth: 14 },
  { name: 'days', dayWidth: 48 },
];

/** The closest zoom level at which `days` days fit in `width` pixels (the widest level when none does). */
export function fittingZoom(days: number, width: number): number {
  for (let index = ZOOM_LEVELS.length - 1; index >= 0; index -= 1) {
    if ((ZOOM_LEVELS[index] as ZoomLevel).dayWidth * days <= width) return index;
  }
  return 0;
}

/** A mark on the axis: its day number and label. */
export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The marks of the axis between two day numbers at a zoom level: decades, years, months, Mondays or days. */
export function ticksBetween(first: number, last: number, zoom: ZoomLevel): Tick[] {
  const ticks: Tick[] = [];
  const start = dayParts(dayOfNumber(first));
  if (zoom.name === 'decades' || zoom.name === 'years') {
    const step = zoom.name === 'decades' ? 10 : 1;
    for (let year = Math.floor(start.year / step) * step; ; year += step) {
      const day = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
      if (day > last) break;
      if (day >= first) ticks.push({ day, label: zoom.name === 'decades' ? `${year}s` : String(year) });
    }
  } else if (zoom.name === 'months') {
    for (let index = start.year * 12 + start.month - 1; ; index += 1) {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const day = dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
      if (day > last) break;
      if (day >= first) ticks.push({ day, label: month === 1 ? `${MONTHS[0]} ${year}` : (MONTHS[month - 1] as string) });
    }
  } else {
    // 1970-01-01 was a Thursday: Mondays are day numbers ≡ 4 (mod 7).
    const step = zoom.name === 'weeks' ? 7 : 1;
    const firstTick = zoom.name === 'weeks' ? first + ((4 - (first % 7) + 7) % 7) : first;
    for (let day = firstTick; day <= last; day += step) {
      const parts = dayParts(dayOfNumber(day));
      ticks.push({ day, label: `${parts.date} ${MONTHS[parts.month - 1]}${parts.month === 1 && parts.date <= step ? ` ${parts.year}` : ''}` });
    }
  }
  return ticks;
}

/** An item placed on the axis: where it starts (px), how wide it is (px, 0 for a point) and its lane. */
export interface Placed<T> {
  item: T;
  left: number;
  width: number;
  lane: number;
}

/** Neighbouring items whose labels found no free lane: one "+N" mark where the first of them starts (px). */
export interface Crowd {
  left: number;
  count: number;
}

/** The marks of the axis: the items that have a lane for their label, and the crowds of those that have none. */
export interface AxisLayout<T> {
  placed: Placed<T>[];
  crowds: Crowd[];
}

/**
 * Lays items (in start order) out on lanes so that no label overlaps another: an item holds its
 * lane from where it starts to the end of its span and `labelWidth` pixels more for its label.
 * Points (days) have width 0; spans cover their days. An item for which none of the `lanes` is
 * free gets no mark of its own: it is counted in a crowd, which takes in the items starting within
 * `crowdWidth` pixels of its first.
 */
export function layOutLabels<T>(items: readonly T[], span: (item: T) => { start: number; end: number; isPoint: boolean }, origin: number, zoom: ZoomLevel, lanes: number, labelWidth: number, crowdWidth: number): AxisLayout<T> {
  const laneEnds: number[] = new Array<number>(lanes).fill(-Infinity);
  const placed: Placed<T>[] = [];
  const crowds: Crowd[] = [];
  for (const item of items) {
    const { start, end, isPoint } = span(item);
    const left = (start - origin) * zoom.dayWidth;
    const width = isPoint ? 0 : Math.max(4, (end - start + 1) * zoom.dayWidth);
    const lane = laneEnds.findIndex((laneEnd) => laneEnd <= left);
    if (lane >= 0) {
      laneEnds[lane] = left + width + labelWidth;
      placed.push({ item, left, width, lane });
      continue;
    }
    const crowd = crowds.at(-1);
    if (crowd && left < crowd.left + crowdWidth) crowd.count += 1;
    else crowds.push({ left, count: 1 });
  }
  return { placed, crowds };
}
