import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src-main/services/create-services';
import { LibraryStore } from '../../../src-main/store/library-store';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');

/** Every file under `dir` with a hash of its bytes, to prove a failed import changed nothing. */
async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  return files;
}

describe('importing plain-text files', () => {
  let libraryDir: string;
  let inputDir: string;
  let services: Services;

  beforeEach(async () => {
    libraryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-import-library-'));
    inputDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-import-input-'));
    services = createServices(await LibraryStore.open(libraryDir, { owner: 'cli' }));
  });
  afterEach(async () => {
    await services.store.close();
    await fs.rm(libraryDir, { recursive: true, force: true });
    await fs.rm(inputDir, { recursive: true, force: true });
  });

  async function write(name: string, bytes: Uint8Array | string): Promise<string> {
    const file = path.join(inputDir, name);
    await fs.writeFile(file, bytes);
    return file;
  }

  it('imports the seed with its dateline as metadata and keeps the original file', async () => {
    const [outcome] = await services.articles.importFiles([SEED]);
    expect(outcome?.status).toBe('imported');
    const id = outcome?.status === 'imported' ? outcome.id : '';
    const article = await services.articles.get(id);
    expect(article.meta).toMatchObject({ source: 'Reuters', place: 'Beijing', published: { value: '2019-02-25', origin: 'dateline' }, language: 'en' });
    expect(article.meta.id).toBe(createHash('sha256').update(article.content.text).digest('hex').slice(0, 16));
    expect(await fs.readFile(path.join(libraryDir, 'articles', id, 'original.txt'))).toEqual(await fs.readFile(SEED));
  });

  it('does not import the same text twice', async () => {
    const copy = await write('copy.txt', await fs.readFile(SEED));
    const outcomes = await services.articles.importFiles([SEED, copy]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'duplicate']);
    expect(services.articles.list()).toHaveLength(1);
  });

  it('reads UTF-8 with and without a BOM and UTF-16 LE and BE with a BOM as the same article', async () => {
    const text = await fs.readFile(SEED, 'utf8');
    const files = [
      await write('utf8.txt', Buffer.from(text, 'utf8')),
      await write('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
      await write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])),
      await write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])),
    ];
    const outcomes = await services.articles.importFiles(files);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'duplicate', 'duplicate', 'duplicate']);
    const article = await services.articles.get(services.articles.list()[0]?.id ?? '');
    expect(article.content.text).toContain('Zhang Hanhui (張漢暉)');
    expect(article.content.text).toContain('“development achievements”');
  });

  it('reads Windows-1252 text, including the 0x80–0x9F range Node decodes wrongly', async () => {
    const bytes = Buffer.from([
      ...Buffer.from('PARIS (AFP) - '),
      0x93, ...Buffer.from('Prices'), 0x94, ...Buffer.from(' rose to 5 '), 0x80, ...Buffer.from(' '), 0x97, ...Buffer.from(' caf'), 0xe9, ...Buffer.from(' owners said.'),
    ]);
    const [outcome] = await services.articles.importFiles([await write('cp1252.txt', bytes)]);
    const article = await services.articles.get(outcome?.status === 'imported' ? outcome.id : '');
    expect(article.content.text).toBe('“Prices” rose to 5 € — café owners said.');
    expect(article.meta).toMatchObject({ source: 'AFP', place: 'Paris' });
  });

  it('takes the year of a dateline without one from the file’s date', async () => {
    const file = await write('wire.txt', 'WASHINGTON, Dec. 30 (AP) — The year ended quietly.');
    await fs.utimes(file, new Date('2020-01-02T10:00:00Z'), new Date('2020-01-02T10:00:00Z'));
    const [outcome] = await services.articles.importFiles([file]);
    const meta = services.articles.list().find((article) => outcome?.status === 'imported' && article.id === outcome.id);
    expect(meta?.published).toEqual({ value: '2019-12-30', origin: 'dateline-and-file-date' });
  });

  it('gives no date to a text that states none', async () => {
    await services.articles.importFiles([await write('plain.txt', 'A text with no dateline at all.')]);
    expect(services.articles.list()[0]?.published).toBeNull();
  });

  describe('refuses what is not an article, says why, and leaves the library unchanged', () => {
    const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');
    const ZIP = Buffer.from('504b0304140000000800', 'hex');

    it.each([
      ['an empty file', () => write('empty.txt', ''), /is empty/],
      ['a file of blank space', () => write('blank.txt', ' \n\n\t \n'), /has no article text/],
      ['a PNG renamed .txt', () => write('image.txt', PNG), /is a PNG image, not a text article/],
      ['a PDF renamed .txt', () => write('paper.txt', PDF), /is a PDF document, not a text article/],
      ['a ZIP renamed .txt', () => write('archive.txt', ZIP), /is a ZIP archive/],
      ['a binary file with NUL bytes', () => write('data.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x01])), /is a binary file/],
      ['a folder', async () => inputDir, /is a folder, not a file/],
      ['a missing path', async () => path.join(inputDir, 'nowhere.txt'), /There is no file at/],
      [
        'a 500 MB file',
        async () => {
          const file = path.join(inputDir, 'huge.txt');
          await fs.writeFile(file, '');
          await fs.truncate(file, 500 * 1024 * 1024);
          return file;
        },
        /is 500 MB; Dateline imports articles of up to 20 MB/,
      ],
      ['a web page whose text only scripts would write', () => write('page.html', '<html><body><script>document.write("Breaking news")</script></body></html>'), /has no article/],
    ])('%s', async (_name, makeInput, message) => {
      await services.articles.importFiles([SEED]);
      const before = await snapshotFolder(libraryDir);
      const target = await makeInput();
      const outcomes = await services.articles.importFiles([target]);
      expect(outcomes).toEqual([{ status: 'failed', path: target, message: expect.stringMatching(message) }]);
      expect(await snapshotFolder(libraryDir)).toEqual(before);
    });

    it.runIf(process.platform !== 'win32')('a named pipe', async () => {
      const fifo = path.join(inputDir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      const before = await snapshotFolder(libraryDir);
      const [outcome] = await services.articles.importFiles([fifo]);
      expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/not a regular file/) });
      expect(await snapshotFolder(libraryDir)).toEqual(before);
    });
  });

  it('imports a saved web page and a Markdown file beside plain text', async () => {
    const page = await write('page.html', '<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>LISBON (Reuters) - The harbour reopened on Monday after a week of storms, officials said, and the first ferries left at dawn.</p></article></body></html>');
    const notes = await write('notes.md', '---\ntitle: Storm notes\ndate: 2021-03-04\n---\n\nThe storm *passed* overnight.\n');
    const outcomes = await services.articles.importFiles([page, notes]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'imported']);
    const titles = services.articles.list().map((meta) => meta.title).sort();
    expect(titles).toEqual(['Harbour reopens', 'Storm notes']);
  });

  it('goes on past a failed file and imports the rest', async () => {
    const outcomes = await services.articles.importFiles([path.join(inputDir, 'missing.txt'), SEED]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'imported']);
  });
});
