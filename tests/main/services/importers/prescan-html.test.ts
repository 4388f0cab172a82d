import { describe, expect, it } from 'vitest';
import { HTML_LIMITS, prescanHtml } from '../../../../src-main/services/importers/prescan-html';

/** A paragraph with `count` one-letter attributes, the shortest tag that many attributes can make. */
const paragraph = (count: number) => `<p${' a'.repeat(count)}>Text</p>`;

describe('prescanHtml attribute limit', () => {
  it('refuses an element with one attribute more than the limit, however short its attributes', () => {
    const limit = HTML_LIMITS.attributesPerElement;
    expect(prescanHtml(`<body>${paragraph(limit)}</body>`).excess).toBeNull();
    expect(prescanHtml(`<body>${paragraph(limit + 1)}</body>`).excess).toBe('attributes');
    expect(prescanHtml(`<body>${paragraph(3)}<p${' data-x="a>b"'.repeat(limit + 1)}></p></body>`).excess).toBe('attributes');
  });
});
