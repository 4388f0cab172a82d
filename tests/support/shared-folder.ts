import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The team's shared folder (corpora and scoring tools; never bundled into the app), or null when
 * this machine has none: `$DATELINE_SHARED`, then `../shared` beside the checkout, then the
 * workplace's own /work/shared (a checkout cloned elsewhere, as CI does, still finds it). Tests
 * that need a corpus run only when it is found.
 */
export function findSharedFolder(): string | null {
  const candidates = [process.env.DATELINE_SHARED, path.resolve(REPO_ROOT, '../shared'), '/work/shared'];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(candidate, 'corpora'))) return path.resolve(candidate);
  }
  return null;
}

/** {@link findSharedFolder}, resolved once. */
export const SHARED_FOLDER = findSharedFolder();
