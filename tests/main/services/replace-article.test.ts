import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceArticle } from '../../../src-main/services/replace-article';
import { openTempLibrary, rangeOf, type TempLibrary } from '../support/library-fixture';

const FIRST = 'China said on Friday that talks with envoys from more than 80 countries had gone well.';
const SECOND = 'A spokesman for the ministry of foreign affairs would not say which countries took part.';
const THIRD = 'Rights groups said the camps hold about a million people, a figure Beijing disputes.';

describe('replacing an article with a newer version', () => {
  let library: TempLibrary;
  let oldId: string;
  let files: string;

  beforeEach(async () => {
    library = await openTempLibrary('dateline-replace-');
    files = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-replace-files-'));
    oldId = await library.add('Envoys meet in Beijing', [FIRST, SECOND, THIRD]);
  });
  afterEach(async () => {
    await library.close();
    await fs.rm(files, { recursive: true, force: true });
  });

  /** Writes the updated page: a paragraph added at the top, one word changed, the second paragraph cut. */
  async function newerVersion(): Promise<string> {
    const file = path.join(files, 'updated.txt');
    const lead = 'UPDATED with reaction from the United States.';
    await fs.writeFile(file, `Envoys meet in Beijing\n\ndate 2019-02-25 Reuters, BEIJING\n\n${lead}\n\n${FIRST}\n\n${THIRD.replace('about', 'roughly')}\n`);
    return file;
  }

  it('carries notes, tags and collections over, re-anchors each note in the new text, and orphans one whose passage is gone', async () => {
    const { services } = library;
    const text = (await services.articles.get(oldId)).content.text;
    await services.notes.create({ articleId: oldId, range: rangeOf(text, 'more than 80 countries'), body: 'Which 80?' });
    await services.notes.create({ articleId: oldId, range: rangeOf(text, 'would not say which countries took part'), body: 'Evasive.' });
    await services.notes.create({ articleId: oldId, range: rangeOf(text, 'the camps hold about a million people'), body: 'Source of the figure?' });
    await services.notes.create({ articleId: oldId, range: null, body: 'On the whole article' });
    await services.tags.add(oldId, 'xinjiang');
    const group = await services.collections.create('China');
    await services.collections.setMembers(group.id, [oldId], true);

    const summary = await replaceArticle(services, oldId, await newerVersion());

    expect(summary).toMatchObject({ oldId, title: 'Envoys meet in Beijing', notes: 4, orphaned: 1, tags: 1, collections: 1 });
    expect(services.articles.list().map((meta) => meta.id)).toEqual([summary.id]);
    const newText = (await services.articles.get(summary.id)).content.text;
    const notes = await services.notes.list(summary.id);
    const placed = Object.fromEntries(notes.map((note) => [note.body, note.anchor ? newText.slice(note.anchor.start, note.anchor.end) : note.isOrphaned ? 'orphaned' : 'whole article']));
    expect(placed).toEqual({
      'Which 80?': 'more than 80 countries',
      'Evasive.': 'orphaned',
      'Source of the figure?': 'the camps hold roughly a million people',
      'On the whole article': 'whole article',
    });
    expect(services.tags.tagsOf(summary.id)).toContain('xinjiang');
    expect(services.collections.get(group.id).articleIds).toEqual([summary.id]);
    expect((await services.notes.list(summary.id)).map((note) => note.id)).not.toEqual(expect.arrayContaining((await library.services.store.notes.list(oldId)).map((note) => note.id)));
  });

  it('refuses the same text and a file it cannot import, and changes nothing', async () => {
    const { services } = library;
    const same = path.join(files, 'same.txt');
    await fs.writeFile(same, `Envoys meet in Beijing\n\ndate 2019-02-25 Reuters, BEIJING\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
    await expect(replaceArticle(services, oldId, same)).rejects.toMatchObject({ code: 'invalid-input' });
    const empty = path.join(files, 'empty.txt');
    await fs.writeFile(empty, '');
    await expect(replaceArticle(services, oldId, empty)).rejects.toMatchObject({ code: 'import-failed' });
    await expect(replaceArticle(services, 'ffffffffffffffff', await newerVersion())).rejects.toMatchObject({ code: 'not-found' });
    expect(services.articles.list().map((meta) => meta.id)).toEqual([oldId]);
  });
});
