import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS, WEB_PAGE_EXTENSIONS } from './import-article-file';

/** One file to import: the path as the user sees it, and the path to read (a link's target). */
export interface FoundFile {
  path: string;
  readPath: string;
}

/** What a walk found: files to import, entries refused with a reason, and how many files were passed over. */
export interface FoundFiles {
  files: FoundFile[];
  refused: Array<{ path: string; message: string }>;
  /** Files in the folders whose kind Dateline does not import (images, scripts…); hidden files are not counted. */
  skipped: number;
}

/** The most files one folder import takes; beyond it the rest of that folder is refused. */
export const MAX_FOLDER_FILES = 20_000;

/**
 * Expands the paths a user chose into the files to import. A file is taken as it is, whatever its
 * extension (a missing path too, so that its import fails with a clear message). A folder is
 * walked in name order: its web pages, Markdown and text files are taken; hidden files and
 * folders (".name") are not visited; a page's `<name>_files` assets folder is not walked for
 * articles; a link is followed only when it resolves inside the folder being imported — a link
 * out of it is refused with a message, never read. Stops early when `signal` aborts.
 */
export async function findImportFiles(paths: readonly string[], signal?: AbortSignal): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], refused: [], skipped: 0 };
  for (const chosen of paths) {
    if (signal?.aborted) break;
    const absolute = path.resolve(chosen);
    const stats = await fs.stat(absolute).catch(() => null);
    if (stats?.isDirectory()) await walkFolder(absolute, found, signal);
    else found.files.push({ path: absolute, readPath: absolute });
  }
  return found;
}

async function walkFolder(root: string, found: FoundFiles, signal?: AbortSignal): Promise<void> {
  const realRoot = await fs.realpath(root);
  const visited = new Set<string>([realRoot]);
  const folders = [root];
  let count = 0;
  while (folders.length > 0 && !signal?.aborted) {
    const folder = folders.shift() as string;
    let entries: Dirent[];
    try {
      entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      found.refused.push({ path: folder, message: `The folder "${folder}" could not be read (${error instanceof Error ? error.message : String(error)}). Check its permissions.` });
      continue;
    }
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      let readPath = full;
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = await resolveLink(full, realRoot);
        if ('message' in target) {
          found.refused.push({ path: full, message: target.message });
          continue;
        }
        readPath = target.real;
        isFolder = target.isFolder;
      }
      if (isFolder) {
        if (isAssetsFolder(entry.name, names)) continue;
        const real = await fs.realpath(readPath).catch(() => readPath);
        if (!visited.has(real)) {
          visited.add(real);
          folders.push(full);
        }
        continue;
      }
      if (!IMPORTABLE_EXTENSIONS.has(path.extname(entry.name).slice(1).toLowerCase())) {
        found.skipped += 1;
        continue;
      }
      if (++count > MAX_FOLDER_FILES) {
        found.refused.push({ path: root, message: `"${root}" holds more than ${MAX_FOLDER_FILES.toLocaleString('en')} articles; only the first ${MAX_FOLDER_FILES.toLocaleString('en')} were taken. Import the rest folder by folder.` });
        return;
      }
      found.files.push({ path: full, readPath });
    }
  }
}

/** A link's real target when it stays inside the imported folder, else why it is not followed. */
async function resolveLink(link: string, realRoot: string): Promise<{ real: string; isFolder: boolean } | { message: string }> {
  let real: string;
  try {
    real = await fs.realpath(link);
  } catch {
    return { message: `"${link}" is a link to something that no longer exists, so it was skipped.` };
  }
  const relative = path.relative(realRoot, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { message: `"${link}" is a link that points outside the folder being imported (to "${real}"), so Dateline did not follow it. Import that file or folder itself if you want it.` };
  }
  const stats = await fs.stat(real);
  return { real, isFolder: stats.isDirectory() };
}

/** True for "Page_files" beside "Page.html": the images and scripts a browser saved with the page. */
function isAssetsFolder(name: string, siblings: ReadonlySet<string>): boolean {
  const match = /^(.*)_files$/.exec(name);
  if (!match) return false;
  return [...WEB_PAGE_EXTENSIONS].some((extension) => siblings.has(`${match[1]}.${extension}`));
}
