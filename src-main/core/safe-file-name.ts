/**
 * The longest base name {@link safeFileName} makes, in UTF-8 bytes: file systems allow 255, and
 * room is left for a " (12)" that keeps names apart and for the extension.
 */
export const MAX_BASE_NAME_BYTES = 200;

/** Characters no file name may hold on Windows, macOS or Linux, plus control and invisible format characters. */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;
/** Names Windows keeps for devices, whatever the extension ("CON.md" is the console too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/**
 * A file name made from a title or other text the user (or an imported page) chose, safe on every
 * desktop system: no path separators or `..`, no characters Windows forbids, no leading dot
 * (hidden) or trailing dot or space (which Windows drops), no device name such as CON or LPT1, at
 * most {@link MAX_BASE_NAME_BYTES} bytes before the extension, never empty ("untitled").
 * `extension` is given without its dot ("md").
 */
export function safeFileName(text: string, extension: string): string {
  let base = text.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/g, ' ');
  base = trimEnds(truncateBytes(trimEnds(base), MAX_BASE_NAME_BYTES));
  if (base === '' || /^[-. ]*$/.test(base)) base = 'untitled';
  const stem = (base.split('.')[0] ?? '').trim();
  if (RESERVED.test(stem)) base = `${stem}_${base.slice(base.indexOf(stem) + stem.length)}`;
  return `${base}.${extension}`;
}

/**
 * Makes names unique the way a case-insensitive file system sees them (Windows, macOS): the second
 * "Report.md" becomes "Report (2).md". Answers the names in the same order.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let count = 2; taken.has(candidate.toLowerCase()); count += 1) candidate = `${base} (${count})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Leading dots, spaces and hyphens (hidden files, names read as options) and trailing dots and spaces (Windows drops them) go. */
function trimEnds(text: string): string {
  return text.replace(/^[-. ]+/, '').replace(/[. ]+$/, '');
}

/** Cuts text to at most `limit` UTF-8 bytes without splitting a character. */
function truncateBytes(text: string, limit: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (bytes + size > limit) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
