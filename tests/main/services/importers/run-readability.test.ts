import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runReadability } from '../../../../src-main/services/importers/run-readability';

/** Readability's own result on a fresh linkedom document, serialized, as the reference. */
function reference(html: string) {
  const { document } = parseHTML(html);
  const article = new Readability(document, { serializer: (node: Node) => node, keepClasses: true }).parse();
  return article && { ...article, content: (article.content as Element).outerHTML };
}

function ours(html: string) {
  const { document } = parseHTML(html);
  const article = runReadability(document, html);
  expect(Object.hasOwn(document.body, 'innerHTML')).toBe(false);
  return article && { ...article, content: (article.content as Element).outerHTML };
}

const paragraph = (words: number) => `<p>${'Officials said the talks went on. '.repeat(words)}</p>`;

describe('runReadability', () => {
  it('answers what Readability answers for a long article (found on the first pass)', () => {
    const html = `<html><head><title>Talks</title></head><body><nav class="menu"><a href="/">Home</a></nav><article>${paragraph(40)}${paragraph(30)}</article><footer>© News</footer></body></html>`;
    expect(ours(html)).toEqual(reference(html));
  });

  it('answers what Readability answers when a short article makes it put the page back and try again', () => {
    // Under 500 characters, and inside elements the first passes strip as unlikely: every retry runs.
    const html = `<html><head><title>Brief</title></head><body><div class="sidebar comment">${paragraph(3)}</div><div aria-hidden="true">${paragraph(1)}</div><div class="footer">${paragraph(2)}</div></body></html>`;
    const expected = reference(html);
    expect(ours(html)).toEqual(expected);
  });

  it('answers null where Readability finds nothing', () => {
    const html = '<html><head></head><body></body></html>';
    expect(ours(html)).toEqual(reference(html));
  });
});
