import { GRANULARITIES, type Granularity } from '../../shared/timeline';
import { addDays, addMonths, daysInMonth, isoWeek, mondayOfIsoWeek, quarterOf, type CalendarDay } from './calendar';
import { formatCalendarValue, formatDay, formatMonth, formatWeek, formatYear, type CalendarValue } from './timex-value';

/** A calendar unit an expression counts in. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** True when a value of `granularity` is precise enough to count `unit`s from ("two days after" needs a day, not a year). */
export function isAtLeastAsFine(granularity: Granularity, unit: CalendarUnit): boolean {
  return GRANULARITIES.indexOf(granularity) >= GRANULARITIES.indexOf(unit);
}

const MONTHS_IN: Partial<Record<CalendarUnit, number>> = { month: 1, quarter: 3, half: 6, year: 12, decade: 120, century: 1200 };

/**
 * The TIMEX3 value of the `unit` that contains `day`, moved by `offset` units: (1998-08-07,
 * 'week', -1) is `1998-W31`, ('quarter', 0) is `1998-Q3`, ('decade', 0) is `199`.
 */
export function unitValue(day: CalendarDay, unit: CalendarUnit, offset = 0): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(day, offset));
    case 'week': {
      const week = isoWeek(addDays(day, offset * 7));
      return formatWeek(week.year, week.week);
    }
    case 'month': {
      const month = addMonths(day.year, day.month, offset);
      return formatMonth(month.year, month.month);
    }
    case 'quarter':
    case 'half': {
      const size = unit === 'quarter' ? 3 : 6;
      const first = addMonths(day.year, (Math.floor((day.month - 1) / size) * size) + 1, offset * size);
      return `${formatYear(first.year)}-${unit === 'quarter' ? 'Q' : 'H'}${Math.floor((first.month - 1) / size) + 1}`;
    }
    case 'year':
      return formatYear(day.year + offset);
    case 'decade':
      return String(Math.floor(day.year / 10) + offset).padStart(3, '0');
    case 'century':
      return String(Math.floor(day.year / 100) + offset).padStart(2, '0');
  }
}

/**
 * Moves a calendar value by `offset` units, keeping its granularity: (`1989-Q3`, 'year', -1) is
 * `1988-Q3`; (`1998-08-07`, 'day', 2) is `1998-08-09`. A day that does not exist in the target
 * month is clamped (`2020-02-29` minus a year is `2019-02-28`). Units finer than the value's
 * granularity move it by whole days, so the answer is the period that contains the moved day.
 */
export function shiftCalendarValue(value: CalendarValue, unit: CalendarUnit, offset: number): string {
  const months = MONTHS_IN[unit];
  const day = firstDayOf(value);
  if (value.granularity === 'day' || value.granularity === 'time') {
    const moved = months === undefined ? addDays(day, offset * (unit === 'week' ? 7 : 1)) : clampedMonthShift(day, months * offset);
    return formatCalendarValue({ ...value, year: moved.year, month: moved.month, day: moved.day });
  }
  const moved = months === undefined ? addDays(day, offset * (unit === 'week' ? 7 : 1)) : clampedMonthShift(day, months * offset);
  switch (value.granularity) {
    case 'week': {
      const week = isoWeek(moved);
      return formatCalendarValue({ ...value, year: week.year, week: week.week });
    }
    case 'month':
      return formatMonth(moved.year, moved.month);
    case 'quarter':
      return `${formatYear(moved.year)}-Q${quarterOf(moved.month)}`;
    case 'half':
      return `${formatYear(moved.year)}-H${moved.month <= 6 ? 1 : 2}`;
    default:
      return formatCalendarValue({ ...value, year: moved.year });
  }
}

/** The first day of the period a calendar value names (a season's first month is close enough for shifting). */
export function firstDayOf(value: CalendarValue): CalendarDay {
  if (value.week !== undefined) return mondayOfIsoWeek(value.year, value.week);
  let month = value.month ?? 1;
  if (value.granularity === 'quarter') month = (Number(value.period) - 1) * 3 + 1;
  if (value.granularity === 'half') month = Number(value.period) === 2 ? 7 : 1;
  return { year: value.year, month, day: value.day ?? 1 };
}

function clampedMonthShift(day: CalendarDay, months: number): CalendarDay {
  const target = addMonths(day.year, day.month, months);
  return { ...target, day: Math.min(day.day, daysInMonth(target.year, target.month)) };
}
