import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppPath } from '../../../src-main/windows/app-path';
import { TRAVERSAL_ATTEMPTS } from './traversal-attempts';

const ROOT = path.resolve('/srv/dateline/out/renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://dateline/')).toEqual({ ok: true, file: path.join(ROOT, 'index.html') });
    expect(resolveAppPath(ROOT, 'app://dateline/assets/index-1.js')).toEqual({ ok: true, file: path.join(ROOT, 'assets', 'index-1.js') });
    expect(resolveAppPath(ROOT, 'app://dateline/assets/a%20b.css')).toEqual({ ok: true, file: path.join(ROOT, 'assets', 'a b.css') });
  });

  const attempts = TRAVERSAL_ATTEMPTS;

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
