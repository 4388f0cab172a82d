import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleTexts } from '../../../src-main/services/article-texts';
import { openTempLibrary, type TempLibrary } from '../support/library-fixture';

describe('the texts of the articles being annotated', () => {
  let library: TempLibrary;
  let ids: string[];

  beforeEach(async () => {
    library = await openTempLibrary('dateline-texts-');
    ids = [await library.add('First', ['Envoys met on Friday.']), await library.add('Second', ['Talks ended on Monday.']), await library.add('Third', ['Nothing happened.'])];
  });
  afterEach(async () => {
    await library.close();
  });

  const contentFile = (id: string) => path.join(library.dir, 'articles', id, 'content.json');

  it('reads a text once and keeps the most recently used ones, up to its size', async () => {
    const texts = new ArticleTexts(library.dir, 2);
    const [first, second, third] = ids as [string, string, string];
    expect(await texts.get(first)).toBe((await library.services.articles.get(first)).content.text);
    await texts.get(second);
    await texts.get(first);
    // The files are gone: what is kept is answered from memory, what was let go is read (and missed).
    await fs.rm(contentFile(first));
    await fs.rm(contentFile(second));
    expect(await texts.get(first)).toContain('Envoys met on Friday.');
    await texts.get(third);
    await expect(texts.get(second)).rejects.toMatchObject({ code: 'not-found' });
    texts.forget(first);
    await expect(texts.get(first)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets note saves go on without reading content.json again', async () => {
    const [first] = ids as [string];
    const note = await library.services.notes.create({ articleId: first, range: { start: 0, end: 5 }, body: 'one' });
    await fs.writeFile(contentFile(first), 'not json');
    const updated = await library.services.notes.update({ articleId: first, id: note.id, body: 'two' });
    expect(updated).toMatchObject({ body: 'two', isOrphaned: false, anchor: note.anchor });
  });
});
