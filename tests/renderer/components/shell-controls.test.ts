import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleMeta } from '../../../src-main/shared/article';
import LibraryList from '../../../src-renderer/components/library/LibraryList.svelte';
import Toolbar from '../../../src-renderer/components/shell/Toolbar.svelte';

const settings = { theme: 'system', fontSize: 19, readingWidth: 'medium' } as const;

describe('Toolbar', () => {
  it('offers the themes as a named radio group and reports a choice', async () => {
    const onchange = vi.fn();
    render(Toolbar, { settings, canShrink: true, canEnlarge: true, onchange, onresize: vi.fn() });
    expect(screen.getByRole('group', { name: 'Theme' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Auto' }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onchange).toHaveBeenCalledWith({ theme: 'dark' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Wide' }));
    expect(onchange).toHaveBeenCalledWith({ readingWidth: 'wide' });
  });

  it('names the text-size buttons and disables the one that cannot act', async () => {
    const onresize = vi.fn();
    render(Toolbar, { settings, canShrink: false, canEnlarge: true, onchange: vi.fn(), onresize });
    const smaller = screen.getByRole('button', { name: 'Smaller text' }) as HTMLButtonElement;
    expect(smaller.disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(onresize).toHaveBeenCalledWith(1);
  });
});

describe('LibraryList', () => {
  const article = (id: string, title: string): ArticleMeta => ({
    id,
    title,
    byline: null,
    source: 'AP',
    place: null,
    published: { value: '2019-02-25', origin: 'dateline' },
    language: 'en',
    contentHash: 'b'.repeat(64),
    original: { name: 'a.txt', extension: 'txt' },
    importedAt: '2026-11-26T06:00:00.000Z',
    wordCount: 10,
  });
  const articles = [article('aaaaaaaaaaaaaaaa', 'First'), article('bbbbbbbbbbbbbbbb', 'Second')];

  it('marks the selected article and moves the selection with the arrow keys', async () => {
    const onselect = vi.fn();
    render(LibraryList, { articles, selectedId: 'aaaaaaaaaaaaaaaa', onselect });
    const first = screen.getByRole('button', { name: /First/ });
    expect(first.getAttribute('aria-current')).toBe('page');
    expect(first.textContent).toContain('25 Feb 2019 · AP');
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(onselect).toHaveBeenLastCalledWith('bbbbbbbbbbbbbbbb');
    await fireEvent.keyDown(screen.getByRole('button', { name: /Second/ }), { key: 'ArrowUp' });
    expect(onselect).toHaveBeenLastCalledWith('aaaaaaaaaaaaaaaa');
  });

  it('says when the library is empty', () => {
    render(LibraryList, { articles: [], selectedId: null, onselect: vi.fn() });
    expect(screen.getByText('No articles yet.')).toBeTruthy();
  });
});
