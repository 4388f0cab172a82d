import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportState } from '../../../src-renderer/lib/state/import-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('ImportState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  async function writeStory(name: string, dateline: string): Promise<string> {
    const file = path.join(`${real.dir}-files`, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `${dateline}\n\nA story filed as ${name}, long enough to read as an article.`);
    return file;
  }

  it('imports what main asks for (File → Import), with progress and a summary in the window', async () => {
    real = await openRealApi();
    const imports = new ImportState(real.api);
    const seen: number[] = [];
    const imported = new Promise<void>((resolve) => {
      imports.onImported = (summary) => {
        seen.push(summary.imported);
        resolve();
      };
    });
    real.push('import:requested', { paths: [await writeStory('menu.txt', 'date 2019-03-01 AP, PARIS')] });
    expect(imports.isImporting).toBe(true);
    await imported;
    expect(seen).toEqual([1]);
    expect(imports.summary?.imported).toBe(1);
    expect(real.services.articles.list().map((meta) => meta.place)).toContain('Paris');
  });

  it('imports paths that arrive during an import after it, instead of refusing them', async () => {
    real = await openRealApi();
    const imports = new ImportState(real.api);
    const summaries: number[] = [];
    imports.onImported = (summary) => void summaries.push(summary.imported);
    const one = await writeStory('one.txt', 'date 2019-03-01 AP, PARIS');
    const two = await writeStory('two.txt', 'date 2019-03-02 AP, ROME');
    const first = imports.importPaths([one]);
    real.push('import:requested', { paths: [two] });
    await first;
    await vi.waitFor(() => expect(summaries).toEqual([1, 1]));
    expect(imports.error).toBeNull();
    expect(real.services.articles.list().map((meta) => meta.place).sort()).toEqual(['Beijing', 'Paris', 'Rome']);
  });
});
