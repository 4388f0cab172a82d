import * as fs from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../shared/result';
import { articleFolder } from './article-files';

/**
 * Just the canonical text of an article, read from its content.json without validating the blocks:
 * for search snippets, where twenty articles are read per query and the text is all that is used.
 * Throws `not-found` when the file is missing and `io` when it holds no text.
 */
export async function readArticleText(libraryDir: string, id: string): Promise<string> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(articleFolder(libraryDir, id), 'content.json'), 'utf8');
  } catch {
    throw new DatelineError('not-found', 'This article’s files are no longer in the library folder. Import it again to read it.');
  }
  let text: unknown;
  try {
    text = (JSON.parse(raw) as { text?: unknown }).text;
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') throw new DatelineError('io', `The article ${id} is damaged (content.json could not be read). Import it again from its original file.`);
  return text;
}
