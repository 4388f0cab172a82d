import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { REPO_ROOT } from './support/harness';

const BIN = path.join(REPO_ROOT, packageJson.bin.dateline);
const SEED = path.join(REPO_ROOT, 'seeds', '000_63e29c006cf6ab1d.txt');

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATELINE_LIBRARY: '' } });
}

describe('the built dateline command (package bin)', () => {
  let library: string;
  beforeAll(async () => {
    library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-bin-'));
  });
  afterAll(async () => fs.rm(library, { recursive: true, force: true }));

  it('is a Node script that prints its version', async () => {
    expect((await fs.readFile(BIN, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` });
  });

  it('imports, lists and shows the seed from the built files', () => {
    expect(run(['import', SEED, '--library', library])).toMatchObject({ status: 0, stderr: '' });
    const list = run(['list', '--json', '--library', library]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ source: 'Reuters', place: 'Beijing' })]);
    const shown = run(['show', JSON.parse(list.stdout)[0].id, '--library', library]);
    expect(shown.stdout).toContain('25 February 2019 · Reuters · Beijing');
  });
});
