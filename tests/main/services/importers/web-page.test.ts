import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { page, prose, useImportBench } from './import-fixtures';

/** The first bytes of a JPEG file: enough for Dateline to take it as one. */
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');

describe('importing saved web pages', () => {
  const bench = useImportBench();

  it('turns the article into blocks with marks, keeping no markup', async () => {
    const html = page(
      `<article><h1>Harbour wall</h1>${prose('Lead')}
       <h2>What <em>changed</em></h2>
       <p>The plan, <strong>approved</strong> at <code>09:00</code>, is <a href="/plans/wall">online</a>.</p>
       <blockquote><p>We will be ready.</p></blockquote>
       <ul><li>First item</li><li>Second <i>item</i></li></ul>
       <pre>line one
  line two</pre></article>`,
      '<title>Harbour wall</title><base href="https://news.example/2024/">',
    );
    const article = await bench().importOne(await bench().write('wall.html', html));
    const blocks = article.content.blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'quote', 'list-item', 'list-item', 'preformatted']);
    expect(blocks[1]).toEqual({ type: 'heading', level: 2, text: 'What changed', marks: [{ type: 'emphasis', start: 5, end: 12 }] });
    expect(blocks[2]).toEqual({
      type: 'paragraph',
      text: 'The plan, approved at 09:00, is online.',
      marks: [
        { type: 'strong', start: 10, end: 18 },
        { type: 'code', start: 22, end: 27 },
        { type: 'link', start: 32, end: 38, href: 'https://news.example/plans/wall' },
      ],
    });
    expect(blocks[3]).toEqual({ type: 'quote', text: 'We will be ready.' });
    expect(blocks[5]).toEqual({ type: 'list-item', text: 'Second item', marks: [{ type: 'emphasis', start: 7, end: 11 }] });
    expect(blocks[6]).toEqual({ type: 'preformatted', text: 'line one\n  line two' });
    expect(article.content.text).not.toMatch(/[<>]/);
    expect(article.meta.original).toEqual({ name: 'wall.html', extension: 'html' });
  });

  it('reads title, byline, source and date from JSON-LD, recording where each came from', async () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harbour Times' },
        { '@type': ['NewsArticle'], headline: 'Wall to be rebuilt', author: [{ '@type': 'Person', name: 'Ana Lima' }, { name: 'Rui Sousa' }], publisher: { name: 'Harbour Times' }, datePublished: '2021-11-01T10:52:50+0100' },
      ],
    };
    const html = page(`<article>${prose('Body')}${prose('More')}</article>`, `<title>Wall to be rebuilt | Harbour Times</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`);
    const { meta } = await bench().importOne(await bench().write('ld.html', html));
    expect(meta).toMatchObject({ title: 'Wall to be rebuilt', byline: 'Ana Lima, Rui Sousa', source: 'Harbour Times', published: { value: '2021-11-01T10:52:50+01:00', origin: 'json-ld' } });
    expect(meta.origins).toEqual({ title: 'json-ld', byline: 'json-ld', source: 'json-ld' });
  });

  it('reads Open Graph and article: meta tags when there is no JSON-LD', async () => {
    const head = '<meta property="og:title" content="Storm closes port"><meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2017-11-03 03:01:00.000000"><meta name="author" content="Jo Reis">';
    const { meta } = await bench().importOne(await bench().write('og.html', page(`<article>${prose('Storm')}${prose('Port')}</article>`, head)));
    expect(meta).toMatchObject({ title: 'Storm closes port', byline: 'Jo Reis', source: 'Coast News', published: { value: '2017-11-03T03:01:00.000', origin: 'meta' } });
    expect(meta.origins).toEqual({ title: 'meta', byline: 'meta', source: 'meta' });
  });

  it('takes a <time> marked as the publication time, and ignores one that is not', async () => {
    const marked = page(`<article><p>Posted <time itemprop="datePublished" datetime="2019-04-28T06:01:07Z">28 April</time></p>${prose('Marked')}</article>`);
    const unmarked = page(`<article><p>Updated <time datetime="2020-01-01">1 January</time></p>${prose('Unmarked')}</article>`);
    expect((await bench().importOne(await bench().write('marked.html', marked))).meta.published).toEqual({ value: '2019-04-28T06:01:07Z', origin: 'time-element' });
    expect((await bench().importOne(await bench().write('unmarked.html', unmarked))).meta.published).toBeNull();
  });

  it('reads a dateline at the start of the text, but never completes a year-less one', async () => {
    const dated = page(`<article><p>WASHINGTON, Feb. 25, 2019 (Reuters) - Talks resumed on Monday after a week of delays, officials said, with both sides hopeful.</p>${prose('More')}</article>`);
    const { meta } = await bench().importOne(await bench().write('dated.html', dated));
    expect(meta).toMatchObject({ place: 'Washington', source: 'Reuters', published: { value: '2019-02-25', origin: 'dateline' } });
    expect(meta.origins).toMatchObject({ place: 'dateline', source: 'dateline' });
    const yearless = page(`<article><p>LONDON, Dec. 30 (AP) — The year ended quietly in the capital, with little traffic and most shops closed for the holiday.</p>${prose('More')}</article>`);
    const file = await bench().write('yearless.html', yearless);
    await fs.utimes(file, new Date('2020-01-02T10:00:00Z'), new Date('2020-01-02T10:00:00Z'));
    const other = await bench().importOne(file);
    expect(other.meta).toMatchObject({ place: 'London', source: 'AP', published: null });
  });

  it('gives no date to a page that states none, however many dates its text mentions', async () => {
    const html = page(`<article><p>On 3 March 2017 and again on 2018-05-04 the council met.</p>${prose('Undated')}</article>`, '<meta name="description" content="Published 2019-01-01">');
    expect((await bench().importOne(await bench().write('undated.html', html))).meta.published).toBeNull();
  });

  it('decodes the charset a page declares, a BOM, and Latin-1 read as Windows-1252', async () => {
    const text = '“Prices” rose to 5 € — café owners said, and the harbour’s traders agreed with them entirely.';
    const html = (charset: string) => page(`<article><p>${text}</p>${prose('Charset')}</article>`).replace('utf-8', charset);
    const cp1252 = await bench().importOne(await bench().write('cp1252.html', iconv.encode(html('windows-1252'), 'windows-1252')));
    expect(cp1252.content.text).toContain(text);
    const latin1 = await bench().importOne(await bench().write('latin1.html', iconv.encode(html('iso-8859-1').replace(text, 'Café in São Paulo, à la carte, was full again.'), 'latin1')));
    expect(latin1.content.text).toContain('Café in São Paulo, à la carte, was full again.');
    const sjis = await bench().importOne(await bench().write('sjis.html', iconv.encode(html('shift_jis').replace(text, '東京の港は月曜日に再開した。'), 'shift_jis')));
    expect(sjis.content.text).toContain('東京の港は月曜日に再開した。');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('utf-16').replace(text, 'Ελληνικά νέα από το λιμάνι σήμερα.'), 'utf-16le')]);
    expect((await bench().importOne(await bench().write('utf16.html', utf16))).content.text).toContain('Ελληνικά νέα από το λιμάνι σήμερα.');
    // Re-saved as UTF-8 with its old Latin-1 declaration left in place.
    const resaved = await bench().importOne(await bench().write('resaved.html', Buffer.from(html('iso-8859-1').replace(text, 'Naïve café owners in Zürich.'), 'utf8')));
    expect(resaved.content.text).toContain('Naïve café owners in Zürich.');
  });

  it('keeps images saved beside the page, and only captions of remote ones', async () => {
    await bench().write('story_files/photo.jpg', JPEG);
    await bench().write('outside.jpg', Buffer.from('ffd8ffe000104a464946', 'hex'));
    const html = page(
      `<article>${prose('Images')}
       <figure><img src="story_files/photo.jpg" alt="The wall"><figcaption>The new wall at dawn.</figcaption></figure>
       <figure><img src="https://cdn.example/remote.jpg"><figcaption>A remote photo.</figcaption></figure>
       <p><img src="https://cdn.example/pixel.gif" alt="tracking pixel"></p>
       <figure><img src="story_files/missing.jpg"><figcaption>Missing file.</figcaption></figure>
       <p><img src="../outside.jpg" alt="escape"></p>${prose('After')}</article>`,
    );
    const article = await bench().importOne(await bench().write('story.html', html));
    const images = article.content.blocks.filter((block) => block.type === 'image');
    const asset = `${createHash('sha256').update(JPEG).digest('hex').slice(0, 16)}.jpg`;
    expect(images).toEqual([
      { type: 'image', text: 'The new wall at dawn.', src: asset },
      { type: 'image', text: 'A remote photo.' },
      { type: 'image', text: 'Missing file.' },
    ]);
    // The image is copied into the article's folder in the library, and only it.
    const assets = path.join(bench().libraryDir, 'articles', article.meta.id, 'assets');
    expect(await fs.readdir(assets)).toEqual([asset]);
    expect(await fs.readFile(path.join(assets, asset))).toEqual(Buffer.from(JPEG));
  });

  it('keeps as a caption only an image file that is not an image, whatever its name says', async () => {
    await bench().write('fake_files/photo.jpg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await bench().write('fake_files/notes.png', 'plain text');
    const html = page(`<article>${prose('Fake')}<figure><img src="fake_files/photo.jpg"><figcaption>Not a photo.</figcaption></figure><p><img src="fake_files/notes.png" alt="notes"></p></article>`);
    const article = await bench().importOne(await bench().write('fake.html', html));
    expect(article.content.blocks.filter((block) => block.type === 'image')).toEqual([{ type: 'image', text: 'Not a photo.' }, { type: 'image', text: 'notes' }]);
    await expect(fs.access(path.join(bench().libraryDir, 'articles', article.meta.id, 'assets'))).rejects.toThrow();
  });

  it('does not keep an image whose file is a link out of the page’s folder', async () => {
    const outside = path.join(bench().libraryDir, '..', `${path.basename(bench().inputDir)}-secret.jpg`);
    await fs.writeFile(outside, Buffer.from('ffd8ffe000104a464946', 'hex'));
    try {
      await fs.mkdir(path.join(bench().inputDir, 'linked_files'));
      await fs.symlink(outside, path.join(bench().inputDir, 'linked_files', 'photo.jpg'));
      const html = page(`<article>${prose('Linked')}<figure><img src="linked_files/photo.jpg"><figcaption>Linked photo.</figcaption></figure></article>`);
      const article = await bench().importOne(await bench().write('linked.html', html));
      expect(article.content.blocks.filter((block) => block.type === 'image')).toEqual([{ type: 'image', text: 'Linked photo.' }]);
    } finally {
      await fs.rm(outside, { force: true });
    }
  });
});
