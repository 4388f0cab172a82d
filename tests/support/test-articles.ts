import type { ImportFile } from '../../src-main/services/importers/read-import-file';
import { importPlainText } from '../../src-main/services/importers/import-plain-text';
import type { Article } from '../../src-main/shared/article';

/** A small generated article and the bytes of the file it was imported from. */
export interface TestArticle {
  article: Article;
  original: Uint8Array;
}

/**
 * Builds a small plain-text article whose text (and so its id) is unique to `label`, through the
 * real importer. Free of vitest, so child processes can use it too.
 */
export function makeArticle(label: string, importedAt: Date = new Date('2024-05-01T12:00:00Z')): TestArticle {
  const text = `BEIJING (Reuters) - Report ${label} opens with a short lead sentence.\n\nA second paragraph of report ${label} follows it.\n`;
  const file: ImportFile = {
    path: `/virtual/${label}.txt`,
    name: `${label}.txt`,
    extension: 'txt',
    bytes: new TextEncoder().encode(text),
    modifiedAt: new Date('2024-05-01T00:00:00Z'),
  };
  return { article: importPlainText(file, importedAt), original: file.bytes };
}

/** A clock that starts at `start` and moves one second on at every call, so backup names differ. */
export function steppingClock(start: Date = new Date('2024-05-01T12:00:00Z')): () => Date {
  let calls = 0;
  return () => new Date(start.getTime() + 1000 * calls++);
}
