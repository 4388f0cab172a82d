import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './builder-config';

const BUILD = path.join(REPO_ROOT, 'build');

/** Width, height, colour type and the top-left pixel's alpha of a PNG (the first pixel is stored unfiltered by every PNG filter). */
function readPng(png: Buffer): { width: number; height: number; colorType: number; cornerAlpha: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const pixels = inflateSync(Buffer.concat(idat));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] ?? -1, cornerAlpha: pixels[4] ?? -1 };
}

describe('the app icons', () => {
  it('were made from the current build/icon.svg (re-run `npm run icons` after changing it)', async () => {
    const svg = await fs.readFile(path.join(BUILD, 'icon.svg'));
    const recorded = (await fs.readFile(path.join(BUILD, 'icon-source.sha256'), 'utf8')).split(/\s+/)[0];
    expect(recorded).toBe(createHash('sha256').update(svg).digest('hex'));
  });

  it('include square RGBA PNGs for Linux at every size, with transparent corners', async () => {
    const names = (await fs.readdir(path.join(BUILD, 'icons'))).sort();
    expect(names).toEqual(['128x128.png', '16x16.png', '24x24.png', '256x256.png', '32x32.png', '48x48.png', '512x512.png', '64x64.png']);
    for (const name of names) {
      const size = Number(name.split('x')[0]);
      const png = readPng(await fs.readFile(path.join(BUILD, 'icons', name)));
      expect(png, name).toMatchObject({ width: size, height: size, colorType: 6 });
      if (size >= 32) expect(png.cornerAlpha, name).toBe(0);
    }
    expect(readPng(await fs.readFile(path.join(BUILD, 'icon.png')))).toMatchObject({ width: 1024, height: 1024, colorType: 6 });
  });

  it('include a Windows ICO whose directory points at PNGs of the sizes it states, up to 256 px', async () => {
    const ico = await fs.readFile(path.join(BUILD, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const entry = 6 + index * 16;
      const stated = ico[entry] === 0 ? 256 : (ico[entry] ?? -1);
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(readPng(ico.subarray(offset, offset + length))).toMatchObject({ width: stated, height: stated });
      sizes.push(stated);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('include a macOS ICNS with every size from 16 to 1024 px', async () => {
    const icns = await fs.readFile(path.join(BUILD, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    for (let offset = 8; offset < icns.length; ) {
      const [type, length] = [icns.toString('latin1', offset, offset + 4), icns.readUInt32BE(offset + 4)];
      found.set(type, readPng(icns.subarray(offset + 8, offset + length)).width);
      offset += length;
    }
    expect(Object.fromEntries(found)).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });
});
