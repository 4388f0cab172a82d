import * as fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp';
import { ASSET_PATH_PREFIX } from '../../../src-main/shared/article-assets';
import { mimeTypeOf } from '../../../src-main/windows/app-path';
import { resolveAssetPath } from '../../../src-main/windows/asset-path';

/** A running server of the built renderer; `close` stops it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `rootDir` on 127.0.0.1 with the app's own Content-Security-Policy header, so the
 * end-to-end run checks the renderer works under the CSP it ships with; and, like the app's own
 * protocol and through the same resolver, the articles' images of `libraryDir` on the assets path.
 */
export async function serveStatic(rootDir: string, libraryDir: string | null = null): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = http.createServer(async (request, response) => {
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
    const rawPath = (request.url ?? '/').replace(/[?#].*$/s, '');
    if (libraryDir !== null && rawPath.startsWith(ASSET_PATH_PREFIX)) {
      const asset = resolveAssetPath(libraryDir, rawPath);
      const body = asset.ok ? await fs.readFile(asset.file).catch(() => null) : null;
      if (asset.ok && body) response.writeHead(200, { ...headers, 'content-type': mimeTypeOf(asset.file) }).end(body);
      else response.writeHead(asset.ok ? 404 : asset.status, headers).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      response.writeHead(200, { ...headers, 'content-type': mimeTypeOf(file) }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
