import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { LibraryStore } from '../store/library-store';
import type { ArticleService } from './articles';

/**
 * On a library's first open, imports the sample articles from `seedsDir` so a new user opens on
 * something to read. It happens once per library: removing the samples later does not bring them
 * back. A read-only library is left alone. Answers how many articles were imported.
 */
export async function seedLibrary(store: LibraryStore, articles: ArticleService, seedsDir: string): Promise<number> {
  if (store.isReadOnly || store.isSeeded) return 0;
  const names = await fs.readdir(seedsDir).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(seedsDir, name));
  const outcomes = files.length > 0 ? await articles.importFiles(files) : [];
  await store.markSeeded();
  return outcomes.filter((outcome) => outcome.status === 'imported').length;
}
