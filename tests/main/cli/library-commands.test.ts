import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, SEED } from './run-in-process';


describe('the CLI’s search, tag, collection, export, import-notes, backup and restore commands', () => {
  let scratch: string;
  let library: string;
  let id: string;

  beforeEach(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-cli-library-'));
    library = path.join(scratch, 'library');
    id = /imported {2}([0-9a-f]{16})/.exec((await cli(['import', SEED, '--library', library])).stdout)?.[1] ?? '';
    await cli(['note', 'add', id, '--quote', 'Zhang Hanhui', '--text', 'Who is he?', '--library', library]);
  });
  afterEach(async () => {
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('searches article text and notes, marking the words found', async () => {
    const found = await cli(['search', '張漢暉', '--library', library]);
    expect(found).toMatchObject({ code: 0, stderr: '' });
    expect(found.stdout).toContain(`${id}  China’s counterterror`);
    expect(found.stdout).toContain('Zhang Hanhui («張漢暉»)');
    const json = JSON.parse((await cli(['search', 'Hanhui', '--json', '--library', library])).stdout) as { hits: { kind: string }[] };
    expect(json.hits.map((hit) => hit.kind).sort()).toEqual(['article', 'note']);
    expect(await cli(['search', '--library', library])).toMatchObject({ code: 2 });
  });

  it('deletes an article by the start of its id, saying how many notes went with it', async () => {
    const removed = await cli(['rm', id.slice(0, 6), '--library', library]);
    expect(removed).toMatchObject({ code: 0, stderr: '' });
    expect(removed.stdout).toMatch(new RegExp(`^removed  ${id}  China’s counterterror .* \\(its note was deleted with it; importing the article again brings it back\\)\n$`));
    expect((await cli(['list', '--library', library])).stdout).not.toContain(id);
    expect((await cli(['search', 'Hanhui', '--library', library])).stdout).not.toContain(id);
    const again = await cli(['rm', id, '--library', library]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^dateline: There is no article/);
    expect(await cli(['rm', '--library', library])).toMatchObject({ code: 2 });
    const imported = await cli(['import', SEED, '--library', library]);
    expect(imported.stdout).toContain(`imported  ${id}  China’s counterterror`);
    expect(imported.stdout).toContain('(1 earlier note brought back)');
    expect(JSON.parse((await cli(['notes', id, '--json', '--library', library])).stdout)).toEqual([expect.objectContaining({ isOrphaned: false })]);
  });

  it('tags an article, lists tags, and takes a tag off', async () => {
    expect((await cli(['tag', 'add', id.slice(0, 6), 'Xinjiang', '--library', library])).stdout).toBe(`${id}  Xinjiang\n`);
    expect((await cli(['tag', 'list', '--library', library])).stdout).toBe('    1  Xinjiang\n');
    expect((await cli(['tag', 'rm', id, 'xinjiang', '--library', library])).stdout).toBe(`${id}  (no tags)\n`);
    expect(await cli(['tag', 'rm', id, 'xinjiang', '--library', library])).toMatchObject({ code: 1 });
    expect(await cli(['tag', 'frobnicate', '--library', library])).toMatchObject({ code: 2 });
  });

  it('exports a collection as Markdown and an article as JSON-LD, and imports the JSON-LD into a restored backup', async () => {
    await cli(['collection', 'add', 'China 2019', id, '--library', library]);
    const markdown = await cli(['export', '--collection', 'China 2019', '--format', 'md', '--library', library]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^---\ntitle: "China’s counterterror/);
    expect(markdown.stdout).toContain('> Zhang Hanhui\n\nWho is he?');
    const jsonld = path.join(scratch, 'notes.jsonld');
    expect((await cli(['export', id, '--format', 'jsonld', '--out', jsonld, '--library', library])).stdout).toBe(`wrote  ${jsonld}\n`);
    expect(JSON.parse(await fs.readFile(jsonld, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(await cli(['export', id, '--library', library])).toMatchObject({ code: 2 });

    const archive = path.join(scratch, 'backup.tar.gz');
    expect((await cli(['backup', archive, '--library', library])).stdout).toBe(`backed up 1 articles and 1 notes files to ${archive}\n`);
    const copy = path.join(scratch, 'copy');
    expect(await cli(['restore', archive, '--library', copy])).toMatchObject({ code: 0 });
    expect(await cli(['restore', archive, '--library', copy])).toMatchObject({ code: 2 });
    const imported = await cli(['import-notes', jsonld, '--library', copy]);
    expect(imported).toMatchObject({ code: 0, stdout: '0 imported, 0 updated, 1 already in the library, 0 skipped.\n' });
    expect((await cli(['notes', id, '--library', copy])).stdout).toContain('Who is he?');
  });
});
