import { createLibraryArchive, restoreLibraryArchive, type ArchiveSummary } from '../store/library-archive';
import type { LibraryStore } from '../store/library-store';

/**
 * Backs up the open library into one .tar.gz file (articles, notes, reading positions, tags and
 * collections; not this device's search index). Saves still pending are finished first.
 */
export async function backupLibrary(store: LibraryStore, file: string): Promise<ArchiveSummary> {
  await store.notes.flush();
  await store.reading.flush();
  return createLibraryArchive(store.dir, file);
}

/**
 * Restores a backup into a library folder that no one has open: an empty or missing folder, or,
 * with `replace`, an existing library, which is kept beside it (`previous`). Checked before anything
 * is replaced; never half-done.
 */
export function restoreLibrary(file: string, libraryDir: string, replace: boolean): Promise<ArchiveSummary & { previous: string | null }> {
  return restoreLibraryArchive(file, libraryDir, { replace });
}
