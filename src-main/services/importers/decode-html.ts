import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import { decodeByBom, decodeUtf8OrWindows1252, decodeWindows1252, type DecodedText } from './decode-text';

/** How far into a page its `<meta charset>` is looked for; browsers look at the first 1,024 bytes, saved pages sometimes put it later. */
const PRESCAN_BYTES = 4096;

/** Labels browsers read as Windows-1252 (the WHATWG Encoding Standard's list, the common ones). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'latin1', 'l1', 'cp819', 'ibm819', 'iso-ir-100', 'us-ascii', 'ascii', 'ansi_x3.4-1968']);
/** A page cannot really be UTF-16 when it declares so in ASCII-readable markup: browsers then use UTF-8. */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be', 'ucs-2']);

/**
 * Decodes a saved web page the way a browser would: a byte-order mark first, then the charset its
 * `<meta charset>` or `<meta http-equiv="Content-Type">` declares, then UTF-8 if the bytes are
 * valid UTF-8 and Windows-1252 if not. One deliberate difference: a page that declares
 * Windows-1252 or Latin-1 but is valid UTF-8 with non-ASCII characters is read as UTF-8, since
 * pages are often re-saved as UTF-8 with their old declaration left in place.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const byBom = decodeByBom(bytes);
  if (byBom) return byBom;
  const label = declaredCharset(bytes);
  if (label === null || UTF8_LABELS.has(label)) return decodeUtf8OrWindows1252(bytes);
  if (WINDOWS_1252_LABELS.has(label)) {
    const guess = decodeUtf8OrWindows1252(bytes);
    return guess.encoding === 'utf-8' && !isAscii(bytes) ? guess : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  if (iconv.encodingExists(label)) return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label), encoding: label };
  return decodeUtf8OrWindows1252(bytes);
}

/** The lower-case charset label a page's first {@link PRESCAN_BYTES} bytes declare, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so the ASCII markup reads the same in any ASCII-compatible charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(meta[0]);
    if (charset?.[1]) return charset[1].toLowerCase();
  }
  return null;
}
