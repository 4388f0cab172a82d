import iconv from 'iconv-lite';

/** Text decoded from a file, and the encoding it was read in (a WHATWG name: "utf-8", "windows-1252", "shift_jis"…). */
export interface DecodedText {
  text: string;
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file: a byte-order mark decides UTF-8, UTF-16 LE or UTF-16 BE; without one, text
 * that is valid UTF-8 is UTF-8 and anything else is read as Windows-1252 (see
 * {@link decodeWindows1252}), which also reads Latin-1 text. The byte-order mark is not part of
 * the returned text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return decodeByBom(bytes) ?? decodeUtf8OrWindows1252(bytes);
}

/** The text after a UTF-8 or UTF-16 byte-order mark, or null when `bytes` start with none. */
export function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const buffer = asBuffer(bytes);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

/** UTF-8 when `bytes` are valid UTF-8, else Windows-1252. */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252, which is also how Latin-1 (ISO-8859-1) text is read, as browsers do: the two agree
 * on every printable Latin-1 character, and the bytes 0x80–0x9F, invisible control codes in
 * Latin-1, are the curly quotes, dashes and € that such files really mean. The five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are control codes either way and
 * are dropped. iconv-lite is used because Node 20's own windows-1252 decoder maps 0x80–0x9F wrongly.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  // U+FFFD cannot be written in Windows-1252, so every one in the output is an undefined byte.
  return iconv.decode(asBuffer(bytes), 'windows-1252').replaceAll('\uFFFD', '');
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
