import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from '../../../src-main/windows/asset-path';
import { ASSET_ARTICLE, ASSET_FILE, ASSET_TRAVERSAL_ATTEMPTS } from './traversal-attempts';

const LIBRARY = path.resolve('/library');
const pathOf = (url: string) => url.replace(/^[a-z]+:\/\/[^/]*/, '');

describe('resolveAssetPath', () => {
  it('maps an asset path to the file in the article’s assets folder', () => {
    expect(resolveAssetPath(LIBRARY, `/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}`)).toEqual({ ok: true, file: path.join(LIBRARY, 'articles', ASSET_ARTICLE, 'assets', ASSET_FILE) });
  });

  it.each(ASSET_TRAVERSAL_ATTEMPTS.filter((url) => url.startsWith('app://dateline/')).map(pathOf))('refuses %s', (raw) => {
    expect(resolveAssetPath(LIBRARY, raw)).toMatchObject({ ok: false });
  });

  it('answers 404 for paths that are not asset paths', () => {
    expect(resolveAssetPath(LIBRARY, '/index.html')).toEqual({ ok: false, status: 404 });
  });
});
