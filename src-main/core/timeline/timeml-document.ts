/** A TimeML document as the TempEval-3 scorer reads it: the TEXT element's text and the DCT. */
export interface TimeMlDocument {
  /** The text content of `<TEXT>`: tags removed, entities decoded, white space kept exactly. */
  text: string;
  /** The value of the CREATION_TIME TIMEX3 (else the first TIMEX3 inside `<DCT>`), or null. */
  dct: string | null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML named entities and numeric character references; unknown ones stay as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(codePoint) && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/?[A-Za-z_][-\w:.]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXmlEntities(match[1] ?? match[2] ?? '') : null;
}

function findDct(xml: string): string | null {
  for (const match of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    if (attribute(match[0], 'functionInDocument') === 'CREATION_TIME') return attribute(match[0], 'value');
  }
  const dctElement = /<DCT\b[^>]*>([\s\S]*?)<\/DCT\s*>/.exec(xml);
  const timex = dctElement ? /<TIMEX3\b[^>]*>/.exec(dctElement[1] ?? '') : null;
  return timex ? attribute(timex[0], 'value') : null;
}

/**
 * Reads a TimeML document the way the TempEval-3 scorer (te3-eval.mjs) defines its offsets: the
 * text between `<TEXT>` and `</TEXT>` with every tag removed and entities decoded, so offsets
 * into `text` are the scorer's. Throws when there is no TEXT element.
 */
export function parseTimeMlDocument(xml: string): TimeMlDocument {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const textElement = /<TEXT\b[^>]*>([\s\S]*?)<\/TEXT\s*>/.exec(source);
  if (!textElement) throw new Error('it has no <TEXT> element');
  const inner = textElement[1] ?? '';
  let text = '';
  let last = 0;
  for (const match of inner.matchAll(MARKUP)) {
    text += decodeXmlEntities(inner.slice(last, match.index));
    if (match[1] !== undefined) text += match[1];
    last = match.index + match[0].length;
  }
  text += decodeXmlEntities(inner.slice(last));
  return { text, dct: findDct(source) };
}
