import { onDestroy } from 'svelte';

/**
 * Called while a box that takes the focus (the search palette, the shortcuts list) is created: when
 * it goes away, the focus goes back to the control that had it before it opened, without
 * scrolling. Otherwise the focus fell to the page and Tab started again at the top of the window.
 * Nothing is done when the opener is gone, or when something else has taken the focus meanwhile
 * (an opened search hit focuses its note).
 */
export function returnFocusOnClose(): void {
  const active = document.activeElement;
  const opener = active instanceof HTMLElement && active !== document.body ? active : null;
  onDestroy(() => {
    // After the box's elements are removed, the focus they held is on the page.
    queueMicrotask(() => {
      const now = document.activeElement;
      if (opener?.isConnected && (now === null || now === document.body)) opener.focus({ preventScroll: true });
    });
  });
}
