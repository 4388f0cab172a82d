import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryFileSchema } from '../../../src-main/store/library-file';
import { LibraryStore } from '../../../src-main/store/library-store';
import { spawnScript } from '../../support/child-script';
import { listNames, useTempDirs } from '../../support/temp-library';

const WRITER = path.join(import.meta.dirname, 'fixtures', 'write-loop.ts');
const KILLS = 50;

/** A small seeded generator (mulberry32), so a failing run can be repeated from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LibraryStore crash safety', () => {
  const makeTempDir = useTempDirs('dateline-crash-');

  it(
    `keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`,
    async () => {
      const seed = Date.now() % 1_000_000;
      const random = randomFrom(seed);
      const dir = await makeTempDir();
      const file = path.join(dir, 'library.json');
      const acknowledgedArticles = new Set<string>();
      const attemptedArticles = new Set<string>();
      let fontSize: number | null = null;
      let sizeCounter = 0;
      let killsMidWrite = 0;

      for (let round = 0; round < KILLS; round += 1) {
        const context = `seed ${seed}, round ${round}`;
        const writer = spawnScript(WRITER, [dir, `r${round}`, String(sizeCounter)]);
        // Most kills land in the write loop, after 0-3 acknowledged writes and a random pause; some
        // land anywhere from start-up on (in open, the lock, the backup).
        if (random() < 0.2) {
          await Promise.race([sleep(random() * 700), writer.exited]);
        } else {
          const acks = Math.floor(random() * 4);
          let seen = 0;
          await writer.waitForLine((line) => (acks === 0 ? line === 'ready' : line.startsWith('ack ') && ++seen === acks));
          await sleep(random() * 15);
        }
        writer.child.kill('SIGKILL');
        const { signal } = await writer.exited;
        expect(signal, `${context}: the writer stopped on its own; stderr:\n${writer.stderr()}`).toBe('SIGKILL');

        let pendingSize: number | null = null;
        for (const line of writer.lines) {
          const [verb, kind, value = ''] = line.split(' ');
          if (kind === 'add') (verb === 'ack' ? acknowledgedArticles : attemptedArticles).add(value);
          if (kind === 'settings') {
            sizeCounter += verb === 'will' ? 1 : 0;
            pendingSize = verb === 'will' ? Number(value) : null;
            if (verb === 'ack') fontSize = Number(value);
          }
        }
        const last = writer.lines.at(-1) ?? '';
        if (last.startsWith('will ')) killsMidWrite += 1;

        // A writer killed before the library's first save leaves no library.json: then nothing was acknowledged.
        const exists = await fs.access(file).then(() => true, () => false);
        if (!exists) {
          expect(acknowledgedArticles.size, `${context}: library.json missing after acknowledged writes`).toBe(0);
          expect(fontSize, context).toBeNull();
          continue;
        }
        // library.json itself parses and holds every acknowledged write, before anything repairs it.
        const raw = LibraryFileSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
        const indexed = new Set(Object.keys(raw.articles));
        for (const id of acknowledgedArticles) expect(indexed.has(id), `${context}: article ${id} lost`).toBe(true);
        for (const id of indexed) expect(attemptedArticles.has(id), `${context}: article ${id} never written`).toBe(true);
        const allowedSizes = [fontSize ?? raw.settings.fontSize, ...(pendingSize === null ? [] : [pendingSize])];
        expect(allowedSizes, `${context}: font size`).toContain(raw.settings.fontSize);
        // What a half-done write left is the new truth from here on.
        fontSize = raw.settings.fontSize;

        // The next writer (here, this process) takes over the dead one's lock and sees the same library.
        const store = await LibraryStore.open(dir, { owner: 'cli' });
        expect(store.notices, context).toEqual([]);
        const listed = new Set(store.listArticles().map((meta) => meta.id));
        for (const id of acknowledgedArticles) expect(listed.has(id), `${context}: article ${id} not listed`).toBe(true);
        expect(store.settings.fontSize).toBe(fontSize);
        const newest = [...acknowledgedArticles].at(-1);
        if (newest) expect((await store.readArticle(newest)).content.text).toContain('second paragraph of report');
        await store.close();
        expect((await listNames(dir)).filter((name) => name.endsWith('.dateline-tmp')), context).toEqual([]);
      }

      // The kills really did interrupt writes, and acknowledged writes were there to lose.
      expect(killsMidWrite, `seed ${seed}`).toBeGreaterThan(KILLS / 2);
      expect(acknowledgedArticles.size, `seed ${seed}`).toBeGreaterThan(KILLS / 5);
    },
    120_000,
  );
});
