import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../../src-main/services/importers/import-batch';
import { page, prose, snapshotFolder, useImportBench } from './import-fixtures';

describe('importing a folder', () => {
  const bench = useImportBench();

  it('imports every article below it and sums up what happened', async () => {
    await bench().write('news/a.txt', 'PARIS (AFP) - First article.');
    await bench().write('news/b.md', '# Second\n\nThe second article.\n');
    await bench().write('news/deeper/c.html', page(`<article>${prose('Third')}</article>`, '<title>Third</title>'));
    await bench().write('news/deeper/c_files/script.html', page(prose('Not an article: an asset saved with the page')));
    await bench().write('news/copy-of-a.txt', 'PARIS (AFP) - First article.');
    await bench().write('news/empty.txt', '');
    await bench().write('news/photo.jpg', Buffer.from('ffd8ffe0', 'hex'));
    await bench().write('news/.hidden.txt', 'A hidden file.');
    await bench().write('news/.git/notes.txt', 'Inside a hidden folder.');
    const summary = await bench().articles.importPaths([path.join(bench().inputDir, 'news')]);
    expect({ ...summary, outcomes: undefined }).toEqual({ outcomes: undefined, imported: 3, duplicates: 1, failed: 1, skipped: 1, isCancelled: false, notStarted: 0 });
    expect(summary.outcomes.map((outcome) => [path.relative(bench().inputDir, outcome.path), outcome.status])).toEqual([
      ['news/a.txt', 'imported'],
      ['news/b.md', 'imported'],
      ['news/copy-of-a.txt', 'duplicate'],
      ['news/empty.txt', 'failed'],
      ['news/deeper/c.html', 'imported'],
    ]);
    expect(bench().articles.list().map((meta) => meta.title).sort()).toEqual(['First article', 'Second', 'Third']);
  });

  it('hands the workers more pages than they read at once, so none waits for the next file', async () => {
    for (const name of ['1', '2', '3', '4', '5', '6']) await bench().write(`p/${name}.html`, page(`<article>${prose(`Page ${name}`)}</article>`));
    const workers = bench().articles.workers;
    const parse = workers.parse.bind(workers);
    let outstanding = 0;
    let mostOutstanding = 0;
    const spy = vi.spyOn(workers, 'parse').mockImplementation((...args) => {
      mostOutstanding = Math.max(mostOutstanding, ++outstanding);
      return parse(...args).finally(() => (outstanding -= 1));
    });
    try {
      const summary = await bench().articles.importPaths([path.join(bench().inputDir, 'p')]);
      expect(summary.imported).toBe(6);
    } finally {
      spy.mockRestore();
    }
    expect(mostOutstanding).toBeGreaterThan(workers.size);
  });

  it('reports progress as each file starts and finishes', async () => {
    for (const name of ['1', '2', '3']) await bench().write(`p/${name}.txt`, `Article number ${name}.`);
    const progress: ImportProgress[] = [];
    await bench().articles.importPaths([path.join(bench().inputDir, 'p')], { onProgress: (step) => progress.push(step) });
    expect(progress.every((step) => step.total === 3)).toBe(true);
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort());
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: null });
    expect(progress.filter((step) => step.current?.endsWith('2.txt')).length).toBeGreaterThan(0);
  });

  it('stops when cancelled, leaving only whole articles behind', async () => {
    for (let index = 0; index < 12; index += 1) await bench().write(`many/${String(index).padStart(2, '0')}.html`, page(`<article>${prose(`Page ${index}`)}</article>`));
    const controller = new AbortController();
    const summary = await bench().articles.importPaths([path.join(bench().inputDir, 'many')], {
      signal: controller.signal,
      onProgress: (step) => {
        if (step.done === 2) controller.abort();
      },
    });
    expect(summary.isCancelled).toBe(true);
    expect(summary.notStarted).toBeGreaterThan(0);
    expect(summary.imported + summary.notStarted).toBe(12);
    const folders = await fs.readdir(path.join(bench().libraryDir, 'articles'));
    expect(folders.sort()).toEqual(bench().articles.list().map((meta) => meta.id).sort());
    for (const id of folders) await expect(bench().articles.get(id)).resolves.toBeTruthy();
    const before = await snapshotFolder(bench().libraryDir);
    const again = await bench().articles.importPaths([path.join(bench().inputDir, 'many')]);
    expect(again).toMatchObject({ imported: 12 - summary.imported, duplicates: summary.imported, isCancelled: false });
    expect(Object.keys(await snapshotFolder(bench().libraryDir)).length).toBeGreaterThan(Object.keys(before).length);
  });

  it('applies the user’s date and source only to files that state none', async () => {
    const plain = await bench().write('d/plain.txt', 'A text with no dateline at all.');
    const wire = await bench().write('d/wire.txt', 'date 2019-02-25 Reuters, BEIJING\nA wire story.');
    await bench().articles.importPaths([plain, wire], { defaults: { published: '2020-05-06', source: 'My notes' } });
    const byTitle = Object.fromEntries(bench().articles.list().map((meta) => [meta.title, meta]));
    expect(byTitle['A text with no dateline at all']).toMatchObject({ published: { value: '2020-05-06', origin: 'user' }, source: 'My notes', origins: { source: 'user' } });
    expect(byTitle['A wire story']).toMatchObject({ published: { value: '2019-02-25', origin: 'dateline' }, source: 'Reuters' });
  });
});
