import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listPackage, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { REPO_ROOT } from './support/harness';

/**
 * Packs the built app the way `npm run dist:linux` would, but with `--dir` (no installer) and
 * with `electronDist` pointed at a stand-in Electron folder, so nothing is downloaded. The stand-in
 * "binary" carries Electron's fuse wire, so the packed app also shows which fuses were flipped.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** @electron/fuses' V1 order; every fuse starts at the opposite of what electron-builder.yml asks. */
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'] as const;
const INITIAL_WIRE = '10110001';

let work: string;
let appDir: string;
let files: string[];
let log = '';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env });
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
}

beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'out/main/index.js'))) throw new Error('out/ is missing: run `npm run build` before the packaging test.');
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-pack-'));
  const electronDist = path.join(work, 'electron-dist');
  await fs.mkdir(path.join(electronDist, 'resources'), { recursive: true });
  await fs.mkdir(path.join(electronDist, 'locales'));
  await fs.writeFile(path.join(electronDist, 'locales', 'en-US.pak'), '');
  const binary = Buffer.concat([Buffer.from('stand-in for the Electron binary\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(INITIAL_WIRE), Buffer.from('\n')]);
  await fs.writeFile(path.join(electronDist, 'electron'), binary, { mode: 0o755 });
  const output = path.join(work, 'dist');
  // A dead proxy and an empty cache: if electron-builder tried to download anything, the pack would fail.
  const offline = { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', ELECTRON_CACHE: path.join(work, 'cache'), electron_config_cache: path.join(work, 'cache'), CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  const args = [path.join(REPO_ROOT, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`];
  const status = await run(process.execPath, args, offline);
  if (status !== 0) throw new Error(`electron-builder --dir failed (${status}):\n${log}`);
  appDir = path.join(output, 'linux-unpacked');
  files = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((file) => file.split(path.sep).join('/'));
});

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

const lock = JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
/** "name@version" of every package the lock file says production code needs (not marked `dev`). */
const PRODUCTION_PACKAGES = new Set(
  Object.entries(lock.packages).flatMap(([folder, entry]) => (folder && !entry.dev ? [`${folder.slice(folder.lastIndexOf('node_modules/') + 13)}@${entry.version}`] : [])),
);
const isPackageRoot = (file: string) => /\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(file);

describe('the packed app (electron-builder --dir, offline)', () => {
  it('holds the built main, preload and renderer, the samples and package.json', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/cli.js', '/out/main/import-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
    expect(files.filter((file) => file.startsWith('/seeds/') && file.endsWith('.txt')).length).toBeGreaterThan(0);
  });

  it('runs its main entry from the asar, with the import worker inside it too', () => {
    const packed = JSON.parse(extractFile(path.join(appDir, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { main: string };
    expect(files).toContain(`/${packed.main}`);
    expect(existsSync(path.join(appDir, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it('holds every production dependency', () => {
    for (const name of Object.keys(packageJson.dependencies)) expect(files, name).toContain(`/node_modules/${name}/package.json`);
  });

  it('holds no development dependency, nor anything only they need', () => {
    // electron-builder hoists nested packages, so they are compared by name and version, not folder.
    const packages = files
      .filter((file) => isPackageRoot(file) && files.includes(`${file}/package.json`))
      .map((folder) => JSON.parse(extractFile(path.join(appDir, 'resources', 'app.asar'), `${folder.slice(1)}/package.json`).toString('utf8')) as { name: string; version: string });
    expect(packages.length).toBeGreaterThan(Object.keys(packageJson.dependencies).length);
    expect(packages.map(({ name, version }) => `${name}@${version}`).filter((id) => !PRODUCTION_PACKAGES.has(id))).toEqual([]);
    for (const name of Object.keys(packageJson.devDependencies)) expect(files, name).not.toContain(`/node_modules/${name}/package.json`);
  });

  it('holds nothing from the sources, tests, benchmarks, scripts or the shared corpora', () => {
    const outside = files.filter((file) => file !== '/node_modules' && !file.startsWith('/node_modules/') && !/^\/(out|seeds)(\/|$)/.test(file) && file !== '/package.json');
    expect(outside).toEqual([]);
    expect(files.filter((file) => /(^|\/)(corpora|tempeval3|timeline17|w3c-annotation-schemas)(\/|$)/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('/out/') && file.endsWith('.map'))).toEqual([]);
  });

  it('finds every package its built code imports inside the asar', async () => {
    const entries = files.filter((file) => /^\/out\/main\/.+\.js$/.test(file));
    const missing: string[] = [];
    for (const entry of entries) {
      const code = extractFile(path.join(appDir, 'resources', 'app.asar'), entry.slice(1)).toString('utf8');
      for (const match of code.matchAll(/^\s*import\s[^'"]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"|\bimport\("([^"]+)"\)/gm)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        if (specifier.startsWith('node:') || specifier === 'electron') continue;
        if (specifier.startsWith('.')) {
          if (!files.includes(path.posix.resolve(path.posix.dirname(entry), specifier))) missing.push(`${entry} → ${specifier}`);
          continue;
        }
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
        if (!files.includes(`/node_modules/${name}/package.json`)) missing.push(`${entry} → ${specifier}`);
      }
    }
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(missing).toEqual([]);
  });

  it('flips the Electron fuses the config asks for', async () => {
    const binary = await fs.readFile(path.join(appDir, packageJson.name));
    const start = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    const wire = Object.fromEntries(FUSES.map((name, index) => [name, String.fromCharCode(binary[start + index] ?? 0)]));
    expect(wire).toMatchObject({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });
});
