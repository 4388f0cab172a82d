import { addDays, addMonths, daysInMonth, mondayOfIsoWeek, type CalendarDay } from './calendar';
import { formatDay, parseCalendarValue, type CalendarValue } from './timex-value';

/** The days a calendar value covers, both ends inclusive, as `YYYY-MM-DD`. */
export interface DaySpan {
  startDay: string;
  endDay: string;
}

/** The first month of each season as TIMEX3 names them (northern meteorological seasons). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The days a calendar TIMEX3 value covers: one day for a day or a time, Monday–Sunday for an ISO
 * week (Saturday–Sunday for a weekend), the whole month, quarter, half, season (three months from
 * its first, winter running into the next year), year, decade or century. Null for values that are
 * not calendar dates (durations, sets, `PRESENT_REF`, values with `X`).
 */
export function daySpanOf(value: string): DaySpan | null {
  const parsed = parseCalendarValue(value);
  if (!parsed) return null;
  const [start, end] = bounds(parsed);
  return { startDay: formatDay(start), endDay: formatDay(end) };
}

function bounds(value: CalendarValue): [CalendarDay, CalendarDay] {
  const { year } = value;
  switch (value.granularity) {
    case 'day':
    case 'time': {
      const day = { year, month: value.month ?? 1, day: value.day ?? 1 };
      return [day, day];
    }
    case 'week': {
      const monday = mondayOfIsoWeek(year, value.week ?? 1);
      return value.isWeekend ? [addDays(monday, 5), addDays(monday, 6)] : [monday, addDays(monday, 6)];
    }
    case 'month':
      return monthsFrom(year, value.month ?? 1, 1);
    case 'quarter':
      return monthsFrom(year, (Number(value.period) - 1) * 3 + 1, 3);
    case 'half':
      return monthsFrom(year, Number(value.period) === 2 ? 7 : 1, 6);
    case 'season':
      return monthsFrom(year, SEASON_START[String(value.period)] ?? 1, 3);
    case 'year':
      return monthsFrom(year, 1, 12);
    case 'decade':
      return monthsFrom(year, 1, 120);
    case 'century':
      return monthsFrom(year, 1, 1200);
  }
}

/** From the first day of `month` of `year` to the last day of the `count`-th month. */
function monthsFrom(year: number, month: number, count: number): [CalendarDay, CalendarDay] {
  const last = addMonths(year, month, count - 1);
  return [{ year, month, day: 1 }, { ...last, day: daysInMonth(last.year, last.month) }];
}
