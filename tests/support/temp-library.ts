import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Registers an afterEach that removes every folder made through the returned function. Call it at
 * the top of a describe block (or file); the function makes a fresh real folder in the OS temp dir.
 */
export function useTempDirs(prefix = 'dateline-test-'): () => Promise<string> {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => removeTree(dir)));
  });
  return async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Removes a folder tree, first making it writable again (a test may have made it read-only). */
async function removeTree(dir: string): Promise<void> {
  await fs.chmod(dir, 0o700).catch(() => undefined);
  for (const entry of await fs.readdir(dir, { recursive: true }).catch(() => [] as string[])) {
    await fs.chmod(path.join(dir, entry), 0o700).catch(() => undefined);
  }
  await fs.rm(dir, { recursive: true, force: true });
}

/** Names of the entries of `dir` (sorted); an empty list when it does not exist. */
export async function listNames(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

/** Every file path under `dir`, relative to it, sorted. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
