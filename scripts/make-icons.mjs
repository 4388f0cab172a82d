#!/usr/bin/env node
/**
 * Makes every platform's app icon from build/icon.svg, the one source image:
 *   build/icon.png (1024 px), build/icons/<n>x<n>.png (Linux), build/icon.ico (Windows),
 *   build/icon.icns (macOS), and build/icon-source.sha256, the hash of the SVG they were made
 *   from (tests/main/packaging/icons.test.ts fails when the SVG changes without a re-run).
 * The SVG is rasterised by Chromium (through playwright-core), which draws it exactly as
 * designed at each size; the ICO and ICNS containers are written by ./icon-formats.mjs.
 * Run it after changing icon.svg and commit the results: CI and `npm run dist` never run it.
 *   node scripts/make-icons.mjs        (uses $CHROME_PATH, else /usr/bin/chromium)
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { encodeIcns, encodeIco, ICNS_TYPES } from './icon-formats.mjs';

const buildDir = path.resolve(import.meta.dirname, '..', 'build');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const browserPath = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`No Chromium at ${browserPath}. Install one (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const svg = await fs.readFile(path.join(buildDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map((entry) => entry.size), 1024])];
  /** @type {Map<number, Buffer>} */
  const pngs = new Map();
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG is inlined into a blank page so nothing but the icon is drawn; the corners stay transparent.
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
  const pngOfSize = (size) => {
    const png = pngs.get(size);
    if (!png) throw new Error(`No ${size} px rendering was made.`);
    return png;
  };
  await fs.mkdir(path.join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await fs.writeFile(path.join(buildDir, 'icons', `${size}x${size}.png`), pngOfSize(size));
  await fs.writeFile(path.join(buildDir, 'icon.png'), pngOfSize(1024));
  await fs.writeFile(path.join(buildDir, 'icon.ico'), encodeIco(ICO_SIZES.map(pngOfSize)));
  await fs.writeFile(path.join(buildDir, 'icon.icns'), encodeIcns(pngOfSize));
  await fs.writeFile(path.join(buildDir, 'icon-source.sha256'), `${createHash('sha256').update(svg).digest('hex')}  icon.svg\n`);
  console.log(`Wrote build/icon.png, build/icon.ico, build/icon.icns, build/icon-source.sha256 and ${LINUX_SIZES.length} PNGs in build/icons/.`);
} finally {
  await browser.close();
}
