import type { Locator, Page } from 'playwright-core';

/** A long task (over 50 ms) seen while the timeline was used: what was being done, and how long it took (ms). */
export interface LongTask {
  step: string;
  duration: number;
}

/**
 * The long tasks of a run twice over: as the page saw them (`wall`, PerformanceObserver: time on
 * the clock, which grows when other programs take the processor) and by the renderer main thread's
 * own processor time (`thread`, from a Chrome trace: what the app's work cost, however busy the
 * machine was). Each over 50 ms.
 */
export interface LongTasks {
  wall: LongTask[];
  thread: LongTask[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The tasks of the renderer's main thread over 50 ms of thread time, each with the step (a `bench: ` mark) it began in. */
function threadLongTasks(events: readonly TraceEvent[]): LongTask[] {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const marks = events.filter((event) => event.name.startsWith('bench: ') && event.ph !== 'X').sort((a, b) => a.ts - b.ts);
  const stepAt = (ts: number) => marks.filter((mark) => mark.ts <= ts).at(-1)?.name.slice('bench: '.length) ?? 'start';
  return events
    .filter((event) => event.name === 'ThreadControllerImpl::RunTask' && mainThreads.has(`${event.pid}:${event.tid}`) && (event.tdur ?? 0) > 50_000 && marks.length > 0 && event.ts >= (marks[0] as TraceEvent).ts)
    .map((event) => ({ step: stepAt(event.ts), duration: (event.tdur ?? 0) / 1000 }));
}

/** Milliseconds from choosing "All articles" to the key dates and events on screen. */
export async function openCollection(page: Page): Promise<number> {
  await page.getByRole('radio', { name: 'This article' }).check();
  await page.locator('.timeline-pane ol[aria-labelledby="article-events-heading"], .timeline-pane .empty').first().waitFor();
  // A string, so the bundler's helpers (tsx names functions) do not leak into the page.
  return page.evaluate(`new Promise((resolve) => {
    const radio = [...document.querySelectorAll('input[name="timeline-mode"]')].find((input) => input.value === 'collection');
    const started = performance.now();
    const check = () => {
      if (document.querySelector('.collection-events > li') && document.querySelector('.key-dates > li')) requestAnimationFrame(() => resolve(performance.now() - started));
      else requestAnimationFrame(check);
    };
    radio.click();
    check();
  })`);
}

/** The middle of an element on the page, in CSS pixels. */
async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** In the page: scrolls an element `steps` times by a share of its size, a frame apart (16 ms). */
function scrollSteps(selector: string, axis: 'left' | 'top', steps: number): string {
  return `(async () => {
    const element = document.querySelector(${JSON.stringify(selector)});
    for (let step = 0; step < ${steps}; step += 1) {
      element.scrollBy(${axis === 'left' ? '{ left: element.clientWidth / 2 }' : '{ top: element.clientHeight }'});
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
  })()`;
}

/**
 * Zooms in and out and scrolls the axis and the list, then shows 100 more events; answers the long
 * tasks seen meanwhile, each with the step it came in. Only the app's work may show up here, not
 * Playwright's: its role queries over a big page (the library list of 1,000 articles) and the
 * injected script it sends (400 kB, compiled in the page) for a locator's click or evaluate are
 * long tasks of their own. So the controls are found before the observer starts, the buttons are
 * clicked with the mouse (trusted input, no script) and the scrolling runs as one script in the page.
 * A light Chrome trace (task events and the step marks only) gives each task's thread time.
 */
export async function zoomAndScroll(page: Page): Promise<LongTasks> {
  const zoomIn = await centreOf(page.getByRole('button', { name: 'Zoom in' }));
  const zoomOut = await centreOf(page.getByRole('button', { name: 'Zoom out' }));
  await page.getByTestId('time-axis').waitFor();
  await page.getByRole('button', { name: /^Show 100 more/ }).waitFor();
  const step = (name: string) => page.evaluate(`window.benchStep = ${JSON.stringify(name)}; performance.mark(${JSON.stringify(`bench: ${name}`)})`);
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const isTraced = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  await page.evaluate(`(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push({ step: window.benchStep, duration: entry.duration }))).observe({ type: 'longtask' });
  })()`);
  await step('zoom in');
  for (let count = 0; count < 4; count += 1) {
    await page.mouse.click(zoomIn.x, zoomIn.y);
    await page.waitForTimeout(16);
  }
  await step('scroll the axis');
  await page.evaluate(scrollSteps('[data-testid="time-axis"]', 'left', 20));
  await step('zoom out');
  for (let count = 0; count < 4; count += 1) {
    await page.mouse.click(zoomOut.x, zoomOut.y);
    await page.waitForTimeout(16);
  }
  await step('scroll the list');
  await page.evaluate(scrollSteps('.timeline-pane .body', 'top', 20));
  await step('show 100 more');
  await page.evaluate(`[...document.querySelectorAll('.more-button')].find((button) => button.textContent.startsWith('Show 100 more')).click()`);
  await page.waitForTimeout(200);
  const wall = (await page.evaluate('window.longTasks')) as LongTask[];
  await session.send('Tracing.end');
  await isTraced;
  await session.detach();
  return { wall, thread: threadLongTasks(events) };
}
