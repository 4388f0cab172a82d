const HAS_BODY = /<body[\s>]/i;
const HAS_HTML = /<html[\s>]/i;
/** Elements that belong in a head when a page has no `<head>`/`<body>` tags of its own. */
const LEADING_HEAD = /^(?:\s|<html\b[^>]*>|<head\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<script\b[^>]*ld\+json[^>]*>[\s\S]*?<\/script\s*>)*/i;

/**
 * Gives markup the `<html>`, `<head>` and `<body>` a DOM parser needs to put the text in the
 * body: linkedom, unlike a browser, does not add missing ones, and Readability reads only the
 * body. A page that has its own body is left as it is (without its doctype).
 */
export function asWholeDocument(markup: string): string {
  const html = markup.replace(/^\s*<!doctype[^>]*>/i, '');
  if (HAS_BODY.test(html)) return HAS_HTML.test(html) ? html : `<html>${html}</html>`;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    const document = `${html.slice(0, at)}<body>${html.slice(at).replace(/<\/html\s*>\s*$/i, '')}</body>`;
    return HAS_HTML.test(html) ? `${document}</html>` : `<html>${document}</html>`;
  }
  const lead = LEADING_HEAD.exec(html)?.[0] ?? '';
  const htmlTag = /<html\b[^>]*>/i.exec(lead)?.[0] ?? '<html>';
  const head = lead.replace(/<html\b[^>]*>|<head\b[^>]*>/gi, '');
  const body = html.slice(lead.length).replace(/<\/html\s*>\s*$/i, '');
  return `${htmlTag}<head>${head}</head><body>${body}</body></html>`;
}
