import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, SEED } from './run-in-process';


describe('dateline notes and note', () => {
  let library: string;
  let id: string;
  beforeEach(async () => {
    library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-cli-notes-'));
    const imported = await cli(['import', SEED, '--library', library]);
    id = /imported {2}([0-9a-f]{16})/.exec(imported.stdout)?.[1] ?? '';
  });
  afterEach(async () => fs.rm(library, { recursive: true, force: true }));

  it('adds a note on a quoted passage, lists it, and deletes it', async () => {
    const added = await cli(['note', 'add', id, '--quote', 'told foreign envoys on Friday', '--text', 'Which envoys?', '--color', 'green', '--library', library]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const noteId = /added {2}(\S+)/.exec(added.stdout)?.[1] ?? '';

    const listed = await cli(['notes', id, '--library', library]);
    expect(listed.stdout).toContain(`${noteId}  [green]  “told foreign envoys on Friday”`);
    expect(listed.stdout).toContain('Which envoys?');
    const asJson = JSON.parse((await cli(['notes', id, '--json', '--library', library])).stdout);
    expect(asJson).toEqual([expect.objectContaining({ id: noteId, body: 'Which envoys?', color: 'green', anchor: expect.any(Object) })]);

    expect(await cli(['note', 'rm', noteId, '--library', library])).toMatchObject({ code: 0, stdout: `deleted  ${noteId}\n` });
    expect((await cli(['notes', id, '--library', library])).stdout).toMatch(/^No notes on/);
    expect(await cli(['note', 'rm', noteId, '--library', library])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^dateline: There is no note/) });
  });

  it('keeps notes on an article replaced by its newer version (dateline replace), re-anchored in the new text', async () => {
    await cli(['note', 'add', id, '--quote', 'told foreign envoys on Friday', '--text', 'Which envoys?', '--library', library]);
    const seed = await fs.readFile(SEED, 'utf8');
    const newer = path.join(library, '..', `${path.basename(library)}-newer.txt`);
    await fs.writeFile(newer, seed.replace('should be applauded', 'should be widely applauded').replace('China is stepping up', 'China has been stepping up'));
    try {
      const replaced = await cli(['replace', id.slice(0, 6), newer, '--library', library]);
      expect(replaced).toMatchObject({ code: 0, stderr: '' });
      expect(replaced.stdout).toMatch(/^replaced [0-9a-f]{16} by [0-9a-f]{16} .*\n {2}1 note carried over\n$/);
      const newId = /by ([0-9a-f]{16})/.exec(replaced.stdout)?.[1] ?? '';
      const notes = JSON.parse((await cli(['notes', newId, '--json', '--library', library])).stdout) as Array<{ body: string; isOrphaned: boolean }>;
      expect(notes).toEqual([expect.objectContaining({ body: 'Which envoys?', isOrphaned: false })]);
      expect((await cli(['list', '--library', library])).stdout).not.toContain(id);
      expect(await cli(['replace', newId, '--library', library])).toMatchObject({ code: 2 });
    } finally {
      await fs.rm(newer, { force: true });
    }
  });

  it('adds a note on the whole article', async () => {
    expect((await cli(['note', 'add', id, '--text', 'Background reading', '--library', library])).code).toBe(0);
    expect((await cli(['notes', id, '--library', library])).stdout).toContain('whole article');
  });

  it('explains a quote that is not in the text, is ambiguous, or a colour that does not exist', async () => {
    expect(await cli(['note', 'add', id, '--quote', 'not in this article', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not in the article's text/) });
    expect(await cli(['note', 'add', id, '--quote', 'the ministry said', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/occurs more than once/) });
    expect(await cli(['note', 'add', id, '--quote', 'envoys', '--color', 'mauve', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/"mauve" is not a note colour/) });
    expect(await cli(['note', 'add', id, '--library', library])).toMatchObject({ code: 2 });
    expect(await cli(['note', 'frob', '--library', library])).toMatchObject({ code: 2 });
  });
});
