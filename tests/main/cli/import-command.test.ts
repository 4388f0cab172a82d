import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportWorkerPool } from '../../../src-main/services/importers/import-worker-pool';
import { cli } from './run-in-process';

describe('dateline import', () => {
  let library: string;
  let input: string;
  beforeEach(async () => {
    library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-cli-import-'));
    input = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-cli-input-'));
    await fs.writeFile(path.join(input, 'wire.txt'), 'date 2019-02-25 Reuters, BEIJING\nA wire story from Beijing.');
    await fs.writeFile(path.join(input, 'note.md'), '# A note\n\nA note without any date.\n');
    await fs.writeFile(path.join(input, 'page.html'), '<html><head><title>A page</title></head><body><article><p>A saved page whose text states no date, though it is long enough to read.</p></article></body></html>');
    await fs.writeFile(path.join(input, 'broken.txt'), '');
    await fs.writeFile(path.join(input, 'style.css'), 'p { color: red }');
  });
  afterEach(async () => {
    await fs.rm(library, { recursive: true, force: true });
    await fs.rm(input, { recursive: true, force: true });
  });

  it('ends the page readers it started once the command is done (an idle one held the command open for 30 s)', async () => {
    const close = vi.spyOn(ImportWorkerPool.prototype, 'close');
    const started = vi.spyOn(ImportWorkerPool.prototype as unknown as { startWorker: () => void }, 'startWorker');
    expect((await cli(['import', path.join(input, 'page.html'), '--library', library])).code).toBe(0);
    expect(started).toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
    close.mockRestore();
    started.mockRestore();
  });

  it('imports a folder, gives --date and --source to the files that state none, and prints a summary', async () => {
    const result = await cli(['import', input, '--date', '2024-03-01', '--source', 'My clippings', '--library', library]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dateline: cannot import .*broken\.txt: "broken\.txt" is empty/);
    expect(result.stdout).toMatch(/^imported {2}[0-9a-f]{16} {2}A note$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('3 imported, 0 already in the library, 1 failed, 1 other file skipped (not web pages, Markdown or text).');
    const list = JSON.parse((await cli(['list', '--json', '--library', library])).stdout) as Array<{ title: string; source: string; published: unknown }>;
    const byTitle = Object.fromEntries(list.map((meta) => [meta.title, meta]));
    expect(byTitle['A wire story from Beijing']).toMatchObject({ source: 'Reuters', published: { value: '2019-02-25', origin: 'dateline' } });
    expect(byTitle['A note']).toMatchObject({ source: 'My clippings', published: { value: '2024-03-01', origin: 'user' } });
    expect(byTitle['A page']).toMatchObject({ source: 'My clippings', published: { value: '2024-03-01', origin: 'user' } });
  }, 20_000);

  it('prints the summary as JSON with --json, and counts duplicates on a second run', async () => {
    await cli(['import', input, '--library', library]);
    const again = await cli(['import', input, '--json', '--library', library]);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 3, failed: 1, skipped: 1, isCancelled: false });
  }, 20_000);

  it('refuses a --date that is not a day, before touching the library', async () => {
    const result = await cli(['import', input, '--date', '2024-02-30', '--library', library]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/--date "2024-02-30" is not a date; write it as YYYY-MM-DD/) });
    expect(await fs.readdir(path.join(library, 'articles'))).toEqual([]);
  });
});
