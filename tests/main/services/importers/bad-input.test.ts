import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportWorkerPool } from '../../../../src-main/services/importers/import-worker-pool';
import { failureOf, openImportBench, page, prose, snapshotFolder, testWorkerPool, type ImportBench } from './import-fixtures';

/** The limit for every bad input: rejected or imported safely within 5 s. */
const LIMIT_MS = 5_000;

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1');
const ZIP = Buffer.from('504b0304140000000800000000000000000000000000', 'hex');

describe('bad input is rejected or imported safely, within 5 s, and never half-written', () => {
  let workers: ImportWorkerPool;
  let bench: ImportBench;

  beforeAll(async () => {
    workers = testWorkerPool();
    // Start the workers now, so that loading them from TypeScript is not counted in any test's 5 s.
    await Promise.all([0, 1].map((index) => workers.parse('html', { bytes: Buffer.from(page(prose(`warm ${index}`))), name: 'warm.html', modifiedAt: new Date() })));
  });
  afterAll(() => workers.close());
  beforeEach(async () => {
    bench = await openImportBench(workers);
  });
  afterEach(() => bench.dispose());

  /** Imports `file` into a library holding one article and expects a refusal matching `message`, with nothing written. */
  async function expectRefused(file: string, message: RegExp): Promise<void> {
    await bench.importOne(await bench.write('existing.txt', 'PARIS (AFP) - An article already in the library.'));
    const before = await snapshotFolder(bench.libraryDir);
    expect(failureOf(await bench.articles.importFiles([file]))).toMatch(message);
    expect(await snapshotFolder(bench.libraryDir)).toEqual(before);
  }

  for (const extension of ['html', 'md', 'txt']) {
    it.each([
      ['PNG image', PNG, /is a PNG image, not a text article/],
      ['PDF document', PDF, /is a PDF document, not a text article/],
      ['ZIP archive', ZIP, /is a ZIP archive/],
    ])(`a %s renamed .${extension}`, async (_kind, bytes, message) => {
      await expectRefused(await bench.write(`renamed.${extension}`, bytes), message);
    }, LIMIT_MS);

    it(`an empty .${extension} file`, async () => {
      await expectRefused(await bench.write(`empty.${extension}`, ''), /is empty: there is no article in it/);
    }, LIMIT_MS);
  }

  it.each(['txt', 'md', 'html'])('invalid UTF-8 in a .%s file is read as Windows-1252, not garbled or refused', async (extension) => {
    const text = Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(' au lait '), Buffer.from([0xc3, 0x28]), Buffer.from(' costs 3 '), Buffer.from([0x80]), Buffer.from(' in Paris today, the owners said.</p>')]);
    const article = await bench.importOne(await bench.write(`latin.${extension}`, extension === 'html' ? text : text.subarray(3, text.length - 4)));
    expect(article.content.text).toContain('Café au lait Ã( costs 3 € in Paris today');
  }, LIMIT_MS);

  it('a 50 MB single-line web page is refused before it is read', async () => {
    const file = path.join(bench.inputDir, 'huge.html');
    await fs.writeFile(file, `<html><body><p>${'word '.repeat(10 * 1024 * 1024)}</p></body></html>`);
    await expectRefused(file, /is 50 MB; Dateline imports articles of up to 20 MB/);
  }, LIMIT_MS);

  it('a web page nested 100,000 elements deep is refused', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</body></html>`;
    await expectRefused(await bench.write('deep.html', deep), /nested more than 256 levels deep, far beyond any article page/);
  }, LIMIT_MS);

  it('a web page with an element of 100,000 attributes is refused', async () => {
    const attributes = Array.from({ length: 100_000 }, (_, index) => ` data-a${index}="x"`).join('');
    await expectRefused(await bench.write('attributes.html', page(`<p${attributes}>Hello.</p>${prose('Attributes')}`)), /has more than 1,000 attributes/);
  }, LIMIT_MS);

  it('scripts, on* handlers and javascript: URLs are never kept or run', async () => {
    const html = page(
      `<article>
        <script>globalThis.ran = true; document.write('<p>INJECTED by script</p>')</script>
        <p onclick="alert('onclick')" onmouseover="alert(2)">The harbour reopened on Monday after a week of storms, officials said, and ferries left at dawn.</p>
        <p>Read the <a href="javascript:alert('link')">plan</a>, the <a href=" JaVa&#x09;ScRiPt:alert(3)">map</a> and the <a href="data:text/html,<script>alert(4)</script>">data</a>.</p>
        <img src="x" onerror="alert('img')"><iframe src="javascript:alert(5)"></iframe>
        <style>p { background: url(javascript:alert(6)) }</style>${prose('Safe')}
      </article>`,
      '<script>alert("head")</script>',
    );
    const article = await bench.importOne(await bench.write('scripts.html', html));
    const stored = JSON.stringify(await fs.readFile(path.join(bench.libraryDir, 'articles', article.meta.id, 'content.json'), 'utf8'));
    expect(stored).not.toMatch(/alert|INJECTED|javascript|onclick|onerror|<script/i);
    expect(article.content.text).toContain('Read the plan, the map and the data.');
    expect(article.content.blocks.flatMap((block) => block.marks ?? [])).toEqual([]);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  }, LIMIT_MS);

  it('remote images, scripts, styles and frames are never fetched', async () => {
    let requests = 0;
    const server = http.createServer((_request, response) => {
      requests += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = page(
        `<article><figure><img src="${base}/photo.jpg" srcset="${base}/photo-2x.jpg 2x"><figcaption>A remote photo.</figcaption></figure>
         <picture><source srcset="${base}/a.webp"><img src="${base}/b.jpg"></picture>
         <iframe src="${base}/frame"></iframe><video src="${base}/v.mp4" poster="${base}/p.jpg"></video>${prose('Remote')}</article>`,
        `<link rel="stylesheet" href="${base}/style.css"><script src="${base}/app.js"></script><link rel="preload" href="${base}/font.woff2">`,
      );
      const article = await bench.importOne(await bench.write('remote.html', html));
      expect(article.content.blocks.find((block) => block.type === 'image')).toEqual({ type: 'image', text: 'A remote photo.' });
      // Give any stray request time to arrive before counting.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  }, LIMIT_MS);

  it.runIf(process.platform !== 'win32')('a named pipe is refused, inside a folder too', async () => {
    const fifo = path.join(bench.inputDir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    await expectRefused(fifo, /not a regular file/);
    const summary = await bench.articles.importPaths([bench.inputDir]);
    expect(summary.outcomes.find((outcome) => outcome.path === fifo)).toMatchObject({ status: 'failed', message: expect.stringMatching(/not a regular file/) });
  }, LIMIT_MS);

  it.runIf(process.platform !== 'win32')('a link out of the imported folder is not followed', async () => {
    const outside = await fs.mkdtemp(path.join(path.dirname(bench.inputDir), 'dateline-outside-'));
    try {
      await fs.writeFile(path.join(outside, 'secret.txt'), 'LONDON (Reuters) - A file outside the imported folder.');
      const folder = path.join(bench.inputDir, 'articles');
      await fs.mkdir(folder);
      await fs.writeFile(path.join(folder, 'inside.txt'), 'PARIS (AFP) - A file inside the imported folder.');
      await fs.symlink(path.join(outside, 'secret.txt'), path.join(folder, 'link.txt'));
      await fs.symlink(outside, path.join(folder, 'linked-folder'));
      const summary = await bench.articles.importPaths([folder]);
      expect(summary.imported).toBe(1);
      expect(bench.articles.list().map((meta) => meta.title)).toEqual(['A file inside the imported folder']);
      const refused = summary.outcomes.filter((outcome) => outcome.status === 'failed');
      expect(refused.map((outcome) => path.basename(outcome.path)).sort()).toEqual(['link.txt', 'linked-folder']);
      for (const outcome of refused) expect(outcome).toMatchObject({ message: expect.stringMatching(/points outside the folder being imported .* did not follow it/) });
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  }, LIMIT_MS);
});
