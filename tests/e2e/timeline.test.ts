import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTimeMlFolder } from '../../src-main/services/timeml';
import { SHARED_FOLDER } from '../support/shared-folder';
import { openHarness, type Harness } from './support/harness';
import { axeViolations, screenshot } from './support/page-checks';

/** TempEval-3's TimeBank articles from the shared folder; the collection tests run only where it is. */
const TEMPEVAL = SHARED_FOLDER ? path.join(SHARED_FOLDER, 'corpora/tempeval3-tbaq/TimeBank') : null;

const eventList = (page: Page) => page.locator('.timeline-pane ol[aria-labelledby="article-events-heading"] > li');

async function openTimeline(page: Page): Promise<void> {
  await page.locator('article h1').waitFor();
  await page.keyboard.press('Control+Shift+T');
  await eventList(page).first().waitFor();
}

describe('the timeline of the sample article', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    await openTimeline(harness.page);
  });
  afterAll(async () => harness?.close());

  it('shows the four events in date order, each at its real precision', async () => {
    const { page } = harness;
    expect(await eventList(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(['2019-W08', '2019-02-22', '2019-02-24', '2019-02-25']);
    expect(await eventList(page).locator('time').allTextContents()).toEqual(['week of Mon 18 Feb 2019', 'Fri 22 Feb 2019', 'Sun 24 Feb 2019', 'Mon 25 Feb 2019']);
    expect(await eventList(page).locator('.quote').allTextContents()).toEqual(['“last week”', '“Friday”', '“yesterday”', '“today”']);
    // On the axis, the week is a span and the days are points.
    expect(await page.locator('[data-testid="time-axis"] .marker.point').count()).toBe(3);
    expect(await page.locator('[data-testid="time-axis"] .marker:not(.point)').count()).toBe(1);
  });

  it('scrolls the article to an event’s sentence when the event is chosen', async () => {
    const { page } = harness;
    const reader = page.locator('main.reader');
    await reader.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const sentenceTop = () =>
      page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('.article-body p')].find((element) => element.textContent?.includes('foreign envoys on Friday'));
        const pane = document.querySelector('main.reader');
        return paragraph && pane ? paragraph.getBoundingClientRect().top - pane.getBoundingClientRect().top : Number.NaN;
      });
    expect(await sentenceTop()).toBeLessThan(0);
    await eventList(page).filter({ hasText: '“Friday”' }).locator('button.show').click();
    await expect.poll(sentenceTop).toBeGreaterThanOrEqual(0);
    expect(await sentenceTop()).toBeLessThan(await reader.evaluate((element) => element.clientHeight));
  });

  it('shows an underlined expression’s date when the pointer rests on it', async () => {
    const { page } = harness;
    const point = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.article-body p')].find((element) => element.textContent?.includes('foreign envoys on Friday'));
      const walker = document.createTreeWalker(paragraph as Node, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent?.includes('on Friday')) node = walker.nextNode();
      const index = node?.textContent?.indexOf('on Friday') ?? -1;
      if (!node || index < 0) return null;
      const range = document.createRange();
      range.setStart(node, index + 5);
      range.setEnd(node, index + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('Friday → Fri 22 Feb 2019');
    await page.mouse.move(5, 5);
  });

  it('has no accessibility violations with the timeline open', async () => {
    // Beside the timeline in a 1280 px window the note margin had left the text 312 px, some 33 letters a line: the notes go under it instead.
    expect(await harness.page.locator('.article-column').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(26 * 19);
    expect(await harness.page.getByRole('complementary', { name: 'Notes' }).evaluate((margin) => margin.getBoundingClientRect().top > (document.querySelector('.article-body') as HTMLElement).getBoundingClientRect().bottom)).toBe(true);
    expect(await axeViolations(harness.page)).toEqual([]);
    await screenshot(harness.page, 'timeline-article');
    expect(harness.pageProblems).toEqual([]);
  });

  it('keeps an edited date across a reload, marked as edited', async () => {
    const { page } = harness;
    const friday = eventList(page).filter({ hasText: '“Friday”' });
    await friday.getByRole('button', { name: /^Edit event/ }).click();
    await friday.getByLabel('Date').fill('2019-02-21');
    await friday.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => friday.locator('time').textContent()).toBe('Thu 21 Feb 2019');
    await page.reload();
    await openTimeline(page);
    const edited = eventList(page).filter({ hasText: '“Friday”' });
    expect(await edited.locator('time').textContent()).toBe('Thu 21 Feb 2019');
    expect(await edited.locator('.badge').textContent()).toBe('edited');
    await edited.getByRole('button', { name: /^Undo changes/ }).click();
    await expect.poll(() => eventList(page).filter({ hasText: '“Friday”' }).locator('time').textContent()).toBe('Fri 22 Feb 2019');
  });

  it('adds an event from a selected passage with a typed date', async () => {
    const { page } = harness;
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.article-body p')].find((element) => element.textContent?.startsWith('China has rejected'));
      const range = document.createRange();
      range.selectNodeContents(paragraph as Node);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.getByRole('button', { name: 'Add event from selection' }).click();
    const form = page.getByRole('form', { name: 'Add an event for the selected passage' });
    await form.getByLabel('Date').fill('2018-08');
    await form.getByRole('button', { name: 'Save' }).click();
    const added = eventList(page).filter({ hasText: 'China has rejected accusations' });
    await expect.poll(() => added.locator('.badge').textContent()).toBe('added');
    expect(await eventList(page).first().locator('time').textContent()).toBe('August 2018');
  });
});

