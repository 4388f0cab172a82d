import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parsePlainTextArticle } from '../../src-main/core/plain-text-article';
import { articleIdFor, hashText } from '../../src-main/services/content-hash';
import { createServices } from '../../src-main/services/create-services';
import type { ArticleMeta } from '../../src-main/shared/article';
import { DEFAULT_SETTINGS } from '../../src-main/shared/settings';
import { LibraryStore } from '../../src-main/store/library-store';
import { percentile } from './shared-folder';

/** What {@link measureNoteSaves} found. */
export interface NoteSaveResult {
  articles: number;
  saves: number;
  p50: number;
  p95: number;
}

const SAVES = 200;

/**
 * Builds a library of `count` small articles (written directly, as a fast set-up), opens it like
 * the app does, and times {@link SAVES} note saves spread over its articles.
 */
export async function measureNoteSaves(count: number): Promise<NoteSaveResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `dateline-bench-notes-${count}-`));
  try {
    const articles: Record<string, ArticleMeta> = {};
    for (let index = 0; index < count; index += 1) {
      const parsed = parsePlainTextArticle(`date 2019-02-25 Reuters, BEIJING\n\nArticle number ${index} says the ministry met envoys on Friday.`);
      const contentHash = hashText(parsed.text);
      const meta: ArticleMeta = {
        id: articleIdFor(contentHash),
        title: parsed.title,
        byline: null,
        source: 'Reuters',
        place: 'Beijing',
        published: { value: '2019-02-25', origin: 'dateline' },
        language: 'en',
        contentHash,
        original: { name: `${index}.txt`, extension: 'txt' },
        importedAt: new Date().toISOString(),
        wordCount: 10,
      };
      articles[meta.id] = meta;
      const folder = path.join(dir, 'articles', meta.id);
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(path.join(folder, 'content.json'), JSON.stringify({ schemaVersion: 1, meta, blocks: parsed.blocks, text: parsed.text }));
      await fs.writeFile(path.join(folder, 'original.txt'), parsed.text);
    }
    const library = { schemaVersion: 1, libraryId: 'bench', createdAt: new Date().toISOString(), articles, settings: DEFAULT_SETTINGS, isSeeded: true };
    await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify(library));

    const services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    const ids = Object.keys(articles);
    const times: number[] = [];
    for (let save = 0; save < SAVES; save += 1) {
      const articleId = ids[(save * 7919) % ids.length] as string;
      const started = performance.now();
      await services.notes.create({ articleId, range: { start: 0, end: 7 }, body: `note ${save}` });
      times.push(performance.now() - started);
    }
    await services.store.close();
    return { articles: count, saves: SAVES, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
