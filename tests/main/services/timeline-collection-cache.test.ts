import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedLibrary } from '../../../src-main/services/seed';
import { collectionTimelinePath } from '../../../src-main/store/collection-timeline-cache';
import { openTempLibrary, type TempLibrary } from '../support/library-fixture';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
/** The file the whole library's timeline (default key dates and sentences) is saved in. */
const savedFile = (dir: string) => collectionTimelinePath(dir, JSON.stringify([{ all: true }, null, null]));

describe('a saved collection timeline', () => {
  let library: TempLibrary;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-collection-cache-');
    await seedLibrary(library.services.store, library.services.articles, SEEDS);
    await library.add('Storm closes ports', ['The storm closed the ports on Sunday, officials said.']);
  });
  afterEach(async () => library.close());

  async function builtAndSaved() {
    const built = await library.services.timeline.collection.build();
    await expect.poll(() => fs.stat(savedFile(library.dir)).then(() => true, () => false)).toBe(true);
    return built;
  }

  it('is read back after a restart without reading any article again', async () => {
    const built = await builtAndSaved();
    const services = await library.reopen();
    const entriesOf = vi.spyOn(services.timeline.articles, 'entriesOf');
    expect(await services.timeline.collection.build()).toEqual(built);
    expect(entriesOf).not.toHaveBeenCalled();
  });

  it('is built again when an event was corrected since it was saved', async () => {
    const built = await builtAndSaved();
    const services = await library.reopen();
    const seed = services.articles.list().find((meta) => meta.title.includes('Xinjiang'))?.id ?? '';
    const friday = (await services.timeline.articles.article(seed)).events.find((event) => event.quote === 'Friday');
    await services.timeline.edits.edit(seed, friday?.key ?? '', { title: 'Envoys briefed in Beijing' });
    const again = await services.timeline.collection.build();
    expect(again).not.toEqual(built);
    expect(again.events.map((event) => event.title)).toContain('Envoys briefed in Beijing');
    expect(built.events.map((event) => event.title)).not.toContain('Envoys briefed in Beijing');
  });

  it('is built again when an article joined the library, and when the saved file is damaged', async () => {
    const built = await builtAndSaved();
    let services = await library.reopen();
    await library.add('Talks resume', ['Talks resumed on Tuesday in Geneva.']);
    expect((await services.timeline.collection.build()).articleCount).toBe(built.articleCount + 1);
    // Once the rebuilt timeline is saved, damage it.
    const savedCount = () => fs.readFile(savedFile(library.dir), 'utf8').then((text) => (JSON.parse(text) as { timeline: { articleCount: number } }).timeline.articleCount);
    await expect.poll(savedCount).toBe(built.articleCount + 1);
    await fs.writeFile(savedFile(library.dir), '{"fingerprint": "x", "timeline": 3');
    services = await library.reopen();
    const entriesOf = vi.spyOn(services.timeline.articles, 'entriesOf');
    expect((await services.timeline.collection.build()).articleCount).toBe(built.articleCount + 1);
    expect(entriesOf).toHaveBeenCalled();
  });

  it('answers the first page of the window after a restart from its own small file, and builds the rest meanwhile', async () => {
    const firstPage = { scope: { all: true as const }, page: { offset: 0, limit: 2, withAxis: true } };
    const answer = await library.services.timeline.collection.view(firstPage);
    await builtAndSaved();
    const pageFile = collectionTimelinePath(library.dir, JSON.stringify([JSON.stringify([{ all: true }, null, null]), 'first page', 2, true]));
    await expect.poll(() => fs.stat(pageFile).then(() => true, () => false)).toBe(true);
    // Mark the saved page, and take away the whole timeline's file: only the page's file can answer at once.
    const saved = JSON.parse(await fs.readFile(pageFile, 'utf8')) as { fingerprint: string; timeline: typeof answer };
    await fs.writeFile(pageFile, JSON.stringify({ ...saved, timeline: { ...saved.timeline, articleCount: 999 } }));
    await fs.rm(savedFile(library.dir));
    const services = await library.reopen();
    const entriesOf = vi.spyOn(services.timeline.articles, 'entriesOf');
    expect(await services.timeline.collection.view(firstPage)).toEqual({ ...answer, articleCount: 999 });
    const next = await services.timeline.collection.view({ ...firstPage, page: { offset: 2, limit: 2 } });
    expect(next.page?.offset).toBe(2);
    expect(entriesOf).toHaveBeenCalled();
  });
  it('is on disk once the library has closed: closing waits for the saves still being written', async () => {
    await library.services.timeline.collection.build();
    await library.services.store.close();
    const saved = JSON.parse(await fs.readFile(savedFile(library.dir), 'utf8')) as { timeline: { articleCount: number } };
    expect(saved.timeline.articleCount).toBe(2);
    await library.reopen();
  });
});

describe('saved collection timelines on disk', () => {
  it('keeps only the most recently saved ones', async () => {
    const { writeCollectionTimeline, SAVED_TIMELINES_KEPT } = await import('../../../src-main/store/collection-timeline-cache');
    const library = await openTempLibrary('dateline-collection-cache-kept-');
    try {
      const timeline = { articleCount: 0, events: [], keyDates: [], sources: [] };
      const files = Array.from({ length: SAVED_TIMELINES_KEPT + 3 }, (_, at) => collectionTimelinePath(library.dir, `scope ${at}`));
      for (const file of files) {
        await writeCollectionTimeline(file, 'f', timeline);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const left = await fs.readdir(path.dirname(files[0] as string));
      expect(left.sort()).toEqual(files.slice(3).map((file) => path.basename(file)).sort());
    } finally {
      await library.close();
    }
  });
});
