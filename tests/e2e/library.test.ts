import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOT_DIR, type Harness } from './support/harness';

const FRIDAY_PASSAGE = 'a senior Chinese diplomat told foreign envoys on Friday';

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

describe('collections and all notes', () => {
  let harness: Harness;
  let inputs: string;
  let seedId: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    seedId = harness.services.articles.list()[0]?.id ?? '';
    inputs = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-collections-'));
    await fs.writeFile(path.join(inputs, 'storm.txt'), 'Storm closes ports\n\nWASHINGTON, Feb. 26, 2019 (AP) — The storm closed the harbour on Tuesday.');
    await harness.services.articles.importFiles([path.join(inputs, 'storm.txt')]);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await harness?.close();
    await fs.rm(inputs, { recursive: true, force: true });
  });

  const libraryItems = () => harness.page.locator('nav[aria-label="Library"] li');

  /** Axe on the page as it is, then a screenshot in the light and the dark theme. */
  async function checkAndCapture(name: string): Promise<void> {
    const { page } = harness;
    for (const theme of ['Light', 'Dark'] as const) {
      await page.getByRole('radio', { name: theme }).check();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.toLowerCase());
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${theme.toLowerCase()}.png`) });
    }
    await page.getByRole('radio', { name: 'Auto' }).check();
  }

  it('makes a collection, adds the seed to it and filters the library by it', async () => {
    const { page, services } = harness;
    await page.locator('nav[aria-label="Library"] button', { hasText: 'China' }).click();
    await page.getByRole('button', { name: 'New collection' }).click();
    const name = page.getByRole('textbox', { name: 'Name of the new collection' });
    await name.fill('Xinjiang policy');
    await name.press('Enter');
    await expect.poll(() => services.collections.list().map((collection) => collection.name)).toEqual(['Xinjiang policy']);
    await page.getByRole('button', { name: 'Add the open article to Xinjiang policy' }).click();
    await expect.poll(() => services.collections.list()[0]?.articleIds).toEqual([seedId]);
    await expect.poll(() => page.getByRole('button', { name: 'Remove the open article from Xinjiang policy' }).count()).toBe(1);

    expect(await libraryItems().count()).toBe(2);
    const filterButton = page.getByRole('button', { name: /^Xinjiang policy/ });
    await filterButton.click();
    await expect.poll(() => libraryItems().count()).toBe(1);
    expect(await libraryItems().textContent()).toContain('China');
    expect(await filterButton.getAttribute('aria-pressed')).toBe('true');
    await checkAndCapture('collections');
    await filterButton.click();
    await expect.poll(() => libraryItems().count()).toBe(2);
  });

  it('renames a collection and deletes it only once asked, from the keyboard', async () => {
    const { page, services } = harness;
    await page.getByRole('button', { name: 'Rename Xinjiang policy' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'New name for Xinjiang policy' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill('Xinjiang');
    await page.keyboard.press('Enter');
    await expect.poll(() => services.collections.list()[0]?.name).toBe('Xinjiang');
    await page.getByRole('button', { name: 'Delete Xinjiang' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: 'Delete Xinjiang?' });
    expect(await confirm.textContent()).toContain('Its article stays in the library.');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(services.collections.list()).toHaveLength(1);
    await page.getByRole('button', { name: 'Delete Xinjiang' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => services.collections.list()).toEqual([]);
    expect(services.articles.list()).toHaveLength(2);
  });

  it('gathers every note, filters them, edits one in place and opens it in the margin', async () => {
    const { page, services } = harness;
    await page.getByRole('button', { name: 'All notes' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No notes yet' }).count()).toBe(1);
    await page.evaluate(() => window.__datelinePush('menu:command', { command: 'all-notes' }));
    await expect.poll(() => page.getByRole('heading', { name: 'All notes' }).count()).toBe(0);

    const text = (await services.articles.get(seedId)).content.text;
    const rangeOf = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
    const friday = await services.notes.create({ articleId: seedId, range: rangeOf(FRIDAY_PASSAGE), body: 'Friday is 22 February.', color: 'blue', tags: ['dates'] });
    await services.notes.create({ articleId: seedId, range: rangeOf('Chinese officials briefed'), body: 'Who was *briefed*?', color: 'yellow', tags: ['sources'] });
    const storm = services.articles.list().find((meta) => meta.title === 'Storm closes ports');
    await services.notes.create({ articleId: storm?.id ?? '', range: null, body: 'A storm piece for comparison.', color: 'green' });

    await page.keyboard.press('Control+Shift+N');
    const view = page.getByRole('main', { name: 'All notes' });
    await expect.poll(() => view.locator('.note-card').count()).toBe(3);
    expect(await view.getByRole('heading', { level: 2 }).allTextContents()).toEqual([expect.stringContaining('China'), 'Storm closes ports']);
    await checkAndCapture('all-notes');

    await view.getByRole('searchbox', { name: 'Filter notes by text' }).fill('friday');
    await expect.poll(() => view.locator('.note-card').count()).toBe(1);
    await view.getByRole('searchbox', { name: 'Filter notes by text' }).fill('');
    await view.getByRole('combobox', { name: 'Only notes tagged' }).selectOption('sources');
    await expect.poll(() => view.locator('.note-card').count()).toBe(1);
    await view.getByRole('combobox', { name: 'Only notes tagged' }).selectOption('');
    await view.getByRole('combobox', { name: 'Only notes coloured' }).selectOption('green');
    await expect.poll(() => view.locator('.note-card').allTextContents()).toEqual([expect.stringContaining('A storm piece')]);
    await view.getByRole('combobox', { name: 'Only notes coloured' }).selectOption('');
    await view.getByRole('combobox', { name: 'Only notes on the article' }).selectOption(seedId);
    await expect.poll(() => view.locator('.note-card').count()).toBe(2);

    const card = view.locator(`#note-${friday.id}`);
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Note text' }).fill('Friday was 22 February: three days before.');
    await card.getByRole('button', { name: 'Colour green' }).click();
    await card.getByRole('button', { name: 'Done' }).click();
    const stored = async () => (await services.notes.list(seedId)).find((note) => note.id === friday.id);
    await expect.poll(async () => (await stored())?.body).toBe('Friday was 22 February: three days before.');
    await expect.poll(async () => (await stored())?.color).toBe('green');

    await view.getByRole('button', { name: /^Show in article.*China/ }).first().click();
    await expect.poll(() => page.getByRole('main', { name: 'All notes' }).count()).toBe(0);
    await expect.poll(() => page.locator('.margin-cards .note-card', { hasText: 'three days before' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.note-card')?.textContent ?? '')).toContain('three days before');
  });

  it('deletes a note from the view and brings it back with Undo', async () => {
    const { page, services } = harness;
    await page.getByRole('button', { name: 'All notes' }).click();
    const view = page.getByRole('main', { name: 'All notes' });
    await view.getByRole('combobox', { name: 'Only notes on the article' }).selectOption('');
    await expect.poll(() => view.locator('.note-card').count()).toBe(3);
    await view.locator('.note-card', { hasText: 'A storm piece' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => view.locator('.note-card').count()).toBe(2);
    expect((await services.noteCatalogue.countsRecord())).not.toHaveProperty(services.articles.list().find((meta) => meta.title === 'Storm closes ports')?.id ?? '');
    await view.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => view.locator('.note-card').count()).toBe(3);
    expect(Object.values(await services.noteCatalogue.countsRecord()).reduce((sum, count) => sum + count, 0)).toBe(3);
    await view.getByRole('combobox', { name: 'Only notes tagged' }).selectOption('dates');
    await view.getByRole('combobox', { name: 'Only notes coloured' }).selectOption('pink');
    await expect.poll(() => view.getByRole('heading', { name: 'No notes match these filters' }).count()).toBe(1);
    await view.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => view.locator('.note-card').count()).toBe(3);
    expect(harness.pageProblems).toEqual([]);
  });
});
