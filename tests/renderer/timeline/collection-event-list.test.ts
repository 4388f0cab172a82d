import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { CollectionEvent } from '../../../src-main/shared/timeline-views';
import CollectionEventList from '../../../src-renderer/components/timeline/CollectionEventList.svelte';

/** `count` events of one day each, from 2011-01-01 on, each told by one article. */
function eventsFrom(first: number, count: number): CollectionEvent[] {
  return Array.from({ length: count }, (_, offset) => {
    const day = new Date(Date.UTC(2011, 0, 1 + first + offset)).toISOString().slice(0, 10);
    return {
      key: `event-${first + offset}`,
      value: day,
      granularity: 'day',
      startDay: day,
      endDay: day,
      title: `Event ${first + offset}`,
      isEdited: false,
      sources: [{ articleId: 'a'.repeat(64), key: null, articleTitle: 'An article', source: 'AP', published: day, sentence: { start: 0, end: 10 }, quote: 'A sentence' }],
    } as CollectionEvent;
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('CollectionEventList', () => {
  it('draws a new list whole, and a page added by "Show more" over a few frames', async () => {
    const props = { events: eventsFrom(0, 100), count: 300, onmore: vi.fn(), onopen: vi.fn() };
    const { container, rerender } = render(CollectionEventList, { props });
    const items = () => container.querySelectorAll('.collection-events > li').length;
    expect(items()).toBe(100);
    await rerender({ ...props, events: eventsFrom(0, 200) });
    await tick();
    expect(items()).toBeLessThan(200);
    for (let frame = 0; frame < 10 && items() < 200; frame += 1) await nextFrame();
    expect(items()).toBe(200);
    // Another list (a filter) replaces it at once.
    await rerender({ ...props, events: eventsFrom(500, 60), count: 60 });
    await tick();
    expect(items()).toBe(60);
    expect(container.querySelector('li .title')?.textContent).toBe('Event 500');
  });
});

describe('CollectionEventList with nothing to show', () => {
  it('says that no event matches and offers to clear the filter, instead of an empty list', async () => {
    const onclear = vi.fn();
    const { getByText, getByRole } = render(CollectionEventList, { props: { events: [], count: 0, onmore: vi.fn(), onopen: vi.fn(), empty: 'No event matches “zzzz”.', onclear } });
    expect(getByText('No event matches “zzzz”.', { exact: false })).toBeTruthy();
    getByRole('button', { name: 'Clear the filter' }).click();
    expect(onclear).toHaveBeenCalledOnce();
  });
});

describe('CollectionEventList counts', () => {
  it('writes a large count with thousands separators, as the rest of the app does', () => {
    const { getByRole } = render(CollectionEventList, { props: { events: eventsFrom(0, 100), count: 28_691, onmore: vi.fn(), onopen: vi.fn() } });
    expect(getByRole('button', { name: /^Show 100 more/ }).textContent).toBe('Show 100 more of 28,591');
  });
});
