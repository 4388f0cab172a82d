import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';

/** A library in a fresh temporary folder, with its services; `reopen` closes and opens it again. */
export interface TempLibrary {
  dir: string;
  services: Services;
  /** Imports a plain-text article (a headline, a dateline, paragraphs); answers its id. */
  add: (headline: string, paragraphs: readonly string[], date?: string) => Promise<string>;
  reopen: () => Promise<Services>;
  close: () => Promise<void>;
}

/** Opens a new library in a temporary folder (removed by `close`). */
export async function openTempLibrary(prefix = 'dateline-test-'): Promise<TempLibrary> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const sources = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}src-`));
  let count = 0;
  const library: TempLibrary = {
    dir,
    services: createServices(await LibraryStore.open(dir, { owner: 'cli' })),
    add: async (headline, paragraphs, date = '2019-02-25') => {
      count += 1;
      const file = path.join(sources, `article-${count}.txt`);
      await fs.writeFile(file, `${headline}\n\ndate ${date} Reuters, BEIJING\n\n${paragraphs.join('\n\n')}\n`);
      const [outcome] = await library.services.articles.importFiles([file]);
      if (outcome?.status !== 'imported') throw new Error(`could not import ${headline}: ${JSON.stringify(outcome)}`);
      return outcome.id;
    },
    reopen: async () => {
      await library.services.store.close();
      library.services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
      return library.services;
    },
    close: async () => {
      await library.services.store.close();
      await library.services.articles.close();
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rm(sources, { recursive: true, force: true });
    },
  };
  return library;
}

/** The range of the first occurrence of `passage` in `text`. */
export function rangeOf(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`"${passage}" is not in the text`);
  return { start, end: start + passage.length };
}
