import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src-main/store/library-store';
import { spawnScript } from '../../support/child-script';
import { outcomeOf, type Outcome } from '../../support/outcome';
import { listTree, useTempDirs } from '../../support/temp-library';
import { makeArticle } from '../../support/test-articles';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'read-only-folder-child.ts');
/** As root, permissions do not stop writes: the writing part runs in a child as `nobody`. */
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const NOT_ALLOWED = /Dateline is not allowed to write there\. Check the folder’s permissions, or choose another library folder\.$/;

describe('LibraryStore in a folder it may not write', () => {
  const makeTempDir = useTempDirs('dateline-read-only-');

  /** A library with one article and dark settings, in a folder the writer (nobody, as root) owns. */
  async function makeLibrary(): Promise<{ dir: string; file: string; bytes: Buffer }> {
    const parent = await makeTempDir();
    const dir = path.join(parent, 'library');
    const store = await LibraryStore.open(dir, { owner: 'cli' });
    const { article, original } = makeArticle('before');
    await store.addArticle(article, original);
    await store.updateSettings({ theme: 'dark' });
    await store.close();
    if (isRoot) {
      await fs.chmod(parent, 0o755);
      for (const entry of ['', ...(await fs.readdir(dir, { recursive: true }))]) await fs.chown(path.join(dir, entry), NOBODY, NOBODY);
    }
    const file = path.join(dir, 'library.json');
    return { dir, file, bytes: await fs.readFile(file) };
  }

  it('rejects a save with a clear io error and leaves library.json as it was', async () => {
    const { dir, file, bytes } = await makeLibrary();
    let outcome: Outcome & { settings?: unknown };
    if (isRoot) {
      const writer = spawnScript(CHILD, ['save', dir], { uid: NOBODY, gid: NOBODY });
      await writer.waitForLine((line) => line === 'ready');
      await fs.chmod(dir, 0o555);
      writer.child.stdin?.write('go\n');
      outcome = JSON.parse(await writer.waitForLine((line) => line.startsWith('{'))) as typeof outcome;
      await fs.chmod(dir, 0o755);
      writer.child.stdin?.end();
      expect(await writer.exited, writer.stderr()).toEqual({ code: 0, signal: null });
    } else {
      const store = await LibraryStore.open(dir, { owner: 'cli' });
      await fs.chmod(dir, 0o555);
      outcome = { ...(await outcomeOf(store.updateSettings({ theme: 'light' }))), settings: store.settings };
      await fs.chmod(dir, 0o755);
      await store.close();
    }

    expect(outcome).toMatchObject({ settled: 'rejected', isDatelineError: true, code: 'io', settings: { theme: 'dark' } });
    expect(outcome.settled === 'rejected' && outcome.message).toMatch(new RegExp(`^Could not save library\\.json in ${dir}: ${NOT_ALLOWED.source}`));
    expect(await fs.readFile(file)).toEqual(bytes);
    expect((await listTree(dir)).filter((name) => name.endsWith('.dateline-tmp'))).toEqual([]);
    const reopened = await LibraryStore.open(dir, { owner: null });
    expect(reopened.settings.theme).toBe('dark');
    await reopened.close();
  });

  it('refuses to open it for writing with a clear io error, but opens it read-only', async () => {
    const { dir, file, bytes } = await makeLibrary();
    const tree = await listTree(dir);
    await fs.chmod(dir, 0o555);
    let outcomes: Outcome[];
    if (isRoot) {
      const opener = spawnScript(CHILD, ['open', dir], { uid: NOBODY, gid: NOBODY });
      expect(await opener.exited, opener.stderr()).toEqual({ code: 0, signal: null });
      outcomes = opener.lines.map((line) => JSON.parse(line) as Outcome);
    } else {
      outcomes = [
        await outcomeOf(LibraryStore.open(dir, { owner: 'cli' }).then((store) => store.close())),
        await outcomeOf(LibraryStore.open(dir, { owner: null }).then((store) => store.listArticles().length)),
      ];
    }
    await fs.chmod(dir, 0o755);

    expect(outcomes[0]).toMatchObject({ settled: 'rejected', isDatelineError: true, code: 'io', message: expect.stringMatching(NOT_ALLOWED) });
    expect(outcomes[1]).toEqual({ settled: 'resolved', value: 1 });
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await listTree(dir)).toEqual(tree);
  });
});
