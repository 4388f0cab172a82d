import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOT_DIR, type Harness } from './support/harness';

describe('deleting an article from the reader', () => {
  let harness: Harness;
  let inputs: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    inputs = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-delete-'));
    await fs.writeFile(path.join(inputs, 'storm.txt'), 'Storm closes ports\n\nWASHINGTON, Feb. 26, 2019 (AP) — The storm closed every berth of the harbour on Monday.');
    await harness.services.articles.importFiles([path.join(inputs, 'storm.txt')]);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => {
    await harness?.close();
    await fs.rm(inputs, { recursive: true, force: true });
  });

  it('asks first, can be cancelled, then deletes and shows the next article; the list follows', async () => {
    const { page, services } = harness;
    const items = page.locator('nav[aria-label="Library"] li');
    await expect.poll(() => items.count()).toBe(2);
    const title = (await page.locator('article h1').textContent()) ?? '';
    await page.getByRole('button', { name: 'Delete article…' }).click();
    const question = page.getByRole('group', { name: 'Delete this article' });
    await expect.poll(() => page.getByRole('button', { name: 'Cancel' }).evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'delete-article.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
    expect(services.articles.list()).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete article…' }).click();
    await question.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => page.locator('article h1').textContent()).not.toBe(title);
    expect(services.articles.list().map((meta) => meta.title)).not.toContain(title);
    expect(harness.pageProblems).toEqual([]);
  });
});
