import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOT_DIR, type Harness } from './support/harness';

describe('finding things in the library', () => {
  let harness: Harness;
  let inputs: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    inputs = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-library-'));
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index + 1} of the harbour report says the storm closed berth ${index + 1}.`).join('\n\n');
    await fs.writeFile(path.join(inputs, 'storm.txt'), `Storm closes ports\n\nWASHINGTON, Feb. 26, 2019 (AP) — ${paragraphs}`);
    await harness.services.articles.importFiles([path.join(inputs, 'storm.txt')]);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => {
    await harness?.close();
    await fs.rm(inputs, { recursive: true, force: true });
  });

  it('searches from the keyboard and opens the passage', async () => {
    const { page } = harness;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search articles and notes' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('張漢暉');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(await page.getByRole('option').first().locator('mark').first().textContent()).toContain('張漢暉');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Search the library' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('dateline').textContent()).toBe('25 February 2019 · Reuters · Beijing');
  });

  it('finds words in the article and steps through them', async () => {
    const { page } = harness;
    await page.evaluate(() => window.__datelinePush('menu:command', { command: 'find' }));
    const find = page.getByRole('searchbox', { name: 'Find in article' });
    await find.fill('xinjiang');
    await expect.poll(() => page.locator('.find-bar .count').textContent()).toMatch(/^1 of \d+$/);
    await find.press('Enter');
    await expect.poll(() => page.locator('.find-bar .count').textContent()).toMatch(/^2 of \d+$/);
    await find.press('Escape');
    await expect.poll(() => find.count()).toBe(0);
  });

  it('tags an article and filters the library by the tag', async () => {
    const { page, services } = harness;
    const tagField = page.getByRole('textbox', { name: 'Add a tag' });
    await tagField.fill('xinjiang');
    await tagField.press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Tags' }).textContent()).toContain('xinjiang');
    await page.getByRole('combobox', { name: 'Only articles tagged' }).selectOption('xinjiang');
    await expect.poll(() => page.locator('nav[aria-label="Library"] li').count()).toBe(1);
    expect(services.articles.list()).toHaveLength(2);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'library-filtered.png') });
    await page.getByRole('combobox', { name: 'Only articles tagged' }).selectOption('');
    await expect.poll(() => page.locator('nav[aria-label="Library"] li').count()).toBe(2);
  });

  it('remembers where the reader left an article', async () => {
    const { page, services } = harness;
    await page.locator('nav[aria-label="Library"] button', { hasText: 'Storm closes ports' }).click();
    await page.locator('p', { hasText: 'Paragraph 30 of the harbour report' }).scrollIntoViewIfNeeded();
    const storm = services.articles.list().find((meta) => meta.title === 'Storm closes ports');
    await expect.poll(async () => (await services.reading.get(storm?.id ?? ''))?.offset ?? 0, { timeout: 4000 }).toBeGreaterThan(0);
    await page.locator('nav[aria-label="Library"] button', { hasText: 'China' }).click();
    await page.locator('nav[aria-label="Library"] button', { hasText: 'Storm closes ports' }).click();
    await expect.poll(() => page.locator('.reader').evaluate((pane) => pane.scrollTop)).toBeGreaterThan(500);
  });

  it('lists the keyboard shortcuts from the Help menu', async () => {
    const { page } = harness;
    await page.evaluate(() => window.__datelinePush('menu:command', { command: 'show-shortcuts' }));
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.textContent()).toContain('Search the library');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(harness.pageProblems).toEqual([]);
  });
});
