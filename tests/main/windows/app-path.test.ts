import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppPath } from '../../../src-main/windows/app-path';

const ROOT = path.resolve('/srv/dateline/out/renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://dateline/')).toEqual({ ok: true, file: path.join(ROOT, 'index.html') });
    expect(resolveAppPath(ROOT, 'app://dateline/assets/index-1.js')).toEqual({ ok: true, file: path.join(ROOT, 'assets', 'index-1.js') });
    expect(resolveAppPath(ROOT, 'app://dateline/assets/a%20b.css')).toEqual({ ok: true, file: path.join(ROOT, 'assets', 'a b.css') });
  });

  const attempts = [
    'app://dateline/../../../etc/passwd',
    'app://dateline/%2e%2e/%2e%2e/etc/passwd',
    'app://dateline/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://dateline/assets/..%2f..%2f..%2fetc/passwd',
    'app://dateline/%252e%252e/%252e%252e/etc/passwd',
    'app://dateline/..%5c..%5cwindows%5cwin.ini',
    'app://dateline/assets\\..\\..\\secret',
    'app://dateline/%5c%5cserver%5cshare%5cfile',
    'app://dateline//etc/passwd',
    'app://dateline/C:/Windows/win.ini',
    'app://dateline/c%3a%5cWindows%5cwin.ini',
    'app://dateline/%00index.html',
    'app://dateline/index.html%00.png',
    'app://dateline/%E0%A4%A',
    'app://other/index.html',
    'app://dateline.evil/index.html',
    'file:///etc/passwd',
    'https://dateline/index.html',
    'app://dateline/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fhome',
    'app://dateline/....//....//etc/passwd',
  ];

  it.each(attempts)('never leaves the folder for %s', (url) => {
    const resolution = resolveAppPath(ROOT, url);
    if (resolution.ok) {
      const fromRoot = path.relative(ROOT, resolution.file);
      expect(fromRoot.startsWith('..') || path.isAbsolute(fromRoot)).toBe(false);
      // What is left is a plain missing file inside the folder, which the handler answers with 404.
      expect(resolution.file.startsWith(ROOT + path.sep)).toBe(true);
    } else {
      expect(resolution.status).toBeGreaterThanOrEqual(400);
      expect(resolution.status).toBeLessThan(500);
    }
  });

  it('refuses the clear traversal attempts outright', () => {
    for (const url of attempts.slice(1, 8)) expect(resolveAppPath(ROOT, url).ok, url).toBe(false);
  });

  it('names the content type of what it serves', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
