import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../../src-main/services/seed';
import { openTempLibrary, type TempLibrary } from '../support/library-fixture';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

/** Python's csv module (the standard library reader) is the CSV reader here; the test says so when it is missing. */
function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'import csv'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function readCsvWithPython(content: string): string[][] {
  const script = 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: content, encoding: 'utf8' })) as string[][];
}

describe('timeline exports', () => {
  let library: TempLibrary;
  let id: string;

  beforeAll(async () => {
    library = await openTempLibrary('dateline-timeline-export-');
    await seedLibrary(library.services.store, library.services.articles, SEEDS);
    id = library.services.articles.list()[0]?.id ?? '';
    const view = await library.services.timeline.articles.article(id);
    const friday = view.events.find((event) => event.quote === 'Friday')?.key ?? '';
    // A title with the characters each format must escape.
    await library.services.timeline.edits.edit(id, friday, { title: 'Envoys told, "counterterror; works" \\ <b>praise</b>', note: 'Line one\nline two, with a comma' });
  });
  afterAll(async () => library?.close());

  it('writes an iCalendar file that ical.js parses, with one all-day event per timeline event', async () => {
    const file = await library.services.timeline.exports.build({ articleId: id }, 'ics');
    expect(file.name).toMatch(/\.ics$/);
    expect(file.mediaType).toBe('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.startDate.toString(), event.endDate.toString(), event.startDate.isDate])).toEqual([
      ['2019-02-18', '2019-02-25', true],
      ['2019-02-22', '2019-02-23', true],
      ['2019-02-24', '2019-02-25', true],
      ['2019-02-25', '2019-02-26', true],
    ]);
    expect(events[1]?.summary).toBe('Envoys told, "counterterror; works" \\ <b>praise</b>');
    expect(events[1]?.description).toContain('Line one\nline two, with a comma');
    expect(events[1]?.description).toContain('Reuters');
    expect(new Set(events.map((event) => event.uid)).size).toBe(4);
    expect(file.content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it.skipIf(!hasPython())('writes CSV that a CSV reader opens as a table with one row per event', async () => {
    const file = await library.services.timeline.exports.build({ articleId: id }, 'csv');
    const rows = readCsvWithPython(file.content);
    expect(rows[0]).toEqual(['start_date', 'end_date', 'date', 'granularity', 'title', 'sources', 'quote', 'note', 'edited']);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[8]])).toEqual([
      ['2019-02-18', '2019-W08', 'no'],
      ['2019-02-22', '2019-02-22', 'yes'],
      ['2019-02-24', '2019-02-24', 'no'],
      ['2019-02-25', '2019-02-25', 'no'],
    ]);
    expect(rows.every((row) => row.length === 9)).toBe(true);
    expect(rows[2]?.[4]).toBe('Envoys told, "counterterror; works" \\ <b>praise</b>');
    expect(rows[2]?.[7]).toBe('Line one\nline two, with a comma');
  });

  it('writes TimelineJS JSON with a slide per event, escaped text and the source credited', async () => {
    const file = await library.services.timeline.exports.build({ articleId: id }, 'timelinejs');
    const document = JSON.parse(file.content);
    expect(document.events).toHaveLength(4);
    expect(document.events[0]).toMatchObject({ start_date: { year: '2019', month: '2', day: '18' }, end_date: { year: '2019', month: '2', day: '24' } });
    expect(document.events[1].text.headline).toBe('Envoys told, &quot;counterterror; works&quot; \\ &lt;b&gt;praise&lt;/b&gt;');
    expect(document.events[1].media.credit).toMatch(/^Reuters, 2019-02-25: China’s counterterror/);
    expect(document.events[1].media.url).toMatch(/^<blockquote>China’s counterterror .*on Friday\.<\/blockquote>$/);
  });

  it('leaves hidden events out of every format', async () => {
    const view = await library.services.timeline.articles.article(id);
    const today = view.events.find((event) => event.quote === 'today')?.key ?? '';
    await library.services.timeline.edits.edit(id, today, { isHidden: true });
    const json = JSON.parse((await library.services.timeline.exports.build({ articleId: id }, 'timelinejs')).content);
    expect(json.events).toHaveLength(3);
    await library.services.timeline.edits.revert(id, today);
  });

  it('exports the whole library’s merged timeline', async () => {
    const file = await library.services.timeline.exports.build({ all: true }, 'ics');
    expect(file.name).toMatch(/Library\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(4);
  });
});
