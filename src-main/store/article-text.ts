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
  let text: unknown = lastTextField(raw);
  if (text === null) {
    try {
      text = (JSON.parse(raw) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
  }
  if (typeof text !== 'string') throw new DatelineError('io', `The article ${id} is damaged (content.json could not be read). Import it again from its original file.`);
  return text;
}

/**
 * The `text` of a content.json whose last field it is (as the store writes it), parsed without the
 * blocks before it — half the file, and most of the time a snippet took. Null when the file does
 * not end with a `"text": "…"` field; the caller then parses the whole file. A quote inside a JSON
 * string is always escaped, so `"text"` found last, followed by a string that parses to the end,
 * can only be that field.
 */
function lastTextField(raw: string): string | null {
  const body = raw.trimEnd();
  if (!body.endsWith('"}') && !/"\s*\}$/.test(body)) return null;
  const key = body.lastIndexOf('"text"');
  if (key === -1) return null;
  const colon = /^\s*:\s*"/.exec(body.slice(key + 6, key + 64));
  if (!colon) return null;
  try {
    const value = JSON.parse(body.slice(key + 6 + colon[0].length - 1, body.lastIndexOf('}'))) as unknown;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
