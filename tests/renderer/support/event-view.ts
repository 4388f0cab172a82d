import type { EventView } from '../../../src-main/shared/timeline-views';

/** An extracted, unedited event of the given precision and days, with what else it says changed by `overrides`. */
export function eventOf(granularity: EventView['granularity'], value: string, startDay: string, endDay: string, overrides: Partial<EventView> = {}): EventView {
  return {
    key: `event-${value}`,
    articleId: 'a'.repeat(16),
    value,
    granularity,
    startDay,
    endDay,
    title: 'Scottish ministers announced a new testing regime',
    sentence: { start: 0, end: 50 },
    expression: { start: 10, end: 19 },
    quote: 'last week',
    isEdited: false,
    isHidden: false,
    isAdded: false,
    note: null,
    extracted: null,
    ...overrides,
  } as EventView;
}
