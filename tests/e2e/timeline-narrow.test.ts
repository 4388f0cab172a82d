import * as fs from 'node:fs/promises';
import os from 'node:os';
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
  let sources: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    // A follow-up three months after the seed: its events are the last days of the library's axis.
    sources = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-narrow-'));
    await fs.writeFile(path.join(sources, 'follow-up.txt'), `date 2019-05-27 AP, GENEVA\n\nDiplomats who visited the camps in Xinjiang on Friday reported back to the UN Human Rights Council yesterday.\n\nThe council's next session opens today in Geneva.\n`);
    expect((await harness.services.articles.importPaths([sources])).imported).toBe(1);
    const collection = await harness.services.collections.create(LONG_NAME);
    await harness.services.collections.setMembers(collection.id, harness.services.articles.list().map((meta) => meta.id), true);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => {
    await harness?.close();
    if (sources) await fs.rm(sources, { recursive: true, force: true });
  });

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

  it('lets the last events’ labels be scrolled into view at the end of the axis', async () => {
    const { page } = harness;
    const axis = page.getByTestId('time-axis');
    /** The labels cut off by the axis's right edge, once it is scrolled as far right as it goes. */
    const cutAtTheEnd = async () => {
      await axis.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await page.waitForTimeout(100);
      return axis.evaluate((element) => {
        const right = element.getBoundingClientRect().right;
        return [...element.querySelectorAll('.marker .label')].filter((label) => label.getBoundingClientRect().right > right + 1).map((label) => label.textContent);
      });
    };
    // The axis ended on the last day, so the labels of the last days ran off it: "The UN H", with nothing further to scroll to.
    expect(await cutAtTheEnd()).toEqual([]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await cutAtTheEnd()).toEqual([]);
  });

  it('draws a point on the axis’s first day whole', async () => {
    const { page } = harness;
    // A date corrected ten years back: the article's axis spans decades, its first point on its first pixel.
    const seed = harness.services.articles.list().find((meta) => meta.source === 'Reuters');
    if (!seed) throw new Error('The seed is missing');
    const first = (await harness.services.timeline.articles.article(seed.id)).events[1];
    if (!first) throw new Error('The seed has no events');
    await harness.services.timeline.edits.edit(seed.id, first.key, { value: '2009-06-01' });
    await page.reload();
    await page.locator('nav.library').getByText(seed.title).click();
    await expect.poll(() => page.locator('article h1').textContent()).toBe(seed.title);
    if (!(await page.locator('.timeline-pane').isVisible())) await page.keyboard.press('Control+Shift+T');
    await page.getByRole('radio', { name: 'This article' }).check();
    await page.locator('.timeline-pane ol[aria-labelledby="article-events-heading"] > li').first().waitFor();
    const cut = await page.getByTestId('time-axis').evaluate((element) => {
      const left = element.getBoundingClientRect().left;
      return [...element.querySelectorAll('.marker .shape')].map((shape) => left - shape.getBoundingClientRect().left).filter((overhang) => overhang > 0);
    });
    expect(cut).toEqual([]);
  });

  it('keeps the headline to a few lines in the narrow column beside the timeline, so the text starts on the first screen', async () => {
    const { page } = harness;
    await page.setViewportSize({ width: 900, height: 700 });
    await page.locator('.timeline-pane ol[aria-labelledby="article-events-heading"] > li').first().waitFor();
    const headline = await page.locator('article h1').evaluate((title) => {
      const text = title.firstChild as Text;
      const split: string[] = [];
      // A word drawn on two lines has two boxes: the column was too narrow for the headline's size.
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (range.getClientRects().length > 1) split.push(match[0]);
      }
      return { split, lines: Math.round(title.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(title).lineHeight)) };
    });
    // At full size, 'counterterr|or' and 'deradicaliza|tion' were split mid-word over nine lines.
    expect(headline.split).toEqual([]);
    expect(headline.lines).toBeLessThanOrEqual(7);
    const lead = page.locator('article p').filter({ hasText: 'should be applauded' });
    expect(await lead.evaluate((paragraph) => paragraph.getBoundingClientRect().top)).toBeLessThan(700);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'timeline-article-900.png') });
  });
});
