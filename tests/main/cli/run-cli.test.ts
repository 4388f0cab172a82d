import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, SEED } from './run-in-process';
import { LOCK_FILE } from '../../../src-main/store/library-lock';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the dateline CLI', () => {
  let library: string;
  beforeEach(async () => {
    library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-cli-'));
  });
  afterEach(async () => {
    await fs.rm(library, { recursive: true, force: true });
  });

  it('imports, lists and shows an article, in text and JSON', async () => {
    const imported = await cli(['import', SEED, '--library', library]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const id = /imported {2}([0-9a-f]{16})/.exec(imported.stdout)?.[1] ?? '';
    expect(id).toMatch(/^[0-9a-f]{16}$/);

    const list = await cli(['list', '--library', library]);
    expect(list.stdout).toContain(`${id}  2019-02-25  Reuters`);
    const listJson = JSON.parse((await cli(['list', '--json', '--library', library])).stdout);
    expect(listJson).toEqual([expect.objectContaining({ id, source: 'Reuters', place: 'Beijing', published: { value: '2019-02-25', origin: 'dateline' } })]);

    const shown = await cli(['show', id.slice(0, 6), '--library', library]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[1]).toBe('25 February 2019 · Reuters · Beijing');
    expect(shown.stdout).toContain('Zhang Hanhui (張漢暉)');
    const shownJson = JSON.parse((await cli(['show', id, '--json', '--library', library])).stdout);
    expect(shownJson.content.blocks).toHaveLength(11);
  });

  it('uses $DATELINE_LIBRARY when no --library is given', async () => {
    expect((await cli(['import', SEED], { DATELINE_LIBRARY: library })).code).toBe(0);
    expect(await fs.readdir(path.join(library, 'articles'))).toHaveLength(1);
  });

  it('says the library is empty and how to fill it', async () => {
    expect((await cli(['list', '--library', library])).stdout).toMatch(/has no articles yet\. Import some with: dateline import/);
  });

  it('reports each bad file on one stderr line, exits 1, imports the good ones and leaves the rest alone', async () => {
    const empty = path.join(library, '..', `${path.basename(library)}-empty.txt`);
    await fs.writeFile(empty, '');
    try {
      const result = await cli(['import', path.join(library, 'missing.txt'), empty, SEED, '--library', library]);
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^dateline: cannot import .*missing\.txt: There is no file at/);
      expect(lines[1]).toMatch(/^dateline: cannot import .*-empty\.txt: .* is empty/);
      expect(result.stdout).toMatch(/imported {2}[0-9a-f]{16}/);
    } finally {
      await fs.rm(empty, { force: true });
    }
  });

  it('explains wrong usage and exits 2', async () => {
    expect(await cli(['frobnicate', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^dateline: there is no "frobnicate" command/) });
    expect(await cli(['import', '--library', library])).toMatchObject({ code: 2, stderr: expect.stringMatching(/import needs at least one file/) });
    expect(await cli(['list', '--bogus'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Run "dateline --help"/) });
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: dateline') });
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('import <file…>') });
  });

  it('says which article is missing', async () => {
    await cli(['import', SEED, '--library', library]);
    expect(await cli(['show', 'ffffffffffffffff', '--library', library])).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no article "ffffffffffffffff"/) });
  });

  it('refuses to change a library the app has open, saying so, but still reads it', async () => {
    await cli(['import', SEED, '--library', library]);
    // The parent process stands in for a running app: it is alive and is not this process.
    await fs.writeFile(path.join(library, LOCK_FILE), JSON.stringify({ pid: process.ppid, owner: 'app', hostname: os.hostname(), since: new Date().toISOString() }));
    const before = await fs.readFile(path.join(library, 'library.json'));
    const other = path.join(library, '..', `${path.basename(library)}-other.txt`);
    await fs.writeFile(other, 'Another article entirely.');
    try {
      const result = await cli(['import', other, '--library', library]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^dateline: The Dateline app has the library at .* open\. Close the app/);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(await fs.readFile(path.join(library, 'library.json'))).toEqual(before);
      expect((await cli(['list', '--library', library])).stdout).toContain('Reuters');
    } finally {
      await fs.rm(other, { force: true });
    }
  });

  it('runs as a real process: exit code and one line on stderr', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src-main', 'cli.ts'), 'import', path.join(library, 'nothing.txt'), '--library', library], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^dateline: cannot import .*nothing\.txt: There is no file at/)]);
  });
});
