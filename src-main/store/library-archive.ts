import * as fs from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { DatelineError } from '../shared/result';
import { readArticleFile } from './article-files';
import { fileStamp } from './backups';
import { isCode, TEMP_SUFFIX, toIoError } from './durable-file';
import { acquireLibraryLock } from './library-lock';
import { acceptLibraryData } from './load-library-file';
import { NotesFileSchema } from './notes-file';

/**
 * What a backup holds: the user's data. Left out: `.local/` (this device's id and the search index,
 * rebuilt anywhere), `backups/` (this copy's own safety generations) and the lock.
 */
const ENTRIES = ['library.json', 'reading.json', 'articles', 'notes'];

/** What a backup or a restore covered. */
export interface ArchiveSummary {
  file: string;
  articles: number;
  notesFiles: number;
}

/**
 * Writes the library in `libraryDir` to one gzipped tar file, atomically: to a temporary file
 * beside `file`, renamed into place when complete. Temporary and set-aside (`.corrupt-`) files are
 * left out. Answers how many articles and notes files it holds.
 */
export async function createLibraryArchive(libraryDir: string, file: string): Promise<ArchiveSummary> {
  const present = [];
  for (const entry of ENTRIES) if (await exists(path.join(libraryDir, entry))) present.push(entry);
  if (!present.includes('library.json')) throw new DatelineError('not-found', `${libraryDir} is not a Dateline library (it has no library.json), so there is nothing to back up.`);
  const target = path.resolve(file);
  const partial = `${target}${TEMP_SUFFIX}`;
  let articles = 0;
  let notesFiles = 0;
  const filter = (entryPath: string) => {
    const name = path.basename(entryPath);
    if (name.endsWith(TEMP_SUFFIX) || name.includes('.corrupt-')) return false;
    if (/^articles\/[0-9a-f]{16}\/content\.json$/.test(entryPath.replaceAll('\\', '/'))) articles += 1;
    if (/^notes\/[0-9a-f]{16}\.json$/.test(entryPath.replaceAll('\\', '/'))) notesFiles += 1;
    return true;
  };
  try {
    await tar.create({ gzip: true, file: partial, cwd: libraryDir, portable: true, filter }, present);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw toIoError(error, `write the backup ${target}`);
  }
  return { file: target, articles, notesFiles };
}

/**
 * Restores a backup into `targetDir`. Into a missing or empty folder it always may; over an
 * existing library only with `replace`, and that library is kept beside it (answered as `previous`)
 * rather than deleted. The archive is extracted into a temporary folder and checked first (every
 * file a Dateline file, library.json and each article and notes file readable), then moved into
 * place with renames: the target is never left half-restored.
 */
export async function restoreLibraryArchive(file: string, targetDir: string, options: { replace: boolean; now?: Date }): Promise<ArchiveSummary & { previous: string | null }> {
  const target = path.resolve(targetDir);
  const stamp = fileStamp(options.now ?? new Date());
  const names = await fs.readdir(target).catch((error: unknown) => (isCode(error, 'ENOENT') ? null : Promise.reject(toIoError(error, `read ${target}`))));
  const isEmpty = names === null || names.length === 0;
  if (!isEmpty && !options.replace) {
    throw new DatelineError('invalid-input', `${target} is not empty, so the backup was not restored. Restore into an empty folder, or confirm replacing this library (it will be kept beside it).`);
  }
  // Holding the lock proves neither the app nor a command is using the library being replaced.
  const lock = names === null ? null : await acquireLibraryLock(target, 'cli');
  let staged: StagedLibrary | null = null;
  try {
    staged = await stageLibraryArchive(file, target, stamp);
    await lock?.release();
    const previous = await moveStagedLibraryIn(staged, target, stamp, { isLocked: true });
    return { ...staged.summary, previous };
  } catch (error) {
    await lock?.release().catch(() => undefined);
    await staged?.discard();
    throw error;
  }
}

/** A backup extracted and checked beside the library it is to replace, not yet moved in. */
export interface StagedLibrary {
  /** The folder it was extracted into, `<target>.restoring-<stamp>`. */
  dir: string;
  summary: ArchiveSummary;
  /** Removes the extracted folder (when the restore is given up). */
  discard(): Promise<void>;
}

/**
 * Extracts the backup `file` into `<targetDir>.restoring-<stamp>` and checks it (see
 * restoreLibraryArchive), touching nothing of `targetDir` itself, so it may run while the library
 * is open. A bad archive throws an `invalid-input` error and leaves nothing behind.
 */
