import { describe, expect, it } from 'vitest';
import { ImportWorkerPool } from '../../../../src-main/services/importers/import-worker-pool';
import { resolveWorkerScript } from '../../../../src-main/services/importers/resolve-worker-script';
import { page, prose } from './import-fixtures';

const file = (name: string, html: string) => ({ name, bytes: Buffer.from(html), modifiedAt: new Date() });
/** A real page that takes Readability far longer than 50 ms: thousands of scored paragraphs. */
const SLOW_PAGE = page(`<article>${Array.from({ length: 1500 }, (_, index) => `<div class="c${index}">${prose(`Part ${index}`)}<span>aside, ${index}</span></div>`).join('')}</article>`);

describe('the import worker pool', () => {
  it('ends a worker that runs past the time limit, says so, and reads the next file with a new one', async () => {
    const pool = new ImportWorkerPool({ size: 1, timeLimitMs: 50 });
    try {
      // Loads the worker, whose start is not counted against the limit, then times out on the slow page.
      await expect(pool.parse('html', file('slow.html', SLOW_PAGE))).rejects.toMatchObject({ code: 'import-failed', message: expect.stringMatching(/"slow\.html" took more than 0\.05 s to read, so Dateline stopped/) });
    } finally {
      await pool.close();
    }
    const patient = new ImportWorkerPool({ size: 1, timeLimitMs: 10_000 });
    try {
      await expect(patient.parse('html', file('slow.html', SLOW_PAGE))).resolves.toMatchObject({ blocks: expect.any(Array) });
    } finally {
      await patient.close();
    }
  }, 20_000);

  it('recovers after a time-out: the same pool reads the next file', async () => {
    const pool = new ImportWorkerPool({ size: 1, timeLimitMs: 2_000 });
    try {
      await pool.parse('html', file('warm.html', page(prose('Warm'))));
      (pool as unknown as { timeLimitMs: number }).timeLimitMs = 1;
      await expect(pool.parse('html', file('slow.html', SLOW_PAGE))).rejects.toMatchObject({ message: expect.stringMatching(/took more than/) });
      (pool as unknown as { timeLimitMs: number }).timeLimitMs = 5_000;
      await expect(pool.parse('html', file('next.html', page(prose('Next'))))).resolves.toMatchObject({ blocks: [expect.objectContaining({ type: 'paragraph' })] });
    } finally {
      await pool.close();
    }
  }, 20_000);

  it('refuses a file over the size limit without sending it to a worker', async () => {
    const pool = new ImportWorkerPool({ size: 1, maxBytes: 1024, script: { kind: 'eval', code: 'throw new Error("no worker should start")' } });
    await expect(pool.parse('html', file('big.html', 'x'.repeat(2048)))).rejects.toMatchObject({ code: 'import-failed', message: expect.stringMatching(/"big\.html" is 2 KB; Dateline reads pages of up to 1 KB/) });
    await pool.close();
  });

  it('fails every waiting file, as an internal error, when the worker cannot start', async () => {
    const pool = new ImportWorkerPool({ size: 1, script: { kind: 'eval', code: 'throw new Error("broken build")' } });
    await expect(pool.parse('html', file('a.html', page(prose('A'))))).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/could not start its page reader: broken build/) });
    await pool.close();
  });

  it('fails the files still waiting or being read when it is closed', async () => {
    const pool = new ImportWorkerPool({ size: 1 });
    const reading = expect(pool.parse('html', file('a.html', SLOW_PAGE))).rejects.toMatchObject({ message: expect.stringMatching(/"a\.html" was not read: the import was stopped/) });
    const waiting = expect(pool.parse('html', file('b.html', SLOW_PAGE))).rejects.toMatchObject({ message: expect.stringMatching(/"b\.html" was not read/) });
    await pool.close();
    await reading;
    await waiting;
  });

  it('runs TypeScript sources through tsx and a build’s import-worker.js as a file', () => {
    expect(resolveWorkerScript(new URL('../../../../src-main/services/importers/import-worker-pool.ts', import.meta.url).href)).toMatchObject({ kind: 'eval', code: expect.stringContaining('import-worker.ts') });
    expect(() => resolveWorkerScript('file:///nowhere/out/main/chunks/index.js')).toThrow(/import-worker\.js\) is missing from .*Reinstall/);
  });
});
