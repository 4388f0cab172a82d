import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementsNamed } from '../../../../src-main/services/importers/elements-named';

const html = `<html><head><title>T</title></head><body>
  <div id="root"><p id="p1">One <a id="a1" href="#">link</a></p><section id="s1"><div id="d1"><p id="p2">Two</p><iframe id="f1"></iframe></div></section>
  <p id="p3"><embed id="e1"><a id="a2">x</a></p></div><p id="p4">Outside</p></body></html>`;

const ids = (elements: ArrayLike<Element>) => Array.from(elements, (element) => element.id);

describe('elementsNamed', () => {
  it('answers what querySelectorAll answers for a list of tag names: descendants only, in document order', () => {
    const { document } = parseHTML(html);
    const root = document.getElementById('root') as Element;
    for (const tags of [['p'], ['a', 'p'], ['iframe', 'embed', 'object'], ['div'], ['h1']]) {
      expect(ids(elementsNamed(root, tags))).toEqual(ids(root.querySelectorAll(tags.join(','))));
    }
    expect(ids(elementsNamed(root, ['div']))).toEqual(['d1']);
    expect(ids(elementsNamed(root, ['a', 'p']))).toEqual(['p1', 'a1', 'p2', 'p3', 'a2']);
  });

  it('searches the whole document from the document, and matches tag names in any case', () => {
    const { document } = parseHTML(html);
    expect(ids(elementsNamed(document, ['P']))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(ids(elementsNamed(document, ['p']))).toEqual(ids(document.querySelectorAll('p')));
  });
});

describe('elementsNamed on elements made by script', () => {
  it('finds elements whose own tag name is upper case, as Readability makes them, and no others', () => {
    const { document } = parseHTML(html);
    const root = document.getElementById('root') as Element;
    const span = document.createElement('SPAN');
    span.id = 'made';
    root.append(span, document.createElement('SPANS'));
    expect(ids(elementsNamed(root, ['span']))).toEqual(['made']);
    expect(ids(elementsNamed(root, ['p', 'Span']))).toEqual(['p1', 'p2', 'p3', 'made']);
  });
});