export async function stageLibraryArchive(file: string, targetDir: string, stamp: string): Promise<StagedLibrary> {
  const dir = `${path.resolve(targetDir)}.restoring-${stamp}`;
  const discard = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await fs.mkdir(dir, { recursive: true });
    await extract(file, dir);
    const counts = await checkRestoredLibrary(dir);
    return { dir, summary: { ...counts, file: path.resolve(file) }, discard };
  } catch (error) {
    await discard();
    if (error instanceof DatelineError) throw error;
    throw toIoError(error, `restore ${file} into ${targetDir}`);
  }
}

/**
 * Puts a staged library in the place of `targetDir`, which no one may have open (its lock is taken
 * to prove it unless `isLocked` says the caller already did): the library there is renamed to
 * `<targetDir>.before-restore-<stamp>` (answered; null when there was none or it was empty), then
 * the staged folder is renamed into place. If that fails, the old library is put back.
 */
export async function moveStagedLibraryIn(staged: StagedLibrary, targetDir: string, stamp: string, options: { isLocked: boolean } = { isLocked: false }): Promise<string | null> {
  const target = path.resolve(targetDir);
  const names = await fs.readdir(target).catch((error: unknown) => (isCode(error, 'ENOENT') ? null : Promise.reject(toIoError(error, `read ${target}`))));
  if (names !== null && !options.isLocked) await (await acquireLibraryLock(target, 'app')).release();
  let previous: string | null = null;
  try {
    if (names !== null && names.length > 0) {
      previous = `${target}.before-restore-${stamp}`;
      await fs.rename(target, previous);
    } else if (names !== null) {
      await fs.rmdir(target);
    }
    try {
      await fs.rename(staged.dir, target);
    } catch (error) {
      if (previous) await fs.rename(previous, target);
      throw error;
    }
  } catch (error) {
    throw toIoError(error, `move the restored library into ${target}`);
  }
  return previous;
}

/** Extracts only plain files and folders, refusing links, absolute paths and `..` (tar's strict mode). */
async function extract(file: string, folder: string): Promise<void> {
  const refused: string[] = [];
  try {
    await tar.extract({
      file,
      cwd: folder,
      strict: true,
      filter: (entryPath, entry) => {
        const type = 'type' in entry ? entry.type : null;
        const top = entryPath.replaceAll('\\', '/').split('/')[0] ?? '';
        const isLibraryEntry = (type === 'File' || type === 'Directory') && ENTRIES.includes(top);
        if (!isLibraryEntry) refused.push(entryPath);
        return isLibraryEntry;
      },
    });
  } catch (error) {
    throw new DatelineError('invalid-input', `${file} is not a Dateline backup or is damaged (${error instanceof Error ? error.message : String(error)}). Nothing was restored.`);
  }
  if (refused.length > 0) throw new DatelineError('invalid-input', `The backup holds "${refused[0]}", which is not part of a Dateline library, so nothing was restored.`);
}

/** Checks an extracted library before it replaces anything; answers what it holds. */
async function checkRestoredLibrary(dir: string): Promise<{ articles: number; notesFiles: number }> {
  const damaged = (what: string) => new DatelineError('invalid-input', `The backup is damaged: ${what}. Nothing was restored.`);
  const index = await readJsonOrNull(path.join(dir, 'library.json'));
  if (index === null) throw damaged('its library.json is missing or unreadable');
  const library = acceptLibraryData(index);
  if (!library) throw damaged('its library.json is not a library this version of Dateline can open');
  const folders = await fs.readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
  for (const id of folders) {
    const article = await readArticleFile(dir, id).catch(() => null);
    if (!article || article.meta.id !== id) throw damaged(`the article ${id} cannot be read`);
  }
  const missing = Object.keys(library.articles).filter((id) => !folders.includes(id));
  if (missing.length > 0) throw damaged(`${missing.length} article${missing.length === 1 ? ' is' : 's are'} listed but missing`);
  const notesFiles = await fs.readdir(path.join(dir, 'notes')).catch(() => [] as string[]);
  for (const name of notesFiles) {
    const parsed = NotesFileSchema.safeParse(await readJsonOrNull(path.join(dir, 'notes', name)));
    if (!parsed.success || `${parsed.data.articleId}.json` !== name) throw damaged(`the notes file ${name} cannot be read`);
  }
  return { articles: folders.length, notesFiles: notesFiles.length };
}

async function readJsonOrNull(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
