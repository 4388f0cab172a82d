import { createHash } from 'node:crypto';

/** The full SHA-256 of a canonical text (UTF-8), as 64 hex digits. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An article's id: the first 16 hex digits of its text's SHA-256, the same on every machine. */
export function articleIdFor(contentHash: string): string {
  return contentHash.slice(0, 16);
}
