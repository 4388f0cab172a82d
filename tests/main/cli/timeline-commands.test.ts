import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, SEED } from './run-in-process';
import { ArticleTimelineSchema } from '../../../src-main/shared/timeline';


const TML = (dct: string, body: string) =>
  `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>${body}</TEXT></TimeML>`;

describe('the timeline commands', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-timeline-cli-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('timeline-tml writes the scorer\'s JSON lines with offsets into the TEXT element', async () => {
    const corpus = path.join(folder, 'corpus');
    await fs.mkdir(corpus);
    await fs.writeFile(path.join(corpus, 'doc1.tml'), TML('2019-02-25', '\nA diplomat &amp; envoys met <EVENT eid="e1">on</EVENT> Friday.\n'));
    const out = path.join(folder, 'out.jsonl');
    const result = await cli(['timeline-tml', corpus, '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('wrote 1 time expressions from 1 documents');
    const lines = (await fs.readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const text = '\nA diplomat & envoys met on Friday.\n';
    expect(lines).toEqual([{ doc: 'doc1.tml', start: text.indexOf('Friday'), end: text.indexOf('Friday') + 6, type: 'DATE', value: '2019-02-22', text: 'Friday' }]);
  });

  it('timeline-tml needs --out and reports documents without a DCT', async () => {
    expect((await cli(['timeline-tml', folder])).code).toBe(2);
    await fs.writeFile(path.join(folder, 'nodct.tml'), '<TimeML><TEXT>Friday</TEXT></TimeML>');
    const result = await cli(['timeline-tml', folder, '--out', path.join(folder, 'out.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nodct.tml has no document creation time');
  });

  it('timeline prints an article\'s events and expressions, in text and JSON', async () => {
    const library = path.join(folder, 'library');
    const imported = await cli(['import', SEED, '--library', library]);
    const id = /imported {2}([0-9a-f]{16})/.exec(imported.stdout)?.[1] ?? '';
    const shown = await cli(['timeline', id.slice(0, 6), '--library', library]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Events \(4\):\n {2}2019-02-22 +day +A senior Chinese diplomat told foreign envoys {2}\("Friday"\)/);
    expect(shown.stdout).toContain('2019-W08     week');
    const json = ArticleTimelineSchema.parse(JSON.parse((await cli(['timeline', id, '--json', '--library', library])).stdout));
    expect(json.events.map((event) => event.value)).toEqual(['2019-02-22', '2019-02-24', '2019-W08', '2019-02-25']);
    expect(json.expressions).toHaveLength(4);
    expect((await cli(['timeline', 'ffffffff', '--library', library])).code).toBe(1);
  });
});
