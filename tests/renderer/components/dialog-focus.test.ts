import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SearchPalette from '../../../src-renderer/components/search/SearchPalette.svelte';
import ShortcutsHelp from '../../../src-renderer/components/shell/ShortcutsHelp.svelte';
import type { DatelineApi } from '../../../src-renderer/lib/api';
import { SearchState } from '../../../src-renderer/lib/state/search-state.svelte';

/** A control outside the dialog that has the focus when it opens, as the library filter or a note would. */
function focusOpener(): HTMLElement {
  const opener = document.createElement('input');
  opener.setAttribute('aria-label', 'Filter');
  document.body.append(opener);
  opener.focus();
  return opener;
}

afterEach(() => document.body.replaceChildren());

describe('a box opened over the window gives the focus back when it closes', () => {
  it('the search palette, closed with Escape, returns the focus to where the reader was', async () => {
    const opener = focusOpener();
    const search = new SearchState({} as DatelineApi);
    search.open();
    // The window shows the palette while the search is open, as App does.
    const { unmount } = render(SearchPalette, { props: { search, onchoose: vi.fn() } });
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search articles and notes' }));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(search.isOpen).toBe(false);
    unmount();
    await tick();
    await Promise.resolve();
    expect(document.activeElement).toBe(opener);
  });

  it('the keyboard shortcuts, closed with their button, return the focus too', async () => {
    const opener = focusOpener();
    const onclose = vi.fn();
    const { unmount } = render(ShortcutsHelp, { props: { onclose } });
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalled();
    unmount();
    await tick();
    await Promise.resolve();
    expect(document.activeElement).toBe(opener);
  });
});