/** The rows of a CSV file as Python's standard csv reader reads them. */
function readCsv(text: string): string[][] {
  const script = 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' })) as string[][];
}

describe.runIf(TEMPEVAL !== null)('the library’s timeline over TempEval-3 articles', () => {
  let harness: Harness;
  let sources: string;
  let tagged: number;
  let collectionId: string;
  beforeAll(async () => {
    harness = await openHarness({ isSeeded: true });
    sources = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-tempeval-'));
    const documents = (await readTimeMlFolder(TEMPEVAL as string)).filter((document) => document.dct !== null).slice(0, 24);
    await Promise.all(documents.map((document, index) => fs.writeFile(path.join(sources, `${index}.txt`), `date ${document.dct?.slice(0, 10)} ${index % 2 === 0 ? 'AP' : 'NYT'}, NEW YORK\n\n${document.text.trim()}\n`)));
    const summary = await harness.services.articles.importPaths([sources]);
    expect(summary.imported).toBe(documents.length);
    // A tag on the AP articles and a collection of five NYT ones, for the scope picker.
    const imported = harness.services.articles.list().filter((meta) => meta.source === 'AP' || meta.source === 'NYT');
    const fromAp = imported.filter((meta) => meta.source === 'AP');
    tagged = fromAp.length;
    for (const meta of fromAp) await harness.services.tags.add(meta.id, 'wire');
    const chosen = await harness.services.collections.create('Five from the Times');
    collectionId = chosen.id;
    await harness.services.collections.setMembers(collectionId, imported.filter((candidate) => candidate.source === 'NYT').slice(0, 5).map((meta) => meta.id), true);
    await harness.page.reload();
    await openTimeline(harness.page);
    await harness.page.getByRole('radio', { name: 'All articles' }).check();
    await harness.page.locator('.key-dates > li').first().waitFor();
  });
  afterAll(async () => {
    await harness?.close();
    await fs.rm(sources, { recursive: true, force: true });
  });

  it('opens on the key dates, each with a summary and its sources, then every event', async () => {
    const { page } = harness;
    const keyDates = page.locator('.key-dates > li');
    expect(await keyDates.count()).toBeGreaterThan(5);
    expect(await keyDates.first().locator('.summary').count()).toBeGreaterThan(0);
    expect(await keyDates.first().locator('.sources button').count()).toBeGreaterThan(0);
    const events = page.locator('.collection-events > li');
    expect(await events.count()).toBeGreaterThan(20);
    const dates = await events.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(20);
  });

  it('filters the events by words and by source', async () => {
    const { page } = harness;
    const shown = async () => Number((await page.locator('.filters .count').textContent())?.split(' ')[0]?.replaceAll(',', ''));
    const all = await shown();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('AP');
    // Main filters the events; the count follows when its answer arrives.
    await expect.poll(shown).toBeLessThan(all);
    const fromAp = await shown();
    expect(fromAp).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Source' }).selectOption('');
    await page.getByRole('searchbox', { name: 'Words' }).fill('zzzz-not-in-any-article');
    await expect.poll(shown).toBe(0);
    // An empty list under "All events" read as still loading: it says nothing matches, and offers a way back.
    expect(await page.locator('.filters .count').textContent()).toBe(`0 of ${all} shown`);
    expect(await page.locator('section[aria-labelledby="all-events-heading"] .empty').textContent()).toContain('No event matches “zzzz-not-in-any-article”.');
    await page.getByRole('button', { name: 'Clear the filter' }).click();
    await expect.poll(shown).toBe(all);
    expect(await page.getByRole('searchbox', { name: 'Words' }).inputValue()).toBe('');
  });

  it('has no accessibility violations, and opens a cited article at its sentence', async () => {
    const { page } = harness;
    const violations = await axeViolations(page);
    expect(violations.join('\n').slice(0, 3000)).toBe('');
    await page.locator('.timeline-pane .body').evaluate((element) => element.scrollTo({ top: 0 }));
    await screenshot(page, 'timeline-collection');
    const source = page.locator('.key-dates > li').first().locator('.sources button').first();
    const title = await source.locator('.article').textContent();
    await source.click();
    await expect.poll(() => page.locator('article h1').textContent()).toBe(title);
    await expect.poll(() => page.locator('.timeline-pane').evaluate((element) => element.classList.contains('is-wide'))).toBe(false);
    expect(harness.pageProblems).toEqual([]);
  });

  it('covers one tag or one collection when the user picks it, and back', async () => {
    const { page } = harness;
    // Opening a cited article (the test before) left the pane on that article.
    await page.getByRole('radio', { name: 'All articles' }).check();
    const scope = page.getByRole('combobox', { name: 'Timeline of' });
    const summary = page.locator('.timeline-pane .summary-line');
    const everything = await summary.textContent();
    await scope.selectOption({ label: `wire (${tagged})` });
    await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${tagged} articles, `));
    await page.getByRole('combobox', { name: 'Source' }).selectOption('AP');
    const fromAp = Number((await page.locator('.filters .count').textContent())?.split(' ')[0]?.replaceAll(',', ''));
    await page.getByRole('combobox', { name: 'Source' }).selectOption('');
    await expect.poll(async () => Number((await page.locator('.filters .count').textContent())?.split(' ')[0]?.replaceAll(',', ''))).toBe(fromAp);
    await scope.selectOption({ label: 'Five from the Times (5)' });
    await expect.poll(() => summary.textContent()).toMatch(/^5 articles, /);
    expect(await page.locator('#timeline-heading').textContent()).toBe('Timeline of “Five from the Times”');
    expect(await page.locator('.collection-events > li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'timeline-collection-scope');
    await scope.selectOption({ label: 'The whole library' });
    await expect.poll(() => summary.textContent()).toBe(everything);
  });

  it('exports the shown timeline as CSV, iCalendar and TimelineJS JSON, saying where', async () => {
    const { page } = harness;
    await page.getByRole('combobox', { name: 'Timeline of' }).selectOption({ label: 'Five from the Times (5)' });
    await expect.poll(() => page.locator('.timeline-pane .summary-line').textContent()).toMatch(/^5 articles, /);
    const events = (await harness.services.timeline.collection.build({ scope: { collectionId } })).events.length;
    const status = page.getByRole('status').filter({ hasText: 'exported' });

    await page.getByRole('button', { name: 'Export this timeline as CSV' }).click();
    await expect.poll(() => status.textContent()).toContain(harness.saveDir);
    const csvFile = path.join(harness.saveDir, 'Timeline - Five from the Times.csv');
    expect(await status.textContent()).toBe(`The timeline was exported as CSV to ${csvFile}.`);
    const rows = readCsv(await fs.readFile(csvFile, 'utf8'));
    expect(rows.length - 1).toBe(events);

    await page.getByRole('button', { name: 'Export this timeline as iCalendar' }).click();
    const icsFile = path.join(harness.saveDir, 'Timeline - Five from the Times.ics');
    await expect.poll(() => status.textContent()).toContain(icsFile);
    const calendar = new ICAL.Component(ICAL.parse(await fs.readFile(icsFile, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(events);

    await page.getByRole('button', { name: 'Export this timeline as TimelineJS JSON' }).click();
    const jsonFile = path.join(harness.saveDir, 'Timeline - Five from the Times.json');
    await expect.poll(() => status.textContent()).toContain(jsonFile);
    expect((JSON.parse(await fs.readFile(jsonFile, 'utf8')) as { events: unknown[] }).events).toHaveLength(events);
    await screenshot(page, 'timeline-collection-export');
    expect(harness.pageProblems).toEqual([]);
  });
});
