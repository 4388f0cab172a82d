import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILDER_YAML, builderConfig, REPO_ROOT, schemaErrors } from './builder-config';

const config = builderConfig as Record<string, any>;

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib’s scheme.json', () => {
    expect(schemaErrors(builderConfig)).toEqual([]);
  });

  // Each mutation is written to a copy on disk and read back, as electron-builder would read it.
  const copies = fs.mkdtemp(path.join(os.tmpdir(), 'dateline-builder-yml-'));
  afterAll(async () => fs.rm(await copies, { recursive: true, force: true }));
  const MUTATIONS: Array<[string, string, string]> = [
    ['a misspelt top-level key', 'productName: Dateline', 'prodcutName: Dateline'],
    ['a misspelt NSIS option', '  oneClick: false', '  oneclick: false'],
    ['a misspelt fuse', '  runAsNode: false', '  runAsnode: false'],
    ['a misspelt macOS option', '  hardenedRuntime: true', '  hardenedRuntim: true'],
    ['a key in the wrong section', '  category: Office', '  category: Office\n  createDesktopShortcut: always'],
    ['a value of the wrong kind', '  perMachine: false', '  perMachine: [false]'],
  ];

  it.each(MUTATIONS)('fails with %s', async (_name, from, to) => {
    expect(BUILDER_YAML).toContain(from);
    const copy = path.join(await copies, `${_name.replaceAll(' ', '-')}.yml`);
    await fs.writeFile(copy, BUILDER_YAML.replace(from, to));
    expect(schemaErrors(parse(await fs.readFile(copy, 'utf8'))).length).toBeGreaterThan(0);
  });

  it('names the app and ships only the built app, the samples and package.json', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Dateline');
    expect(config.asar).toBe(true);
    expect(config.files.filter((pattern: string) => !pattern.startsWith('!'))).toEqual(['out/**', 'seeds/**', 'package.json']);
    expect(config.asarUnpack).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  it('sets every fuse the issue asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user NSIS installer with folder choice and both shortcuts', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: 'always', createStartMenuShortcut: true });
  });

  it('forces the per-user install mode in the NSIS include', async () => {
    const include = await fs.readFile(path.join(REPO_ROOT, config.nsis.include), 'utf8');
    expect(include).toMatch(/!macro customInstallMode\s+StrCpy \$isForceCurrentInstall "1"\s+!macroend/);
  });

  it('builds a DMG and a ZIP for Intel and Apple silicon, hardened, notarised only when credentials are given', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac.hardenedRuntime).toBe(true);
    // `true` leaves the decision to the APPLE_* variables: electron-builder skips notarising without them.
    expect(config.mac.notarize).toBe(true);
    expect(BUILDER_YAML).not.toMatch(/APPLE_(ID|APP_SPECIFIC_PASSWORD|API_KEY)\s*:/);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target.map((target: { target: string }) => target.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('offers to open web pages, Markdown and text files, without taking them over', () => {
    const extensions = config.fileAssociations.flatMap((association: { ext: string | string[] }) => association.ext);
    expect(extensions).toEqual(expect.arrayContaining(['html', 'md', 'txt']));
    for (const association of config.fileAssociations) expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
  });

  it('points at icons and entitlements that exist', async () => {
    for (const file of [config.win.icon, config.nsis.installerIcon, config.mac.icon, config.mac.entitlements, config.mac.entitlementsInherit]) {
      await expect(fs.stat(path.join(REPO_ROOT, file)), file).resolves.toBeTruthy();
    }
    expect((await fs.stat(path.join(REPO_ROOT, config.linux.icon))).isDirectory()).toBe(true);
  });

  it('grants the hardened runtime only the JIT, nothing that loosens code signing', async () => {
    const entitlements = await fs.readFile(path.join(REPO_ROOT, config.mac.entitlements), 'utf8');
    const keys = [...entitlements.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
