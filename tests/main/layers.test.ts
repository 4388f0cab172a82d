import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface ImportStatement {
  file: string;
  specifier: string;
  isTypeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|svelte)$/.test(name))
    .map((name) => path.join(dir, name));
}

function importsOf(file: string): ImportStatement[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const statements: ImportStatement[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const specifier = match[3] ?? match[4] ?? match[5] ?? '';
    statements.push({ file, specifier, isTypeOnly: Boolean(match[2]) });
  }
  return statements;
}

/** The folder of src-main a relative import lands in ("shared", "core", …), or the package name. */
function target(statement: ImportStatement): string {
  if (!statement.specifier.startsWith('.')) return statement.specifier.startsWith('node:') ? 'node:' : statement.specifier.split('/')[0] ?? '';
  const resolved = path.relative(ROOT, path.resolve(ROOT, path.dirname(statement.file), statement.specifier));
  const [top, layer] = resolved.split(path.sep);
  if (top === 'src-main') return `src-main/${layer ?? ''}`;
  return top ?? '';
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'util', 'url', 'http', 'stream', 'events']);

function violations(dir: string, isAllowed: (statement: ImportStatement, to: string) => boolean): string[] {
  return sourceFiles(dir)
    .flatMap(importsOf)
    .filter((statement) => !isAllowed(statement, target(statement)))
    .map((statement) => `${statement.file} imports ${statement.specifier}`);
}

describe('the layer rule of DESIGN.md', () => {
  it('keeps shared/ to itself and zod', () => {
    expect(violations('src-main/shared', (_statement, to) => to === 'src-main/shared' || to === 'zod')).toEqual([]);
  });

  it('keeps core/ pure: shared/, itself and pure libraries, never electron, node: or the disk', () => {
    const pure = new Set(['src-main/shared', 'src-main/core', 'chrono-node', 'approx-string-match']);
    expect(violations('src-main/core', (_statement, to) => pure.has(to))).toEqual([]);
  });

  it('keeps Electron out of store/, services/ and the CLI', () => {
    for (const dir of ['src-main/store', 'src-main/services', 'src-main/cli']) {
      expect(violations(dir, (statement, to) => statement.isTypeOnly || (to !== 'electron' && !to.startsWith('src-main/ipc') && !to.startsWith('src-main/windows') && !to.startsWith('src-main/preload')))).toEqual([]);
    }
    expect(importsOf('src-main/cli.ts').filter((statement) => statement.specifier === 'electron')).toEqual([]);
  });

  it('keeps store/ and services/ free of bare Node module names (node: prefix only)', () => {
    expect(violations('src-main/store', (statement) => !NODE_BUILTINS.has(statement.specifier))).toEqual([]);
    expect(violations('src-main/services', (statement) => !NODE_BUILTINS.has(statement.specifier))).toEqual([]);
  });

  it('lets the renderer reach only src-main/shared, and only zod-free modules at run time', () => {
    const zodModules = new Set(
      sourceFiles('src-main/shared').filter((file) => importsOf(file).some((statement) => statement.specifier === 'zod' && !statement.isTypeOnly)),
    );
    const found = violations('src-renderer', (statement, to) => {
      if (to === 'electron' || to === 'node:' || NODE_BUILTINS.has(statement.specifier)) return false;
      if (!to.startsWith('src-main')) return true;
      if (to !== 'src-main/shared') return false;
      const resolved = path.relative(ROOT, path.resolve(ROOT, path.dirname(statement.file), `${statement.specifier}.ts`));
      return statement.isTypeOnly || !zodModules.has(resolved);
    });
    expect(found).toEqual([]);
  });

  it('never renders markup with {@html}', () => {
    const offenders = sourceFiles('src-renderer').filter((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').includes('{@html'));
    expect(offenders).toEqual([]);
  });

  it('finds imports at all, so the checks above can fail', () => {
    expect(importsOf('src-main/index.ts').some((statement) => statement.specifier === 'electron')).toBe(true);
    expect(importsOf('src-renderer/App.svelte').length).toBeGreaterThan(3);
  });
});
