import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../../src-main/services/importers/decode-html';
import { decodeText } from '../../../../src-main/services/importers/decode-text';
import { HTML_LIMITS, prescanHtml } from '../../../../src-main/services/importers/prescan-html';
import { localAssetPath, safeLinkHref } from '../../../../src-main/services/importers/safe-urls';
import { asWholeDocument } from '../../../../src-main/services/importers/whole-document';

describe('prescanHtml', () => {
  it('drops comments, scripts, styles and SVG but keeps JSON-LD and the text', () => {
    const { html, excess } = prescanHtml('<p>One<!-- a comment --></p><script>var x = "</p>";</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style><svg><svg><text>drawn</text></svg></svg><p>Two</p>');
    expect(excess).toBeNull();
    expect(html).toBe('<p>One</p><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>Two</p>');
  });

  it('keeps one run of white space between texts, and all of it in <pre> and in a byline', () => {
    expect(prescanHtml('<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n<div>\n<p>c</p>').html).toBe('<div><p>a</p>\n  <p>b</p>\n</div><div><p>c</p>');
    expect(prescanHtml('<pre>\n  <b>x</b>\n  <i>y</i>\n</pre>').html).toBe('<pre>\n  <b>x</b>\n  <i>y</i>\n</pre>');
    expect(prescanHtml('<div class="byline">\n <p>By A</p>\n <p>May 1</p>\n</div>').html).toBe('<div class="byline">\n <p>By A</p>\n <p>May 1</p>\n</div>');
  });

  it('finds markup beyond the limits whether or not it closes its elements', () => {
    expect(prescanHtml('<div>'.repeat(HTML_LIMITS.depth + 1)).excess).toBe('depth');
    expect(prescanHtml(`${'<div>'.repeat(HTML_LIMITS.depth)}${'</div>'.repeat(HTML_LIMITS.depth)}`.repeat(3)).excess).toBeNull();
    expect(prescanHtml('<p>x'.repeat(HTML_LIMITS.depth * 4)).excess).toBeNull();
    expect(prescanHtml('<br>'.repeat(HTML_LIMITS.elements + 1)).excess).toBe('elements');
    expect(prescanHtml(`<p ${'a=1 '.repeat(HTML_LIMITS.attributesPerElement + 1)}>`).excess).toBe('attributes');
  });

  it('never throws and never grows the markup, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '"', "'", ' ', '\n', 'p', 'div', 'script', 'pre', '=', 'a') , maxLength: 300 }), (markup) => {
        expect(prescanHtml(markup).html.length).toBeLessThanOrEqual(markup.length);
      }),
    );
  });
});

describe('link and image URLs', () => {
  it.each([
    ['https://example.org/a', null, 'https://example.org/a'],
    ['/a/b', 'https://example.org/x/', 'https://example.org/a/b'],
    ['mailto:desk@example.org', null, 'mailto:desk@example.org'],
    ['javascript:alert(1)', null, null],
    [' JaVa\tScRiPt:alert(1)', 'https://example.org/', null],
    ['java\nscript:alert(1)', null, null],
    ['data:text/html,<script>alert(1)</script>', null, null],
    ['file:///etc/passwd', null, null],
    ['#section', 'https://example.org/', null],
    ['relative.html', null, null],
  ])('link %j (base %j) → %j', (raw, base, expected) => {
    expect(safeLinkHref(raw, base)).toBe(expected);
  });

  it.each([
    ['page_files/photo.jpg', 'page_files/photo.jpg'],
    ['page_files/a%20b.jpg?x=1', 'page_files/a b.jpg'],
    ['./page_files/../photo.jpg', 'photo.jpg'],
    ['../secret.jpg', null],
    ['page_files/%2E%2E/%2E%2E/secret.jpg', null],
    ['/etc/passwd', null],
    ['//cdn.example/x.jpg', null],
    ['https://cdn.example/x.jpg', null],
    ['data:image/png;base64,AAAA', null],
    ['C:\\photo.jpg', null],
  ])('image %j → %j', (raw, expected) => {
    expect(localAssetPath(raw)).toBe(expected);
  });
});

describe('decoding', () => {
  it('reads Latin-1 as Windows-1252 and drops the five bytes neither defines', () => {
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x94, 0xa0, 0xff]))).toEqual({ text: 'Café “”\u00a0ÿ', encoding: 'windows-1252' });
  });

  it('finds the charset a page declares in either form', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))).toBe('iso-8859-1');
    expect(declaredCharset(Buffer.from('<p>charset=utf-8 in the text is not a declaration</p>'))).toBeNull();
  });

  it('gives a fragment the body linkedom needs to put its text in', () => {
    expect(asWholeDocument('<title>T</title><p>Hi</p>')).toBe('<html><head><title>T</title></head><body><p>Hi</p></body></html>');
    expect(asWholeDocument('<!DOCTYPE html><html lang="fr"><head><title>T</title></head><p>x</p></html>')).toBe('<html lang="fr"><head><title>T</title></head><body><p>x</p></body></html>');
    expect(asWholeDocument('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});
