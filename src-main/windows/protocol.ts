import * as fs from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { mimeTypeOf, resolveAppPath } from './app-path';

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
 * header. Requests that would leave the folder get 403, missing files 404; nothing else is served.
 */
export function serveAppProtocol(sessionProtocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  const root = path.resolve(rootDir);
  sessionProtocol.handle('app', async (request) => {
    const resolution = resolveAppPath(root, request.url);
    if (!resolution.ok) return new Response(null, { status: resolution.status, headers: SECURITY_HEADERS });
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const real = await fs.realpath(resolution.file);
      if (path.relative(await fs.realpath(root), real).startsWith('..')) return new Response(null, { status: 403, headers: SECURITY_HEADERS });
      const body = await fs.readFile(real);
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': mimeTypeOf(real) } });
    } catch {
      return new Response(null, { status: 404, headers: SECURITY_HEADERS });
    }
  });
}
