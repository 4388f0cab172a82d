import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../src-main/core/plain-text-article';
import { openHarness, REPO_ROOT, type Harness } from './support/harness';
import { axeViolations, screenshot } from './support/page-checks';

const SEED = path.join(REPO_ROOT, 'seeds', '000_63e29c006cf6ab1d.txt');

describe('the reader on the sample library', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => harness?.close());

  it('shows the seed with its dateline as a header, its paragraphs as written, CJK and curly quotes intact', async () => {
    const { page } = harness;
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('25 February 2019 · Reuters · Beijing');
    await expect.poll(() => page.locator('article time').getAttribute('datetime')).toBe('2019-02-25');

    const expected = parsePlainTextArticle(await fs.readFile(SEED, 'utf8'));
    const paragraphs = await page.locator('.article-body p').allTextContents();
    expect(paragraphs).toEqual(expected.blocks.map((block) => block.text));
    expect(paragraphs.join('\n')).toContain('Zhang Hanhui (張漢暉)');
    expect(paragraphs.join('\n')).toContain('“development achievements”');
    expect(paragraphs.some((paragraph) => paragraph.includes('date 2019-02-25'))).toBe(false);

    const title = await page.locator('article h1').textContent();
    expect(title).toBe(expected.title);
    expect(title?.startsWith('China’s counterterror')).toBe(true);
    await expect.poll(() => page.locator('nav[aria-label="Library"] [aria-current="page"] .title').textContent()).toBe(expected.title);
  });

  it('runs under the shipped Content-Security-Policy without errors', async () => {
    expect(harness.pageProblems).toEqual([]);
  });

  it('has no accessibility violations in the light theme', async () => {
    const { page } = harness;
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-light');
  });

  it('switches to the dark theme, keeps it, and has no accessibility violations there', async () => {
    const { page, services } = harness;
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 28, 30)');
    await expect.poll(() => services.library.settings().theme).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-dark');

    await page.reload();
    await page.locator('article h1').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('changes the text size and the theme from the keyboard', async () => {
    const { page, services } = harness;
    const before = services.library.settings().fontSize;
    const sizeOf = () => page.locator('article').evaluate((element) => getComputedStyle(element).fontSize);
    const initial = await sizeOf();
    await page.keyboard.press('Control+=');
    await expect.poll(() => services.library.settings().fontSize).toBe(before + 1);
    await expect.poll(sizeOf).not.toBe(initial);
    await page.keyboard.press('Control+0');
    await expect.poll(sizeOf).toBe('19px');

    const theme = services.library.settings().theme;
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => services.library.settings().theme).not.toBe(theme);
  });

  it('imports through the real handlers and moves between articles from the keyboard', async () => {
    const { page } = harness;
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-import-')), 'wire.txt');
    await fs.writeFile(file, 'Storm closes ports\n\nWASHINGTON, Feb. 26, 2019 (AP) — A storm closed ports on Tuesday.\n\nMore later.\n');
    const outcome = await page.evaluate((paths) => window.api.articles.import({ paths }), [file]);
    expect(outcome.ok && outcome.value.outcomes[0]?.status).toBe('imported');

    await page.reload();
    await page.locator('nav[aria-label="Library"] li').nth(1).waitFor();
    await page.locator('nav[aria-label="Library"] button').first().focus();
    await expect.poll(() => page.locator('article h1').textContent()).toBe('Storm closes ports');
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('26 February 2019 · AP · Washington');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('25 February 2019 · Reuters · Beijing');
  });
});

describe('the reader on an empty library', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: false });
  });
  afterAll(async () => harness?.close());

  it('says the library is empty and how to fill it, with no accessibility violations', async () => {
    const { page } = harness;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your library is empty');
    expect(await page.getByText(harness.libraryDir).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'empty-library');
  });

  it('refuses calls from a frame that is not the app’s top frame', async () => {
    const { page } = harness;
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'about:blank';
      document.body.append(frame);
    });
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeDefined();
    const answer = await frame?.evaluate(() => (window as unknown as { __datelineInvoke: Window['__datelineInvoke'] }).__datelineInvoke('articles:list', undefined));
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
