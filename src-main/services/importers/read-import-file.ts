import * as fs from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/result';
import { isCode } from '../../store/durable-file';

/** The largest file Dateline imports as one article, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A file read for import, before it is decoded. */
export interface ImportFile {
  /** Absolute path. */
  path: string;
  /** The file's name as the user sees it. */
  name: string;
  /** Lower-case extension without the dot; "" when it has none. */
  extension: string;
  bytes: Uint8Array;
  /** When the file was last modified. */
  modifiedAt: Date;
}

/**
 * Reads a file to import, refusing what cannot be an article with an `import-failed`
 * {@link DatelineError} whose message says what and why: a missing path, a folder, a device or
 * pipe, an empty file, or one over {@link MAX_IMPORT_BYTES}.
 */
export async function readImportFile(filePath: string): Promise<ImportFile> {
  const absolute = path.resolve(filePath);
  const name = path.basename(absolute);
  let stats;
  try {
    stats = await fs.stat(absolute);
  } catch (error) {
    throw new DatelineError('import-failed', describeAccessError(error, absolute));
  }
  if (stats.isDirectory()) throw new DatelineError('import-failed', `"${absolute}" is a folder, not a file. Choose the article files inside it.`);
  if (!stats.isFile()) throw new DatelineError('import-failed', `"${absolute}" is not a regular file (it is a device, pipe or socket), so it cannot be an article.`);
  if (stats.size === 0) throw new DatelineError('import-failed', `"${name}" is empty: there is no article in it to import.`);
  if (stats.size > MAX_IMPORT_BYTES) {
    throw new DatelineError(
      'import-failed',
      `"${name}" is ${formatSize(stats.size)}; Dateline imports articles of up to ${formatSize(MAX_IMPORT_BYTES)}. If it holds many articles, split it into one file per article.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    throw new DatelineError('import-failed', describeAccessError(error, absolute));
  }
  return { path: absolute, name, extension: path.extname(name).slice(1).toLowerCase(), bytes, modifiedAt: stats.mtime };
}

function describeAccessError(error: unknown, absolute: string): string {
  if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return `There is no file at "${absolute}". Check the path and try again.`;
  if (isCode(error, 'EACCES') || isCode(error, 'EPERM')) return `Dateline is not allowed to read "${absolute}". Check the file's permissions.`;
  return `"${absolute}" could not be read: ${error instanceof Error ? error.message : String(error)}.`;
}

/** A size in bytes as people say it: "512 KB", "500 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
