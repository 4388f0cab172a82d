/** Signatures of common binary formats that are sometimes renamed to .txt, .md or .html. */
const SIGNATURES: ReadonlyArray<{ kind: string; bytes: readonly number[]; offset?: number }> = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'a ZIP archive (or a Word, EPUB or OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'an old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'a program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'a program', bytes: [0x4d, 0x5a] },
];

const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

/**
 * Names the binary format `bytes` are in ("a PNG image"), or "a binary file" when they hold NUL
 * bytes without a UTF-16 byte-order mark; null when they may be text.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    const offset = signature.offset ?? 0;
    if (signature.bytes.every((byte, index) => bytes[offset + index] === byte)) return signature.kind;
  }
  if (BOMS.some((bom) => bom.every((byte, index) => bytes[index] === byte))) return null;
  return bytes.subarray(0, 8192).includes(0) ? 'a binary file' : null;
}
