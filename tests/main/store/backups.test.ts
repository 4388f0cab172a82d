import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_GENERATIONS, listBackups, newestGoodBackup, snapshot } from '../../../src-main/store/backups';
import { LibraryStore } from '../../../src-main/store/library-store';
import { useTempDirs } from '../../support/temp-library';
import { steppingClock } from '../../support/test-articles';

describe('library.json backups', () => {
  const makeTempDir = useTempDirs('dateline-backups-');

  async function setUp(): Promise<{ file: string; backups: string; now: () => Date }> {
    const dir = await makeTempDir();
    return { file: path.join(dir, 'library.json'), backups: path.join(dir, 'backups'), now: steppingClock() };
  }

  it(`keeps the newest ${BACKUP_GENERATIONS} generations, newest first`, async () => {
    const { file, backups, now } = await setUp();
    const generations = BACKUP_GENERATIONS + 5;
    for (let generation = 0; generation < generations; generation += 1) {
      await fs.writeFile(file, `{"generation": ${generation}}\n`);
      await snapshot(file, backups, now());
    }
    const kept = await listBackups(backups);
    expect(kept).toHaveLength(BACKUP_GENERATIONS);
    expect(await fs.readdir(backups)).toHaveLength(BACKUP_GENERATIONS);
    const contents = await Promise.all(kept.map((backup) => fs.readFile(backup, 'utf8')));
    const expected = Array.from({ length: BACKUP_GENERATIONS }, (_, index) => `{"generation": ${generations - 1 - index}}\n`);
    expect(contents).toEqual(expected);
  });

  it('skips a snapshot identical to the newest generation', async () => {
    const { file, backups, now } = await setUp();
    await fs.writeFile(file, '{"a": 1}\n');
    await snapshot(file, backups, now());
    await snapshot(file, backups, now());
    expect(await listBackups(backups)).toHaveLength(1);
    await fs.writeFile(file, '{"a": 2}\n');
    await snapshot(file, backups, now());
    await snapshot(file, backups, now());
    expect(await listBackups(backups)).toHaveLength(2);
    // Only the newest generation is compared: going back to older bytes is a new generation.
    await fs.writeFile(file, '{"a": 1}\n');
    await snapshot(file, backups, now());
    expect(await Promise.all((await listBackups(backups)).map((backup) => fs.readFile(backup, 'utf8')))).toEqual(['{"a": 1}\n', '{"a": 2}\n', '{"a": 1}\n']);
  });

  it('finds the newest backup that is accepted, skipping damaged and refused ones', async () => {
    const { file, backups, now } = await setUp();
    for (const text of ['{"n": 1}', '{"n": 2}', '{"n": 3, "refuse": true}', '{"n": 4']) {
      await fs.writeFile(file, text);
      await snapshot(file, backups, now());
    }
    const found = await newestGoodBackup(backups, (data) => ((data as { refuse?: boolean }).refuse ? null : (data as { n: number })));
    expect(found?.data).toEqual({ n: 2 });
    expect(found && (await fs.readFile(found.file, 'utf8'))).toBe('{"n": 2}');
    expect(await newestGoodBackup(path.join(file, 'nowhere'), () => ({}))).toBeNull();
  });

  it('are taken by the store on open, one per changed index, never more than the limit', async () => {
    const dir = await makeTempDir();
    const now = steppingClock();
    const backups = path.join(dir, 'backups');
    const opens = BACKUP_GENERATIONS + 3;
    for (let open = 0; open < opens; open += 1) {
      const store = await LibraryStore.open(dir, { owner: 'cli', now });
      await store.updateSettings({ fontSize: 14 + open });
      await store.close();
    }
    // The first open creates library.json, so it has nothing to back up.
    expect(await listBackups(backups)).toHaveLength(BACKUP_GENERATIONS);
    const [newest] = await listBackups(backups);
    expect(JSON.parse(await fs.readFile(newest ?? '', 'utf8'))).toMatchObject({ settings: { fontSize: 14 + opens - 2 } });

    // The next open backs up the last change; opens that change nothing add no generation.
    await (await LibraryStore.open(dir, { owner: 'cli', now })).close();
    const afterLastChange = await listBackups(backups);
    expect(await fs.readFile(afterLastChange[0] ?? '')).toEqual(await fs.readFile(path.join(dir, 'library.json')));
    for (let open = 0; open < 3; open += 1) await (await LibraryStore.open(dir, { owner: 'cli', now })).close();
    expect(await listBackups(backups)).toEqual(afterLastChange);
  });
});
