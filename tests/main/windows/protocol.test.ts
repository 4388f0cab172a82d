import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp';
import { createElectronMock, createElectronRecord } from './electron-mock';
import { ASSET_ARTICLE, ASSET_FILE, ASSET_TRAVERSAL_ATTEMPTS, TRAVERSAL_ATTEMPTS } from './traversal-attempts';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { serveAppProtocol } = await import('../../../src-main/windows/protocol');

// A renderer folder with a secret beside it, and a link inside it that leads to the secret.
const base = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-protocol-'));
const root = path.join(base, 'out', 'renderer');
const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
await fs.mkdir(path.join(root, 'assets'), { recursive: true });
await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Dateline</title>');
await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
await fs.writeFile(path.join(base, 'secret'), SECRET);
await fs.writeFile(path.join(base, 'out', 'secret'), SECRET);
await fs.symlink(path.join(base, 'secret'), path.join(root, 'assets', 'linked.js'));

// A library with one article whose assets folder holds an image, a link out of it, and secrets elsewhere in the library.
const library = path.join(base, 'library');
const article = path.join(library, 'articles', ASSET_ARTICLE);
const IMAGE = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
await fs.mkdir(path.join(article, 'assets'), { recursive: true });
await fs.writeFile(path.join(article, 'assets', ASSET_FILE), IMAGE);
await fs.writeFile(path.join(article, 'content.json'), SECRET);
await fs.writeFile(path.join(article, 'original.html'), SECRET);
await fs.writeFile(path.join(library, 'library.json'), SECRET);
await fs.symlink(path.join(article, 'content.json'), path.join(article, 'assets', '00000000000000aa.png'));

let handle: ((request: Request) => Promise<Response>) | null = null;
serveAppProtocol({ handle: (_scheme, handler) => void (handle = handler as (request: Request) => Promise<Response>) }, root, library);
const ask = (url: string) => {
  if (!handle) throw new Error('serveAppProtocol registered no handler');
  return handle(new Request(url));
};

afterAll(() => fs.rm(base, { recursive: true, force: true }));

describe('the app:// handler', () => {
  it('serves the renderer’s files with the CSP and nosniff headers', async () => {
    const page = await ask('app://dateline/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dateline</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await ask('app://dateline/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([...TRAVERSAL_ATTEMPTS])('answers %s with a 4xx and nothing from outside', async (url) => {
    const response = await ask(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/root:.*:0:0:/);
    expect(body).toBe('');
  });

  it('refuses a link inside the folder that leads out of it', async () => {
    const response = await ask('app://dateline/assets/linked.js');
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
  });

  it('answers a missing file with 404 and the security headers', async () => {
    const response = await ask('app://dateline/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the app:// handler for the articles’ images', () => {
  it('serves an image from an article’s assets folder, with its type and the security headers', async () => {
    const response = await ask(`app://dateline/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(IMAGE);
  });

  it.each([...ASSET_TRAVERSAL_ATTEMPTS])('answers %s with a 4xx and nothing from elsewhere', async (url) => {
    const response = await ask(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).toBe('');
  });

  it('refuses a link in an assets folder that leads out of it', async () => {
    const response = await ask(`app://dateline/library-assets/${ASSET_ARTICLE}/00000000000000aa.png`);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
  });

  it('serves no image without a library', async () => {
    let bare: ((request: Request) => Promise<Response>) | null = null;
    serveAppProtocol({ handle: (_scheme, handler) => void (bare = handler as (request: Request) => Promise<Response>) }, root);
    const response = await (bare as unknown as (request: Request) => Promise<Response>)(new Request(`app://dateline/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}`));
    expect(response.status).toBe(404);
  });
});
