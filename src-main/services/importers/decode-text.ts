import iconv from 'iconv-lite';

/** Text decoded from a file, and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file: a byte-order mark decides UTF-8, UTF-16 LE or UTF-16 BE; without one, text
 * that is valid UTF-8 is UTF-8 and anything else is read as Windows-1252 (a superset of Latin-1 for
 * printable text). iconv-lite is used because Node 20's windows-1252 decoder maps 0x80–0x9F wrongly.
 * The byte-order mark is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: strictUtf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
  }
}
