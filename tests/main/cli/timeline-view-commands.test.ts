import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './run-in-process';
import { CollectionTimelineSchema } from '../../../src-main/shared/timeline-views';

describe('the collection timeline commands', () => {
  let folder: string;
  let library: string;

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-timeline-view-cli-'));
    library = path.join(folder, 'library');
    const write = (name: string, text: string) => fs.writeFile(path.join(folder, name), text);
    await write('quake-1.txt', 'Quake flattens capital\n\nA powerful earthquake struck Haiti on Tuesday, flattening much of Port-au-Prince.\n');
    await write('quake-2.txt', 'Aid arrives\n\nThe earthquake that struck Haiti on Tuesday flattened much of Port-au-Prince, officials said.\n');
    await write('quake-3.txt', 'Aftershock\n\nA strong aftershock shook the city on Wednesday.\n');
    expect((await cli(['import', path.join(folder, 'quake-1.txt'), '--date', '2010-01-13', '--source', 'BBC', '--library', library])).code).toBe(0);
    expect((await cli(['import', path.join(folder, 'quake-2.txt'), '--date', '2010-01-15', '--source', 'CNN', '--library', library])).code).toBe(0);
    expect((await cli(['import', path.join(folder, 'quake-3.txt'), '--date', '2010-01-21', '--source', 'BBC', '--library', library])).code).toBe(0);
  });
  afterEach(async () => fs.rm(folder, { recursive: true, force: true }));

  it('timeline --all prints the key dates first, then the merged events with their sources', async () => {
    const result = await cli(['timeline', '--all', '--key-dates', '2', '--library', library]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Key dates \(2 dates across 3 articles\):\n {2}2010-01-12 {2}0 published, 2 mentions\n/);
    expect(result.stdout).toMatch(/2010-01-12 +.*\[2 articles: BBC, CNN\]/);
    expect(result.stdout).toMatch(/2010-01-20 +.*\[BBC\]/);
  });

  it('timeline --all --json answers the collection timeline as the IPC contract shapes it', async () => {
    const parsed = CollectionTimelineSchema.parse(JSON.parse((await cli(['timeline', '--all', '--json', '--library', library])).stdout));
    expect(parsed.articleCount).toBe(3);
    expect(parsed.sources).toEqual(['BBC', 'CNN']);
    expect(parsed.events.map((event) => [event.value, event.sources.length])).toEqual([
      ['2010-01-12', 2],
      ['2010-01-20', 1],
    ]);
  });

  it('timeline export writes an iCalendar file of the collection, and refuses an unknown format', async () => {
    const out = path.join(folder, 'story.ics');
    const result = await cli(['timeline', 'export', '--all', '--format', 'ics', '--out', out, '--library', library]);
    expect(result).toMatchObject({ code: 0, stdout: `wrote  ${out}\n` });
    const calendar = new ICAL.Component(ICAL.parse(await fs.readFile(out, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).startDate.toString())).toEqual(['2010-01-12', '2010-01-20']);
    const refused = await cli(['timeline', 'export', '--all', '--format', 'pdf', '--library', library]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--format timelinejs, csv or ics (not "pdf")');
  });

  it('timeline export of one article prints it, and a tag no article has is reported', async () => {
    const id = JSON.parse((await cli(['list', '--json', '--library', library])).stdout)[0].id as string;
    const exported = await cli(['timeline', 'export', id, '--format', 'csv', '--library', library]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\r\n')[0]).toBe('start_date,end_date,date,granularity,title,sources,quote,note,edited');
    const missing = await cli(['timeline', '--tag', 'nope', '--library', library]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('No article has the tag "nope"');
    expect((await cli(['timeline', '--all', '--key-dates', 'many', '--library', library])).code).toBe(2);
  });
});
