import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineCollectionState } from '../../../src-renderer/lib/state/timeline-collection-state.svelte';
import { defaultKeyDateCount } from '../../../src-main/shared/timeline-limits';
import { openRealApi, type RealApi } from '../support/real-api';

/** Three wire stories about one week, each naming days of it, so the library has several key dates to rank. */
const STORIES = [
  ['date 2019-03-04 AP, PARIS', 'Talks opened on Monday in Paris. Envoys had arrived on Saturday and met again on Sunday.'],
  ['date 2019-03-06 AFP, PARIS', 'The talks that opened on Monday stalled on Tuesday. Envoys recalled the dinner on Saturday.'],
  ['date 2019-03-08 Reuters, PARIS', 'The talks ended on Thursday, three days after they opened on Monday. On Wednesday the envoys rested.'],
];

describe('TimelineCollectionState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('shows as many key dates as the user asks for, and goes back to the default', async () => {
    real = await openRealApi({ isSeeded: false });
    const files = await Promise.all(
      STORIES.map(async ([dateline, text], index) => {
        const file = path.join(`${real.dir}-files`, `story-${index}.txt`);
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, `${dateline}\n\n${text}`);
        return file;
      }),
    );
    await real.services.articles.importFiles(files);
    const collection = new TimelineCollectionState(real.api);
    await collection.load();
    const byDefault = collection.timeline?.keyDates.length ?? 0;
    expect(byDefault).toBe(defaultKeyDateCount(3));

    await collection.showKeyDates(1);
    expect(collection.timeline?.keyDates).toHaveLength(1);
    await collection.showKeyDates(3);
    expect(collection.timeline?.keyDates).toHaveLength(3);
    expect(collection.keyDateCount).toBe(3);
    expect(collection.total).toBeGreaterThan(0);

    await collection.showKeyDates(null);
    expect(collection.timeline?.keyDates).toHaveLength(byDefault);

    // Later pages ask for their events only; the key dates shown stay those of the first page.
    const asked = vi.spyOn(real.api.timeline, 'collection');
    await collection.showMore();
    await collection.showOnAxis(1, 2);
    expect(asked.mock.calls.map(([query]) => query?.page?.eventsOnly)).toEqual([true, true]);
    expect(collection.axisEvents.length).toBeGreaterThan(0);
    expect(collection.timeline?.keyDates).toHaveLength(byDefault);
  });
});
