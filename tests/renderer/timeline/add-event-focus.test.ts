import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleTimelineView } from '../../../src-main/shared/timeline-views';
import ArticleTimeline from '../../../src-renderer/components/timeline/ArticleTimeline.svelte';
import type { TimelineState } from '../../../src-renderer/lib/state/timeline-state.svelte';

/** The parts of the timeline state the article timeline reads: an article with no events and a passage selected. */
function timelineWithSelection(add: TimelineState['add']): TimelineState {
  const article = { articleId: 'a'.repeat(16), dct: '2019-02-25', isDctGuessed: false, events: [] } as unknown as ArticleTimelineView;
  return { article, isLoading: false, error: null, markedKey: null, readSelection: () => ({ start: 0, end: 20 }), add, mark: vi.fn(), show: vi.fn() } as unknown as TimelineState;
}

async function openAddForm(add: TimelineState['add']): Promise<HTMLElement> {
  render(ArticleTimeline, { props: { timeline: timelineWithSelection(add) } });
  const button = screen.getByRole('button', { name: 'Add event from selection' });
  button.focus();
  await fireEvent.click(button);
  await tick();
  return button;
}

describe('Adding an event from the keyboard', () => {
  it('opens the form with the caret in its date', async () => {
    await openAddForm(vi.fn(async () => true));
    expect(document.activeElement).toBe(screen.getByLabelText('Date'));
  });

  it('gives the focus back to “Add event from selection” when the form is cancelled', async () => {
    const button = await openAddForm(vi.fn(async () => true));
    await fireEvent.keyDown(screen.getByLabelText('Date'), { key: 'Escape' });
    await tick();
    expect(screen.queryByLabelText('Date')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('gives the focus back to “Add event from selection” once the event is added', async () => {
    const add = vi.fn(async () => true);
    const button = await openAddForm(add);
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2019-02-20' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.queryByLabelText('Date')).toBeNull());
    expect(add).toHaveBeenCalledWith({ start: 0, end: 20 }, '2019-02-20', '');
    expect(document.activeElement).toBe(button);
  });
});
