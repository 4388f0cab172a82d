import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-library';
import { REPO_ROOT } from './builder-config';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'check-electronegativity.mjs');
// The header and rows as electronegativity 1.10 writes them.
const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const MEDIUM = 'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","/app/src-main/windows/security.ts","56:55","if (a, b) await shell.openExternal(url);","Review the use of openExternal",https://example.org/wiki';
const HIGH = 'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","/app/src-main/windows/main-window.ts","27:17","const window = new BrowserWindow({ title: ""x"" })","Review the use of the contextIsolation option",https://example.org/wiki';

describe('scripts/check-electronegativity.mjs', () => {
  const tempDir = useTempDirs('dateline-eneg-');
  const check = async (lines: string[] | null) => {
    const report = path.join(await tempDir(), 'report.csv');
    if (lines) await fs.writeFile(report, `${lines.join('\n')}\n`);
    return spawnSync(process.execPath, [SCRIPT, report], { encoding: 'utf8' });
  };

  it('passes a report with only MEDIUM findings, counting them', async () => {
    const result = await check([HEADER, MEDIUM, MEDIUM]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 findings {"MEDIUM":2}');
  });

  it('fails on a HIGH finding and names it', async () => {
    const result = await check([HEADER, MEDIUM, HIGH]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK at /app/src-main/windows/main-window.ts:27:17');
    expect(result.stderr).toContain('const window = new BrowserWindow({ title: "x" })');
  });

  it('fails when the scan wrote no report, or something else', async () => {
    expect((await check(null)).status).toBe(1);
    const notAReport = await check(['name,value', 'a,b']);
    expect(notAReport.status).toBe(1);
    expect(notAReport.stderr).toContain('no "issue" column');
  });
});
