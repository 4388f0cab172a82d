import { describe, expect, it } from 'vitest';
import { applyEventEdits, extractedEventKey } from '../../../../src-main/core/timeline/apply-event-edits';
import type { TimelineEvent } from '../../../../src-main/shared/timeline';
import type { EventEdit } from '../../../../src-main/shared/timeline-views';

const TEXT = 'Talks began last Friday in Geneva. They end in March.';
const ARTICLE = '0123456789abcdef';

function event(start: number, end: number, value: string, granularity: TimelineEvent['granularity']): TimelineEvent {
  return { value, granularity, sentence: { start: 0, end: 34 }, title: 'Talks began', expression: { start, end, type: 'DATE', value } };
}

function edit(fields: Partial<EventEdit> & Pick<EventEdit, 'key' | 'target'>): EventEdit {
  return { articleId: ARTICLE, sentence: { start: 0, end: 34 }, isAdded: false, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', deviceId: 'd', isDeleted: false, ...fields };
}

// "Friday" is 17–23; "last Friday" 12–23; "March" 47–52.
const friday = event(17, 23, '2019-02-22', 'day');
const march = event(47, 52, '2019-03', 'month');

describe('applying the user’s edits to extracted events', () => {
  it('finds an edit’s event by key', () => {
    const [view] = applyEventEdits(ARTICLE, TEXT, [friday], [edit({ key: extractedEventKey(friday), target: { start: 17, end: 23, quote: 'Friday' }, title: 'Geneva talks open' })]);
    expect(view).toMatchObject({ key: 'x17-23', title: 'Geneva talks open', quote: 'Friday', isEdited: true, extracted: { title: 'Talks began' } });
  });

  it('follows an event whose expression the extractor now reads wider (the edit survives re-extraction)', () => {
    const wider = event(12, 23, '2019-02-15', 'day');
    const views = applyEventEdits(ARTICLE, TEXT, [wider, march], [edit({ key: 'x17-23', target: { start: 17, end: 23, quote: 'Friday' }, value: '2019-02-22' })]);
    expect(views.map((view) => [view.key, view.value, view.isEdited, view.quote])).toEqual([
      ['x12-23', '2019-02-22', true, 'last Friday'],
      ['x47-52', '2019-03', false, 'March'],
    ]);
  });

  it('still shows a dated edit whose event the extractor no longer finds, and keeps a hide-only one waiting', () => {
    const views = applyEventEdits(ARTICLE, TEXT, [march], [
      edit({ key: 'x17-23', target: { start: 17, end: 23, quote: 'Friday' }, value: '2019-02-22' }),
      edit({ key: 'x30-33', target: { start: 30, end: 33, quote: 'eva' }, isHidden: true }),
    ]);
    expect(views.map((view) => [view.key, view.value, view.isEdited])).toEqual([
      ['x17-23', '2019-02-22', true],
      ['x47-52', '2019-03', false],
    ]);
  });

  it('ignores tombstones and puts added events in date order', () => {
    const views = applyEventEdits(ARTICLE, TEXT, [friday, march], [
      edit({ key: 'x17-23', target: { start: 17, end: 23, quote: 'Friday' }, isHidden: true, isDeleted: true }),
      edit({ key: 'u01890a5d-ac96-774b-bcce-b302099a8057', target: { start: 35, end: 53, quote: 'They end in March.' }, value: '2018', isAdded: true }),
    ]);
    expect(views.map((view) => [view.value, view.isHidden, view.isAdded, view.title])).toEqual([
      ['2018', false, true, 'They end in March.'],
      ['2019-02-22', false, false, 'Talks began'],
      ['2019-03', false, false, 'Talks began'],
    ]);
  });
});
