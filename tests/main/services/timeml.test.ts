import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTimeMlFolder } from '../../../src-main/services/timeml';

const DOCUMENT = (dct: string) =>
  `<TimeML>${dct ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>` : ''}<TEXT>\nHe left <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.\n</TEXT></TimeML>`;

describe('readTimeMlFolder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-timeml-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('reads every .tml file below the folder, sorted, with its text and DCT', async () => {
    await fs.mkdir(path.join(folder, 'sub'));
    await fs.writeFile(path.join(folder, 'sub', 'b.tml'), DOCUMENT(''));
    await fs.writeFile(path.join(folder, 'a.tml'), DOCUMENT('1998-08-07'));
    await fs.writeFile(path.join(folder, 'notes.txt'), 'not TimeML');
    const files = await readTimeMlFolder(folder);
    expect(files).toEqual([
      { name: 'a.tml', dct: '1998-08-07', text: '\nHe left Friday.\n' },
      { name: 'b.tml', dct: null, text: '\nHe left Friday.\n' },
    ]);
  });

  it('says what is wrong with a missing folder, an empty one and a file without TEXT', async () => {
    await expect(readTimeMlFolder(path.join(folder, 'missing'))).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(readTimeMlFolder(folder)).rejects.toThrow(/no \.tml files/);
    await fs.writeFile(path.join(folder, 'broken.tml'), '<TimeML></TimeML>');
    await expect(readTimeMlFolder(folder)).rejects.toMatchObject({ code: 'import-failed', message: expect.stringContaining('broken.tml') });
  });
});
