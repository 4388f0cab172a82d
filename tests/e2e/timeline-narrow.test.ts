import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOT_DIR, type Harness } from './support/harness';

/** A collection named as people name them: a long name, which the scope picker lists whole. */
const LONG_NAME = 'Swine flu pandemic coverage from the Guardian newspaper, April to June 2009';

/** How far (px) an element reaches past the right edge of the timeline pane; 0 or less is inside it. */
function overflowOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((chosen) => {
    const pane = document.querySelector('.timeline-pane')?.getBoundingClientRect();
    const element = document.querySelector(chosen)?.getBoundingClientRect();
    return pane && element ? element.right - pane.right : Number.NaN;
  }, selector);
}

describe('the library’s timeline in a small window', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    const collection = await harness.services.collections.create(LONG_NAME);
    await harness.services.collections.setMembers(collection.id, harness.services.articles.list().map((meta) => meta.id), true);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => harness?.close());

  it('keeps the “Timeline of” picker inside the pane when a collection has a long name', async () => {
    const { page } = harness;
    await page.setViewportSize({ width: 800, height: 600 });
    await page.keyboard.press('Control+Shift+T');
    await page.getByRole('radio', { name: 'All articles' }).check();
    await page.locator('.key-dates > li').first().waitFor();
    // The picker is as wide as its longest option: it ran off the window, its arrow out of sight.
    expect(await overflowOf(page, '.timeline-pane .scope select')).toBeLessThanOrEqual(0);
    // Nor does it widen the pane's content past the window, which then scrolled sideways.
    expect(await page.locator('.timeline-pane .body').evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'timeline-collection-800.png') });
    expect(harness.pageProblems).toEqual([]);
  });
});
