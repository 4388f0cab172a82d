import * as fs from 'node:fs/promises';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, REPO_ROOT, SCREENSHOT_DIR, type Harness } from './support/harness';

/** Drops items on the window as the operating system would; `paths` says where each one lives. */
async function drop(page: Page, paths: Record<string, string>): Promise<void> {
  await page.evaluate((dropped) => {
    window.__datelineDroppedPaths = dropped;
    const transfer = new DataTransfer();
    for (const name of Object.keys(dropped)) transfer.items.add(new File(['x'], name));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, paths);
}

/** A real PNG file of `width` × `height` red pixels, so the browser can decode it. */
function redPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([255, 0, 0]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

describe('importing by dropping files and folders, and correcting details', () => {
  let harness: Harness;
  let inputs: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: false });
    inputs = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-drop-'));
    await fs.mkdir(path.join(inputs, 'folder'));
    await fs.copyFile(path.join(REPO_ROOT, 'seeds', '000_63e29c006cf6ab1d.txt'), path.join(inputs, 'folder', 'seed.txt'));
    await fs.writeFile(path.join(inputs, 'folder', 'empty.txt'), '');
    await fs.writeFile(path.join(inputs, 'wire.txt'), 'Storm closes ports\n\nWASHINGTON, Feb. 26, 2019 (AP) — A storm closed ports on Tuesday.');
  });
  afterAll(async () => {
    await harness?.close();
    await fs.rm(inputs, { recursive: true, force: true });
  });

  it('imports what is dropped, shows the summary with reasons, and opens the new article', async () => {
    const { page } = harness;
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await drop(page, { 'wire.txt': path.join(inputs, 'wire.txt'), folder: path.join(inputs, 'folder') });
    const summary = page.getByRole('status', { name: 'Import summary' });
    await expect.poll(() => summary.textContent()).toMatch(/2 articles imported · 1 file failed/);
    expect(await summary.textContent()).toMatch(/empty\.txt: .*is empty/);
    await expect.poll(() => page.locator('nav[aria-label="Library"] li').count()).toBe(2);
    await expect.poll(() => page.locator('article h1').count()).toBe(1);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-summary.png') });
    await summary.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('says so when dropped items are not files on disk', async () => {
    const { page } = harness;
    await page.evaluate(() => {
      window.__datelineDroppedPaths = {};
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'from-a-web-page.png'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/not files on this computer/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('shows an image saved beside a page from the library, through the app’s own path', async () => {
    const { page } = harness;
    const folder = path.join(inputs, 'saved');
    await fs.mkdir(path.join(folder, 'Harbour_files'), { recursive: true });
    await fs.writeFile(path.join(folder, 'Harbour_files', 'wall.png'), redPng(24, 16));
    const paragraph = (label: string) => `<p>${label}: the council met on Monday and agreed, after a long debate, to rebuild the harbour wall before the winter storms.</p>`;
    await fs.writeFile(
      path.join(folder, 'Harbour.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt</title></head><body><article><h1>Harbour wall rebuilt</h1>${paragraph('First')}<figure><img src="Harbour_files/wall.png" alt="The wall"><figcaption>The new wall at dawn.</figcaption></figure><figure><img src="https://cdn.example/remote.jpg"><figcaption>A remote photo.</figcaption></figure>${paragraph('Then')}${paragraph('Last')}</article></body></html>`,
    );
    await drop(page, { 'Harbour.html': path.join(folder, 'Harbour.html') });
    await page.locator('nav[aria-label="Library"] button', { hasText: 'Harbour wall rebuilt' }).click();
    const image = page.locator('article figure.image img');
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(24);
    expect(await image.getAttribute('src')).toMatch(/^\/library-assets\/[0-9a-f]{16}\/[0-9a-f]{16}\.png$/);
    // The remote image is never fetched: only its caption is shown.
    expect(await page.locator('article figure.image').count()).toBe(2);
    expect(await page.locator('article figure.image img').count()).toBe(1);
    expect(harness.pageProblems).toEqual([]);
    await page.getByRole('status', { name: 'Import summary' }).getByRole('button', { name: 'Dismiss' }).click();
  });

  it('corrects an article’s date and keeps it after a reload', async () => {
    const { page, services } = harness;
    const storm = services.articles.list().find((meta) => meta.title === 'Storm closes ports');
    await page.locator('nav[aria-label="Library"] button', { hasText: 'Storm closes ports' }).click();
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('26 February 2019 · AP · Washington');
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Article details' });
    await form.getByLabel('Published').fill('2019-02-27');
    await form.getByLabel('Place').fill('Baltimore');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'article-details.png') });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('27 February 2019 · AP · Baltimore');
    expect(services.articles.list().find((meta) => meta.id === storm?.id)?.published).toEqual({ value: '2019-02-27', origin: 'user' });
    await page.reload();
    await page.locator('nav[aria-label="Library"] button', { hasText: 'Storm closes ports' }).click();
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('27 February 2019 · AP · Baltimore');
  });

  it('shows an article main imported from the menu when it says the library changed', async () => {
    const { page, services } = harness;
    const file = path.join(inputs, 'menu.txt');
    await fs.writeFile(file, 'date 2019-03-01 AFP, PARIS\n\nA third article arrives from the menu.');
    const [outcome] = await services.articles.importFiles([file]);
    const id = outcome?.status === 'imported' ? outcome.id : '';
    await page.evaluate((articleId) => window.__datelinePush('library:changed', { reason: 'import', articleId }), id);
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('1 March 2019 · AFP · Paris');
    expect(harness.pageProblems).toEqual([]);
  });

  it('imports the files File → Import hands over, with its summary in the window, and opens the article', async () => {
    const { page, services } = harness;
    const file = path.join(inputs, 'chosen.txt');
    await fs.writeFile(file, 'date 2019-03-04 dpa, BERLIN\n\nAn article chosen in the Import dialog.');
    await page.evaluate((paths) => window.__datelinePush('import:requested', { paths }), [file]);
    const summary = page.getByRole('status', { name: 'Import summary' });
    await expect.poll(() => summary.textContent()).toMatch(/1 article imported/);
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('4 March 2019 · dpa · Berlin');
    expect(services.articles.list().some((meta) => meta.place === 'Berlin')).toBe(true);
    expect(harness.pageProblems).toEqual([]);
  });
});
