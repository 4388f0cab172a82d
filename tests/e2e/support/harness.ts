import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createHandlerTable } from '../../../src-main/ipc/handler-table';
import { createDispatcher } from '../../../src-main/ipc/handle';
import type { Push } from '../../../src-main/ipc/push';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { seedLibrary } from '../../../src-main/services/seed';
import { LibraryStore } from '../../../src-main/store/library-store';
import { findBrowser, hasInstalledChrome } from './find-browser';
import { serveStatic, type StaticServer } from './static-server';

/** The repository root. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where the end-to-end run saves its screenshots. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser page on the built renderer, with the real handler table over a real temp library. */
export interface Harness {
  page: Page;
  context: BrowserContext;
  services: Services;
  libraryDir: string;
  /** Where exports are saved: the "save dialog" answers this folder and the file name it suggests. */
  saveDir: string;
  /** Problems the page reported: CSP violations, uncaught errors, console errors. */
  pageProblems: string[];
  close(): Promise<void>;
}

let apiBundle: Promise<string> | null = null;

/** The browser-side createApi, bundled once per run into one script. */
function bundleBrowserApi(): Promise<string> {
  apiBundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(import.meta.dirname, 'browser-api.ts'), formats: ['iife'], name: 'DatelineTestApi' },
    },
  }).then((output) => {
    const result = Array.isArray(output) ? output[0] : output;
    if (!result || !('output' in result)) throw new Error('Bundling the browser API produced nothing');
    return (result.output[0] as { code: string }).code;
  });
  return apiBundle;
}

/**
 * Opens the built renderer (out/renderer; run the build first) in Chromium. The library is a new
 * temp folder, seeded with seeds/ when `isSeeded`. `window.api` is the real createApi whose invoke
 * reaches the real dispatcher, which checks the calling frame like the app does.
 */
export async function openHarness(options: { isSeeded: boolean }): Promise<Harness> {
  const rendererDir = path.join(REPO_ROOT, 'out', 'renderer');
  await fs.access(path.join(rendererDir, 'index.html')).catch(() => {
    throw new Error('out/renderer/index.html is missing: run "npm run build" before the end-to-end tests.');
  });
  const libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-library-'));
  const profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-profile-'));
  const saveDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-saved-'));
  const store = await LibraryStore.open(libraryDir, { owner: 'app' });
  const services = createServices(store);
  if (options.isSeeded) await seedLibrary(store, services.articles, path.join(REPO_ROOT, 'seeds'));

  let server: StaticServer | null = null;
  let context: BrowserContext | null = null;
  try {
    server = await serveStatic(rendererDir, libraryDir);
    let pushTarget: Page | null = null;
    // Pushes from "main" reach the page the way webContents.send does in the app.
    const push: Push = (name, payload) => void pushTarget?.evaluate(([event, data]) => window.__datelinePush(event as string, data), [name, payload] as const).catch(() => undefined);
    const dispatch = createDispatcher(createHandlerTable(services, push, async (name) => path.join(saveDir, name)), { trustedOrigins: [server.origin] });
    context = await chromium.launchPersistentContext(profileDir, {
      ...findBrowser(process.env, hasInstalledChrome),
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 800 },
    });
    // Answers cross as JSON text, parsed in the page: about what Electron's structured clone costs.
    // Handed over as objects, Playwright's own serialization made the page parse 2–3 times the
    // data in script (50–200 ms for a 300 kB answer), a cost the app does not have.
    await context.exposeBinding('__datelineInvokeJson', async ({ frame }, channel: string, input: unknown) =>
      JSON.stringify(await dispatch({ url: frame.url(), isTopFrame: frame.parentFrame() === null }, channel, input)),
    );
    await context.addInitScript({ content: await bundleBrowserApi() });
    const page = context.pages()[0] ?? (await context.newPage());
    pushTarget = page;
    const pageProblems: string[] = [];
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${server.origin}/index.html`);
    const openedServer = server;
    const openedContext = context;
    return {
      page,
      context,
      services,
      libraryDir,
      saveDir,
      pageProblems,
      async close() {
        await openedContext.close();
        await openedServer.close();
        await store.close();
        await fs.rm(libraryDir, { recursive: true, force: true });
        await fs.rm(profileDir, { recursive: true, force: true });
        await fs.rm(saveDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server?.close();
    await store.close();
    throw error;
  }
}
