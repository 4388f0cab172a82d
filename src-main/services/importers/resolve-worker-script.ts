import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DatelineError } from '../../shared/result';

/** How to start the import worker: a built script file, or source code to evaluate (from TypeScript sources). */
export type WorkerScript = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

/** The worker entry's name without extension: electron-vite builds it as `import-worker.js`. */
export const WORKER_ENTRY = 'import-worker';

/**
 * Finds the import worker next to the module that runs it. In the built app and CLI it is
 * `out/main/import-worker.js`, beside the bundle or one folder up from a shared chunk
 * (`out/main/chunks/`). From TypeScript sources (vitest, tsx) it is `import-worker.ts` beside
 * this file, started through tsx's loader: Node 20 ignores `--import` in a worker's `execArgv`,
 * so a small bootstrap registers tsx and then imports the entry. Throws an `internal`
 * {@link DatelineError} when a build lacks the worker.
 */
export function resolveWorkerScript(moduleUrl: string = import.meta.url): WorkerScript {
  const here = fileURLToPath(moduleUrl);
  const folder = path.dirname(here);
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(path.join(folder, `${WORKER_ENTRY}.ts`)).href;
    // tsx's ESM API sits beside the CommonJS one that `require.resolve` finds.
    const api = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    return { kind: 'eval', code: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });` };
  }
  for (const candidate of [path.join(folder, `${WORKER_ENTRY}.js`), path.join(folder, '..', `${WORKER_ENTRY}.js`)]) {
    if (existsSync(candidate)) return { kind: 'file', url: pathToFileURL(candidate) };
  }
  throw new DatelineError('internal', `The import worker (${WORKER_ENTRY}.js) is missing from ${folder}; this build of Dateline is incomplete. Reinstall it.`);
}
