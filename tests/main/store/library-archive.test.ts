import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupLibrary, restoreLibrary } from '../../../src-main/services/backup';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

/** Every file of the user's data in a library, by path, with a hash of its bytes. */
async function userData(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (/^(\.local|backups)[/\\]|^\.dateline\.lock$/.test(relative)) continue;
    files[relative] = createHash('sha256').update(await fs.readFile(path.join(dir, relative))).digest('hex');
  }
  return files;
}

describe('backing up and restoring a library', () => {
  let library: TempLibrary;
  let scratch: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-archive-');
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-archive-out-'));
    const id = await library.add('Envoys meet in Beijing', ['Envoys met on Friday.', 'A second paragraph.']);
    const text = (await library.services.articles.get(id)).content.text;
    await library.services.notes.create({ articleId: id, range: rangeOf(text, 'on Friday'), body: 'Which Friday?', tags: ['dates'] });
    await library.services.tags.add(id, 'China');
    const collection = await library.services.collections.create('Talks');
    await library.services.collections.setMembers(collection.id, [id], true);
    await library.services.reading.update({ articleId: id, offset: 5, isRead: true });
    await library.services.search.search({ query: 'envoys' });
  });
  afterEach(async () => {
    await library.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('restores a wiped library to exactly the files it had', async () => {
    const archive = path.join(scratch, 'library.tar.gz');
    const summary = await backupLibrary(library.services.store, archive);
    expect(summary).toMatchObject({ articles: 1, notesFiles: 1 });
    await library.services.store.close();
    const before = await userData(library.dir);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['library.json', 'reading.json']));
    expect(Object.keys(before).filter((file) => file.startsWith('notes'))).toHaveLength(1);
    await fs.rm(library.dir, { recursive: true });

    const restored = await restoreLibrary(archive, library.dir, false);
    expect(restored).toMatchObject({ articles: 1, notesFiles: 1, previous: null });
    expect(await userData(library.dir)).toEqual(before);
    const services = await library.reopen();
    expect(services.tags.tagsOf(services.articles.list()[0]?.id ?? '')).toEqual(['China']);
    // "which" is one of the little words search leaves out, so the note and the article match.
    const { hits } = await services.search.search({ query: 'which friday' });
    expect(hits.filter((hit) => hit.kind === 'note')).toHaveLength(1);
  });

  it('refuses a folder that is not empty unless told to replace it, and then keeps the old library beside it', async () => {
    const archive = path.join(scratch, 'library.tar.gz');
    await backupLibrary(library.services.store, archive);
    await library.services.store.close();
    await expect(restoreLibrary(archive, library.dir, false)).rejects.toMatchObject({ code: 'invalid-input' });
    const before = await userData(library.dir);
    const restored = await restoreLibrary(archive, library.dir, true);
    expect(restored.previous).toMatch(/\.before-restore-\d{8}T\d{9}Z$/);
    expect(await userData(restored.previous ?? '')).toEqual(before);
    expect(await userData(library.dir)).toEqual(before);
    await fs.rm(restored.previous ?? '', { recursive: true, force: true });
    await library.reopen();
  });

  it('refuses to restore over a library that is open', async () => {
    const archive = path.join(scratch, 'library.tar.gz');
    await backupLibrary(library.services.store, archive);
    await expect(restoreLibrary(archive, library.dir, true)).rejects.toMatchObject({ code: 'io' });
    expect((await fs.readdir(path.dirname(library.dir))).filter((name) => name.startsWith(`${path.basename(library.dir)}.`))).toEqual([]);
  });

  it.each([
    ['a damaged archive', async (file: string) => fs.writeFile(file, Buffer.from('not a gzip file at all'))],
    ['an archive whose library.json is garbled', async (file: string, dir: string) => {
      await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
      await fs.writeFile(path.join(dir, 'library.json'), '{"schemaVersion": 2, "libr');
      await tar.create({ gzip: true, file, cwd: dir }, ['library.json', 'articles']);
    }],
    ['an archive with a path out of the folder', async (file: string, dir: string) => {
      await fs.mkdir(path.join(dir, 'inner'), { recursive: true });
      await fs.writeFile(path.join(dir, 'evil.txt'), 'x');
      await tar.create({ gzip: true, file, cwd: path.join(dir, 'inner'), preservePaths: true }, ['../evil.txt']);
    }],
  ])('restores nothing from %s and leaves the target as it was', async (_what, make) => {
    const file = path.join(scratch, 'bad.tar.gz');
    const source = await fs.mkdtemp(path.join(scratch, 'source-'));
    await make(file, source);
    const target = path.join(scratch, 'target');
    await expect(restoreLibrary(file, target, false)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fs.access(target)).rejects.toThrow();
    expect((await fs.readdir(scratch)).filter((name) => name.includes('restoring'))).toEqual([]);
  });
});
