import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from './durable-file';

/**
 * This device's id, kept in `<library>/.local/device-id`: local to this copy of the library (it is
 * never replicated), made once. A read-only library that has none gets a fresh id for this run.
 */
export async function readDeviceId(libraryDir: string, isReadOnly: boolean): Promise<string> {
  const file = path.join(libraryDir, '.local', 'device-id');
  const existing = (await fs.readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[0-9a-f-]{36}$/.test(existing)) return existing;
  const id = randomUUID();
  if (!isReadOnly) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileDurably(file, `${id}\n`);
  }
  return id;
}
