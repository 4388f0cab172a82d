import * as fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src-main/services/create-services';
import { seedLibrary } from '../../src-main/services/seed';
import { LibraryStore } from '../../src-main/store/library-store';
import { findBrowser, hasInstalledChrome } from './support/find-browser';
import { REPO_ROOT } from './support/harness';

const TIMELINEJS = path.join(REPO_ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/timeline.css"></head>
<body><div id="timeline" style="width: 1100px; height: 640px"></div><script src="/timeline.js"></script>
<script>fetch('/data.json').then((response) => response.json()).then((data) => { window.timeline = new TL.Timeline('timeline', data); });</script></body></html>`;

/** Serves TimelineJS itself (from node_modules), a page that loads it, and the exported JSON. */
async function serveTimelineJs(data: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const files: Record<string, () => Promise<{ body: string | Buffer; type: string }>> = {
    '/': async () => ({ body: PAGE, type: 'text/html' }),
    '/timeline.js': async () => ({ body: await fs.readFile(path.join(TIMELINEJS, 'js', 'timeline.js')), type: 'text/javascript' }),
    '/timeline.css': async () => ({ body: await fs.readFile(path.join(TIMELINEJS, 'css', 'timeline.css')), type: 'text/css' }),
    '/data.json': async () => ({ body: data, type: 'application/json' }),
  };
  const server = http.createServer(async (request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const { body, type } = await file();
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('a TimelineJS export, rendered by TimelineJS itself', () => {
  let dir: string;
  let services: Services;
  let browser: Browser;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-timelinejs-'));
    services = createServices(await LibraryStore.open(dir, { owner: 'cli' }));
    await seedLibrary(services.store, services.articles, path.join(REPO_ROOT, 'seeds'));
    browser = await chromium.launch({ ...findBrowser(process.env, hasInstalledChrome), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    await services?.store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('draws one marker per event of the article, with the events’ headlines and the source credited', async () => {
    const id = services.articles.list()[0]?.id ?? '';
    const exported = await services.timeline.exports.build({ articleId: id }, 'timelinejs');
    const events = (JSON.parse(exported.content) as { events: unknown[] }).events;
    expect(events).toHaveLength(4);
    const server = await serveTimelineJs(exported.content);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('.tl-timemarker').first().waitFor({ state: 'attached' });
      expect(await page.locator('.tl-timemarker').count()).toBe(events.length);
      const headlines = await page.locator('.tl-timemarker .tl-headline').allTextContents();
      expect(headlines.join(' | ')).toContain('A senior Chinese diplomat told foreign envoys');
      // The first event's slide shows its sentence as a quote, with the article's source as the credit.
      await page.evaluate(() => (window as unknown as { timeline: { goTo: (index: number) => void } }).timeline.goTo(1));
      const credit = page.locator('.tl-slide .tl-credit', { hasText: 'Reuters, 2019-02-25' }).first();
      await credit.waitFor({ state: 'attached', timeout: 10_000 });
      expect(await credit.textContent()).toContain('China’s counterterror');
      expect(await page.locator('.tl-slide blockquote', { hasText: 'Diplomatic sources last week told reporters' }).count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
