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

  it('imports a saved web page through the built import worker', async () => {
    const page = path.join(library, '..', `${path.basename(library)}-page.html`);
    const paragraph = 'The harbour authority said the storm closed every port on the coast on Tuesday, and that ships would wait offshore until the wind dropped. '.repeat(3);
    await fs.writeFile(page, `<!doctype html><html><head><title>Storm closes ports</title><meta property="article:published_time" content="2019-02-26T08:00:00Z"></head><body><article><h1>Storm closes ports</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`);
    try {
      expect(run(['import', page, '--library', library])).toMatchObject({ status: 0, stderr: '' });
      const list = JSON.parse(run(['list', '--json', '--library', library]).stdout) as Array<{ title: string; published: { value: string } | null }>;
      expect(list.find((meta) => meta.title === 'Storm closes ports')?.published?.value.slice(0, 10)).toBe('2019-02-26');
    } finally {
      await fs.rm(page, { force: true });
    }
  });
});
