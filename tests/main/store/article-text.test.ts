import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleText } from '../../../src-main/store/article-text';

describe('reading just the text of an article', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-article-text-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function write(id: string, contents: string): Promise<void> {
    await fs.mkdir(path.join(dir, 'articles', id), { recursive: true });
    await fs.writeFile(path.join(dir, 'articles', id, 'content.json'), contents);
  }

  // Quotes, a field-like passage, backslashes and non-ASCII inside the text itself.
  const text = 'He said "text": "no" and \\"text\\" twice.\n\nC:\\temp\\ — 張漢暉 "}';
  const blocks = [{ type: 'paragraph', text: 'He said' }, { type: 'paragraph', text: 'C:\\temp' }];

  it.each([
    ['pretty-printed, text last', JSON.stringify({ schemaVersion: 1, meta: { title: 'x' }, blocks, text }, null, 2) + '\n'],
    ['compact, text last', JSON.stringify({ schemaVersion: 1, meta: { title: 'x' }, blocks, text })],
    ['text first, blocks last', JSON.stringify({ schemaVersion: 1, text, meta: { title: 'x' }, blocks }, null, 2)],
    ['text before one more field', JSON.stringify({ schemaVersion: 1, blocks, text, extra: 'a "text": "b"' })],
  ])('reads it whatever the layout of content.json: %s', async (_layout, contents) => {
    await write('a1', contents);
    expect(await readArticleText(dir, 'a1')).toBe(text);
  });

  it('says the article is damaged when content.json holds no text, and gone when it is missing', async () => {
    await write('a2', JSON.stringify({ schemaVersion: 1, blocks: [{ type: 'paragraph', text: 'only a block' }] }));
    await expect(readArticleText(dir, 'a2')).rejects.toMatchObject({ code: 'io' });
    await write('a3', '{"schemaVersion": 1, "text": "cut off');
    await expect(readArticleText(dir, 'a3')).rejects.toMatchObject({ code: 'io' });
    await expect(readArticleText(dir, 'a4')).rejects.toMatchObject({ code: 'not-found' });
  });
});
