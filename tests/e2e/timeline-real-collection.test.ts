import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_FOLDER } from '../support/shared-folder';
import { openHarness, type Harness } from './support/harness';
import { axeViolations, screenshot } from './support/page-checks';

/** Timeline17's swine flu articles from the Guardian (2009, recalling 1918, 1957 and 1968); the tests run only where the shared folder is. */
const H1N1 = SHARED_FOLDER ? path.join(SHARED_FOLDER, 'corpora/timeline17-dev/H1N1_guardian/InputDocs') : null;

/** Each article as a plain-text file whose first line gives its day (the folder's name) and source. */
async function writeArticles(from: string, to: string): Promise<number> {
  let count = 0;
  for (const day of (await fs.readdir(from)).sort()) {
    for (const name of (await fs.readdir(path.join(from, day))).sort()) {
      const text = await fs.readFile(path.join(from, day, name), 'utf8');
      await fs.writeFile(path.join(to, `${day}-${name}`), `date ${day} guardian\n\n${text.trim()}\n`);
      count += 1;
    }
  }
  return count;
}

describe.runIf(H1N1 !== null)('a real collection: the Guardian on swine flu', () => {
  let harness: Harness;
  let sources: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: false });
    sources = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-h1n1-'));
    const written = await writeArticles(H1N1 as string, sources);
    // One of the files repeats another's text: the same article, imported once.
    expect((await harness.services.articles.importPaths([sources])).imported).toBe(written - 1);
    await harness.page.reload();
    await harness.page.locator('article h1').waitFor();
  });
  afterAll(async () => {
    await harness?.close();
    if (sources) await fs.rm(sources, { recursive: true, force: true });
  });

  it('keeps the article a readable column beside the timeline in a 900 px window', async () => {
    const { page } = harness;
    await page.setViewportSize({ width: 900, height: 700 });
    await page.keyboard.press('Control+Shift+T');
    await page.locator('.timeline-pane ol[aria-labelledby="article-events-heading"] > li').first().waitFor();
    // The note margin beside the text had left it a column a letter or two wide.
    await expect.poll(() => page.locator('.article-column').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(220);
    expect(await page.getByTestId('dateline').evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(40);
    await screenshot(page, 'timeline-article-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('opens the library’s axis on the key dates, not on the decades a few recalled dates stretch it to', async () => {
    const { page } = harness;
    await page.getByRole('radio', { name: 'All articles' }).check();
    const keyDates = page.locator('.key-dates > li time');
    await keyDates.first().waitFor();
    const axis = page.getByTestId('time-axis');
    const shownKeyDates = async () => {
      const box = await axis.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
      const days = await keyDates.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
      const seen = await axis.locator('.marker').evaluateAll(
        (markers, [left, right]) => markers.filter((marker) => marker.getBoundingClientRect().left >= (left as number) && marker.getBoundingClientRect().left <= (right as number)).map((marker) => marker.getAttribute('data-key')),
        [box.left, box.right],
      );
      return days.filter((day) => seen.includes(`key-${day}`)).length / days.length;
    };
    // Key dates close together share a "+N" mark rather than overlap: most, not all, have their own.
    await expect.poll(shownKeyDates).toBeGreaterThanOrEqual(0.5);
    expect(await page.locator('.axis-block .level').textContent()).not.toBe('decades');
    // The far-off dates are still there, a scroll away: the axis reaches back decades.
    expect(await axis.evaluate((element) => element.scrollWidth > element.clientWidth * 5)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'timeline-collection-real');
    expect(harness.pageProblems).toEqual([]);
  });

  it('shows the article a key date’s source opens, in the library list too', async () => {
    const { page } = harness;
    // The Guardian's 30 April article sits far down a list that starts at 17 June.
    const source = page.locator('.key-dates > li').filter({ hasText: 'Thu 30 Apr 2009' }).locator('.sources button').first();
    const title = await source.locator('.article').textContent();
    await source.click();
    await expect.poll(() => page.locator('article h1').textContent()).toBe(title);
    const isInView = () =>
      page.evaluate(() => {
        const list = document.querySelector('nav.library')?.getBoundingClientRect();
        const item = document.querySelector('nav.library [aria-current="page"]')?.getBoundingClientRect();
        return Boolean(list && item && item.top >= list.top - 1 && item.bottom <= list.bottom + 1);
      });
    await expect.poll(isInView).toBe(true);
  });
});
