import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BASE_NAME_BYTES, safeFileName, uniqueFileNames } from '../../../src-main/core/safe-file-name';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/** What every safe name must be, on Windows, macOS and Linux. */
function assertSafe(name: string, extension: string): void {
  expect(name.endsWith(`.${extension}`)).toBe(true);
  const base = name.slice(0, -(extension.length + 1));
  expect(base.length).toBeGreaterThan(0);
  expect(name).not.toMatch(/[<>:"/\\|?*\p{Cc}\p{Cf}]/u);
  expect(base).not.toMatch(/^[-. ]|[. ]$/);
  expect(RESERVED.test((base.split('.')[0] ?? '').trim())).toBe(false);
  expect(Buffer.byteLength(base, 'utf8')).toBeLessThanOrEqual(MAX_BASE_NAME_BYTES);
}

describe('safeFileName', () => {
  it.each([
    ['CON', 'CON_.md'],
    ['con.txt', 'con_.txt.md'],
    ['LPT1 ', 'LPT1_.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['..', 'untitled.md'],
    ['Trailing dots...', 'Trailing dots.md'],
    ['  .hidden', 'hidden.md'],
    ['Reuters: "China" <says> what?', 'Reuters- -China- -says- what-.md'],
    ['', 'untitled.md'],
  ])('makes %j safe as %j', (hostile, safe) => {
    expect(safeFileName(hostile, 'md')).toBe(safe);
    assertSafe(safe, 'md');
  });

  it('cuts 300 characters to the byte limit without splitting a character', () => {
    expect(safeFileName('a'.repeat(300), 'md')).toBe(`${'a'.repeat(MAX_BASE_NAME_BYTES)}.md`);
    const chinese = safeFileName('張漢暉'.repeat(100), 'md');
    assertSafe(chinese, 'md');
    expect(chinese).toMatch(/^[張漢暉]+\.md$/u);
    const emoji = safeFileName('🗞'.repeat(100), 'md');
    expect(emoji).toMatch(/^(🗞)+\.md$/u);
  });

  it('gives a safe name for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        assertSafe(safeFileName(text, 'md'), 'md');
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps names apart the way a case-insensitive file system sees them', () => {
    expect(uniqueFileNames(['Report.md', 'report.md', 'Report.md', 'Other.md'])).toEqual(['Report.md', 'report (2).md', 'Report (3).md', 'Other.md']);
  });
});
