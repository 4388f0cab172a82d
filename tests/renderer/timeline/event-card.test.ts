import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { EventView } from '../../../src-main/shared/timeline-views';
import EventCard from '../../../src-renderer/components/timeline/EventCard.svelte';
import { eventOf } from '../support/event-view';

function dateLine(event: EventView): string | null | undefined {
  const { container } = render(EventCard, { props: { event, isMarked: false, onmark: vi.fn(), onshow: vi.fn(), onedit: vi.fn(), onrevert: vi.fn() } });
  return container.querySelector('.date')?.textContent;
}

describe('EventCard', () => {
  it('does not repeat a span’s kind its date already says ("week of … · week" read twice)', () => {
    expect(dateLine(eventOf('week', '2009-W24', '2009-06-08', '2009-06-14'))).toBe('week of Mon 8 Jun 2009');
    expect(dateLine(eventOf('month', '2009-06', '2009-06-01', '2009-06-30'))).toBe('June 2009');
  });

  it('names the kind of a span its date does not, set apart by a spaced dot', () => {
    expect(dateLine(eventOf('quarter', '2009-Q2', '2009-04-01', '2009-06-30'))).toBe('Apr–Jun 2009 · quarter');
  });
});
