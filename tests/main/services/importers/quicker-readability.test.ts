import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasText, QuickerReadability } from '../../../../src-main/services/importers/quicker-readability';

/** Elements that each replaced check answers differently for, in the ways Readability reads them. */
const html = `<html><head><title>T</title></head><body>
  <div style="display: none">hidden by style</div><div style="visibility:hidden">x</div><div style="color: red">shown</div>
  <div STYLE="display:none">upper-case attribute</div><div style="">empty style</div><p hidden>gone</p>
  <div aria-hidden="true">a</div><div aria-hidden="true" class="fallback-image">b</div><div aria-hidden="false">c</div>
  <p class="byline">By Ann Lee</p><span rel="author">Bo</span><span itemprop="author">   </span><div id="author-box">${'long '.repeat(30)}</div>
  <div class="author"><span>Cy</span></div><div>  <br> <hr> </div><div> \u00a0 </div><section><p> </p></section>
  <h2>\n\t</h2><div><!-- a comment --></div><header><img src="a.png"></header><div> <b> text </b></div><div></div>
  <svg><text>drawn</text></svg></body></html>`;

type Check = (this: unknown, ...args: unknown[]) => unknown;

function checks(prototype: object): Record<string, Check> {
  const method = (name: string) => (prototype as Record<string, Check>)[name] as Check;
  return {
    visible: method('_isProbablyVisible'),
    byline: method('_isValidByline'),
    empty: method('_isElementWithoutContent'),
  };
}

describe('QuickerReadability', () => {
  it('answers each replaced check as Readability 0.6.0 does, element by element', () => {
    const { document } = parseHTML(html);
    const instance = new QuickerReadability(document);
    const ours = checks(QuickerReadability.prototype);
    const theirs = checks(Readability.prototype);
    const elements = Array.from(document.querySelectorAll('*'));
    for (const element of elements) {
      const matchString = `${element.className} ${element.id}`;
      for (const name of ['visible', 'byline', 'empty'] as const) {
        const expected = theirs[name]!.call(instance, element, matchString);
        expect(ours[name]!.call(instance, element, matchString), `${name} of ${element.outerHTML}`).toBe(expected);
      }
    }
    // Hidden by style, by visibility, by `hidden` and by `aria-hidden`; linkedom reads no `STYLE`.
    const answers = elements.map((element) => ours.visible!.call(instance, element));
    expect(answers.filter((answer) => !answer)).toHaveLength(4);
  });

  it('finds text as textContent.trim() does, through elements, and not in comments', () => {
    const { document } = parseHTML('<div id="a"> <i> </i><!-- words --></div><div id="b"><i> <b>x</b></i></div><div id="c">\u00a0\ufeff\u2003</div>');
    expect(['a', 'b', 'c'].map((id) => hasText(document.getElementById(id) as Element))).toEqual([false, true, false]);
  });
});
