/**
 * bench:timeline-view — a library of 1,000 real news articles (Timeline17, turned back into prose)
 * opens its collection timeline in Chromium, through the real handler table as in the end-to-end
 * tests: the time from asking for it (choosing "All articles") to its events on screen, and the long
 * tasks (PerformanceObserver 'longtask', over 50 ms) while zooming and scrolling it, also counted by
 * the renderer thread's processor time, which another program's load on the machine does not inflate. Three openings:
 * cold (every article extracted), from the caches on disk (timeline.json, as after a restart), and
 * again (built in main's memory), each in a freshly loaded window. Run the build first (npx electron-vite build).
 */
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openHarness } from '../tests/e2e/support/harness';
import { loadTimelineTasks } from './key-dates-corpus';
import { SHARED_DIR } from './support/shared-folder';
import { openCollection, zoomAndScroll, type LongTask } from './support/timeline-view-driver';

const ARTICLES = 1_000;
const BUDGET_MS = 300;

/** Writes the first 1,000 non-empty Timeline17 articles as text files, one folder per publication day. */
async function writeArticles(dir: string): Promise<Map<string, string>> {
  const tasks = await loadTimelineTasks(path.join(SHARED_DIR, 'corpora', 'timeline17-dev'));
  const folders = new Map<string, string>();
  let count = 0;
  for (const task of new Map(tasks.map((task) => [task.name, task])).values()) {
    for (const [day, texts] of task.days) {
      for (const [index, text] of texts.entries()) {
        if (count >= ARTICLES || text.trim().length === 0) continue;
        const folder = path.join(dir, `${task.name}-${day}`);
        await fs.mkdir(folder, { recursive: true });
        await fs.writeFile(path.join(folder, `${index}.txt`), text);
        folders.set(folder, day);
        count += 1;
      }
    }
  }
  return folders;
}

/** "N long tasks, longest X ms (step: a, b; …)". */
function describeLongTasks(tasks: readonly LongTask[]): string {
  if (tasks.length === 0) return '0 long tasks';
  const where = [...new Set(tasks.map((task) => task.step))].map((step) => `${step}: ${tasks.filter((task) => task.step === step).map((task) => task.duration.toFixed(0)).join(', ')}`);
  return `${tasks.length} long tasks, longest ${Math.max(...tasks.map((task) => task.duration)).toFixed(0)} ms (${where.join('; ')})`;
}

async function main(): Promise<void> {
  const sources = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-timeline-view-'));
  const harness = await openHarness({ isSeeded: false });
  try {
    const folders = await writeArticles(sources);
    for (const [folder, day] of folders) await harness.services.articles.importPaths([folder], { defaults: { published: day } });
    const articles = harness.services.articles.list().length;
    // Each opening in a freshly loaded window: a window that already shows the timeline would
    // show it again at once while it asks main, which measures nothing but drawing.
    const freshWindow = async () => {
      await harness.page.reload();
      await harness.page.locator('article h1').waitFor();
      await harness.page.keyboard.press('Control+Shift+T');
    };
    await freshWindow();
    const cold = await openCollection(harness.page);
    await harness.services.timeline.articles.flush();
    harness.services.timeline.articles.forget();
    await freshWindow();
    const fromDisk = await openCollection(harness.page);
    await freshWindow();
    const again = await openCollection(harness.page);
    const events = await harness.page.locator('.filters .count').textContent();
    // Where the time goes: building in main (from the caches on disk), and what crosses to the window.
    harness.services.timeline.articles.forget();
    const buildStarted = performance.now();
    const built = await harness.services.timeline.collection.build({ scope: { all: true } });
    const buildMs = performance.now() - buildStarted;
    const firstAnswer = await harness.services.timeline.collection.view({ scope: { all: true }, page: { offset: 0, limit: 100, withAxis: true } });
    const longTasks = await zoomAndScroll(harness.page);
    console.log(`Collection timeline of ${articles} articles in Chromium (${events?.split(' ')[0]} merged events):`);
    console.log(`  request to rendered events: cold ${cold.toFixed(0)} ms (every article extracted), from the caches on disk ${fromDisk.toFixed(0)} ms, again ${again.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
    console.log(`  in main: building it from the caches on disk ${buildMs.toFixed(0)} ms; the window's first answer ${(JSON.stringify(firstAnswer).length / 1e3).toFixed(0)} kB (every event: ${(JSON.stringify(built).length / 1e6).toFixed(1)} MB)`);
    console.log(`  zoom and scroll: ${describeLongTasks(longTasks.wall)} (budget: none over 50 ms)`);
    console.log(`    by the renderer thread's own processor time (the app's work, however busy the machine): ${describeLongTasks(longTasks.thread)}`);
    if (harness.pageProblems.length > 0) console.log(`  page problems: ${harness.pageProblems.join('; ')}`);
  } finally {
    await harness.close();
    await fs.rm(sources, { recursive: true, force: true });
  }
}

await main();
