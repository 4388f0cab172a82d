import * as fs from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { ASSET_PATH_PREFIX } from '../shared/article-assets';
import { APP_HOST, mimeTypeOf, resolveAppPath } from './app-path';
import { rawPathOf, resolveAssetPath } from './asset-path';

/** Declares the `app:` scheme as standard and secure. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Serves the built renderer from `rootDir` on `app://dateline/`, with the CSP as a response
 * header, and, with `libraryDir`, the articles' images on `app://dateline/library-assets/<id>/<name>`
 * from their assets folders (see {@link resolveAssetPath}). Requests that would leave those
 * folders get 403, missing files 404; nothing else is served.
 */
export function serveAppProtocol(sessionProtocol: Pick<Protocol, 'handle'>, rootDir: string, libraryDir: string | null = null): void {
  const root = path.resolve(rootDir);
  sessionProtocol.handle('app', async (request) => {
    const rawPath = rawPathOf(request.url, APP_HOST);
    if (rawPath?.startsWith(ASSET_PATH_PREFIX) && request.url.startsWith(`app://${APP_HOST}/`)) {
      if (libraryDir === null) return refuse(404);
      const asset = resolveAssetPath(libraryDir, rawPath);
      return asset.ok ? serveFile(asset.file, path.dirname(asset.file)) : refuse(asset.status);
    }
    const resolution = resolveAppPath(root, request.url);
    return resolution.ok ? serveFile(resolution.file, root) : refuse(resolution.status);
  });
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/** Serves `file` when its real path (links followed) is inside `folder`'s real path: 403 if not, 404 if missing. */
async function serveFile(file: string, folder: string): Promise<Response> {
  try {
    // A symbolic link inside the folder must not lead out of it either.
    const real = await fs.realpath(file);
    const relative = path.relative(await fs.realpath(folder), real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return refuse(403);
    const body = await fs.readFile(real);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': mimeTypeOf(real) } });
  } catch {
    return refuse(404);
  }
}
