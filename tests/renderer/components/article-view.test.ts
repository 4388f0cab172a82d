import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src-main/shared/article';
import ArticleBody from '../../../src-renderer/components/reader/ArticleBody.svelte';
import ArticleHeader from '../../../src-renderer/components/reader/ArticleHeader.svelte';

const META: ArticleMeta = {
  id: '467295204c37b421',
  title: 'China’s counterterror efforts…',
  byline: null,
  source: 'Reuters',
  place: 'Beijing',
  published: { value: '2019-02-25', origin: 'dateline' },
  language: 'en',
  contentHash: 'a'.repeat(64),
  original: { name: 'seed.txt', extension: 'txt' },
  importedAt: '2026-11-26T06:00:00.000Z',
  wordCount: 500,
};

describe('ArticleHeader', () => {
  it('shows the dateline as date · source · place with a machine-readable date', () => {
    render(ArticleHeader, { meta: META });
    expect(screen.getByTestId('dateline').textContent).toBe('25 February 2019 · Reuters · Beijing');
    expect(screen.getByTestId('dateline').querySelector('time')?.getAttribute('datetime')).toBe('2019-02-25');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('China’s counterterror efforts…');
  });

  it('leaves out what is not known, and shows a byline when there is one', () => {
    render(ArticleHeader, { meta: { ...META, published: null, place: null, byline: 'Jane Doe' } });
    expect(screen.getByTestId('dateline').textContent).toBe('Reuters');
    expect(screen.getByText('By Jane Doe')).toBeTruthy();
  });

  it('shows no dateline at all when nothing is known', () => {
    render(ArticleHeader, { meta: { ...META, published: null, place: null, source: null } });
    expect(screen.queryByTestId('dateline')).toBeNull();
  });
});

describe('ArticleBody', () => {
  it('draws imported markup as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = render(ArticleBody, { blocks: [{ type: 'paragraph', text: hostile }] });
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('p')?.textContent).toBe(hostile);
  });

  it('shows an image block’s asset from the app’s own assets path, and nothing for any other src', () => {
    const { container } = render(ArticleBody, {
      articleId: '0123456789abcdef',
      blocks: [
        { type: 'image', text: 'The new wall.', src: 'fedcba9876543210.jpg' },
        { type: 'image', text: 'Escape.', src: '../../library.json' },
        { type: 'image', text: 'File.', src: 'file:///etc/passwd' },
        { type: 'image', text: 'Remote.', src: 'https://cdn.example/a.jpg' },
      ],
    });
    const images = [...container.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('src'))).toEqual(['/library-assets/0123456789abcdef/fedcba9876543210.jpg']);
    expect([...container.querySelectorAll('figcaption')].map((caption) => caption.textContent)).toEqual(['The new wall.', 'Escape.', 'File.', 'Remote.']);
  });

  it('groups list items into one list and draws headings, quotes and marks', () => {
    const { container } = render(ArticleBody, {
      blocks: [
        { type: 'heading', text: 'Background', level: 1 },
        { type: 'paragraph', text: 'An important point.', marks: [{ type: 'emphasis', start: 3, end: 12 }] },
        { type: 'list-item', text: 'one' },
        { type: 'list-item', text: 'two' },
        { type: 'quote', text: 'A quote.' },
      ],
    });
    expect(container.querySelector('h2')?.textContent).toBe('Background');
    expect(container.querySelector('p em')?.textContent).toBe('important');
    expect([...container.querySelectorAll('ul')].map((list) => list.children.length)).toEqual([2]);
    expect(container.querySelector('blockquote')?.textContent).toBe('A quote.');
  });
});
