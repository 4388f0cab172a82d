import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseTimeMlDocument, type TimeMlDocument } from '../core/timeline/timeml-document';
import { DatelineError } from '../shared/result';

/** A TimeML file read from disk: its file name (the scorer's document key) and its parsed content. */
export interface TimeMlFile extends TimeMlDocument {
  name: string;
}

async function listTimeMlFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listTimeMlFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.tml') && !entry.name.startsWith('._')) files.push(full);
  }
  return files;
}

/**
 * Reads every `.tml` file under `folder` (recursively), sorted by path. Throws `invalid-input`
 * when the folder cannot be read or holds no .tml file, and `import-failed` naming the file when
 * one has no TEXT element.
 */
export async function readTimeMlFolder(folder: string): Promise<TimeMlFile[]> {
  let paths: string[];
  try {
    paths = (await listTimeMlFiles(folder)).sort();
  } catch (error) {
    throw new DatelineError('invalid-input', `Cannot read the folder ${folder} (${error instanceof Error ? error.message : String(error)}). Check the path.`);
  }
  if (paths.length === 0) throw new DatelineError('invalid-input', `There are no .tml files in ${folder}. Give a folder of TimeML files.`);
  return Promise.all(
    paths.map(async (file) => {
      try {
        return { name: path.basename(file), ...parseTimeMlDocument(await readFile(file, 'utf8')) };
      } catch (error) {
        throw new DatelineError('import-failed', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}.`);
      }
    }),
  );
}
