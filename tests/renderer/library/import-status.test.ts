import * as fs from 'node:fs/promises';
import path from 'node:path';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ImportStatus from '../../../src-renderer/components/library/ImportStatus.svelte';
import { ImportState } from '../../../src-renderer/lib/state/import-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('ImportStatus over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('says how many notes came back with an article imported again after it was deleted', async () => {
    real = await openRealApi();
    const file = path.join(`${real.dir}-files`, 'story.txt');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'date 2019-03-01 AP, PARIS\n\nEnvoys met on Friday to talk about the ports, and agreed to meet again.');
    const imports = new ImportState(real.api);
    await imports.importPaths([file]);
    const id = real.services.articles.list()[0]?.id ?? '';
    await real.services.notes.create({ articleId: id, range: null, body: 'Follow up' });
    await real.services.notes.create({ articleId: id, range: { start: 0, end: 6 }, body: 'Which envoys?' });
    await real.services.articles.remove(id);

    await imports.importPaths([file]);
    render(ImportStatus, { imports });
    expect(screen.getByRole('status', { name: 'Import summary' }).textContent).toContain('1 article imported · 2 earlier notes brought back');
  });

  it('says nothing of notes for an article imported for the first time', async () => {
    real = await openRealApi();
    const file = path.join(`${real.dir}-files`, 'new.txt');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'date 2019-03-01 AP, PARIS\n\nEnvoys met on Friday to talk about the ports, and agreed to meet again.');
    const imports = new ImportState(real.api);
    await imports.importPaths([file]);
    render(ImportStatus, { imports });
    expect(screen.getByRole('status', { name: 'Import summary' }).textContent).not.toContain('brought back');
  });
});
