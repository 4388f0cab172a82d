import type { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { QuickerReadability } from './quicker-readability';

/** What Readability answers when its serializer hands back the article's element itself. */
export type ReadabilityArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

/**
 * Options for every Readability run: the article comes back as a DOM element, and its class
 * attributes are left alone (Dateline's blocks never read them, and stripping them is a walk
 * of the whole article).
 */
const OPTIONS = { serializer: (node: Node): Node => node, keepClasses: true };

/** Handed to Readability in place of the body's markup; see {@link runReadability}. */
const BODY_MARKUP = Symbol('body markup, serialized only if Readability needs it back');

/** Thrown to stop a Readability run once it has read the body's markup. */
const STOP = Symbol('stop');

/**
 * Runs Readability on `document`, which linkedom built from `html` (and which nothing has changed
 * since), and answers the article, or null when Readability finds none.
 *
 * Readability's first step on the body is `page.innerHTML`, serializing the whole page (about a
 * tenth of its time on a linkedom document), so that it can put the page back and try again with
 * looser rules when the article it found is under 500 characters. Most pages never need that. So
 * the body is given an `innerHTML` that answers a token the first time it is read; only if
 * Readability sets that token back is the markup it would have cached made, by building the
 * document again from `html` and letting a second Readability run up to the same point. The
 * result is the same as Readability's own, page for page.
 */
export function runReadability(document: Document, html: string): ReadabilityArticle | null {
  const body = document.body;
  const markup = innerHtmlProperty(body);
  let isHandedOut = false;
  let cached: string | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: Element): unknown {
      if (isHandedOut) return markup.get?.call(this);
      isHandedOut = true;
      return BODY_MARKUP;
    },
    set(this: Element, value: unknown): void {
      if (value === BODY_MARKUP) cached ??= bodyMarkupAtFirstRead(html);
      markup.set?.call(this, value === BODY_MARKUP ? cached : value);
    },
  });
  try {
    return new QuickerReadability(document, OPTIONS).parse();
  } finally {
    delete (body as { innerHTML?: string }).innerHTML;
  }
}

/** The body's markup at the moment a Readability run on a document built from `html` first reads it. */
function bodyMarkupAtFirstRead(html: string): string {
  const { document } = parseHTML(html);
  const body = document.body;
  const markup = innerHtmlProperty(body);
  let read: string | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: Element): never {
      read = markup.get?.call(this) as string;
      throw STOP;
    },
  });
  try {
    new QuickerReadability(document, OPTIONS).parse();
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (read === null) throw new Error('Readability did not read the page it was asked to restore.');
  return read;
}

/** The `innerHTML` accessor an element inherits from its prototype chain. */
function innerHtmlProperty(element: Element): PropertyDescriptor {
  for (let prototype: object | null = Object.getPrototypeOf(element); prototype; prototype = Object.getPrototypeOf(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'innerHTML');
    if (descriptor) return descriptor;
  }
  throw new Error('This DOM has no innerHTML.');
}
