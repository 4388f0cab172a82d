import { describe, expect, it } from 'vitest';
import { failureOf, snapshotFolder, useImportBench } from './import-fixtures';

describe('importing Markdown', () => {
  const bench = useImportBench();

  it('reads front matter into metadata marked as such', async () => {
    const markdown = '---\ntitle: "Harbour wall: the vote"\ndate: 2019-02-25\nsource: Reuters\nauthor: Ana Lima\nplace: Lisbon\ntags: [harbour, council, harbour]\n---\n\nThe council voted on Friday.\n';
    const { meta } = await bench().importOne(await bench().write('vote.md', markdown));
    expect(meta).toMatchObject({ title: 'Harbour wall: the vote', byline: 'Ana Lima', source: 'Reuters', place: 'Lisbon', published: { value: '2019-02-25', origin: 'front-matter' }, tags: ['harbour', 'council'] });
    expect(meta.origins).toEqual({ title: 'front-matter', byline: 'front-matter', source: 'front-matter', place: 'front-matter' });
    expect(meta.original).toEqual({ name: 'vote.md', extension: 'md' });
  });

  it('converts Markdown to blocks with marks and keeps no markup', async () => {
    const markdown = [
      '# The vote',
      '',
      'By Ana Lima',
      '',
      'LISBON (Reuters) - The council *voted* on **Friday** to rebuild the [wall](https://example.org/wall "plan") and the [quay][q]; see `plan.pdf`.',
      '',
      '## Reactions',
      '',
      '> “We will be ready,” the mayor said.',
      '',
      '- first',
      '- second, with <b>inline HTML</b>',
      '',
      '```',
      'code  block',
      '```',
      '',
      '| Year | Cost |',
      '| ---- | ---- |',
      '| 2019 | 4 m  |',
      '',
      '<script>alert(1)</script>',
      '',
      '[q]: https://example.org/quay',
    ].join('\n');
    const article = await bench().importOne(await bench().write('blocks.markdown', markdown));
    expect(article.meta).toMatchObject({ title: 'The vote', byline: 'Ana Lima', source: 'Reuters', place: 'Lisbon', published: null });
    expect(article.meta.origins).toMatchObject({ title: 'text', byline: 'text', source: 'dateline', place: 'dateline' });
    const [lead, ...rest] = article.content.blocks;
    expect(lead).toEqual({
      type: 'paragraph',
      text: 'LISBON (Reuters) - The council voted on Friday to rebuild the wall and the quay; see plan.pdf.',
      marks: [
        { type: 'emphasis', start: 31, end: 36 },
        { type: 'strong', start: 40, end: 46 },
        { type: 'link', start: 62, end: 66, href: 'https://example.org/wall' },
        { type: 'link', start: 75, end: 79, href: 'https://example.org/quay' },
        { type: 'code', start: 85, end: 93 },
      ],
    });
    expect(rest).toEqual([
      { type: 'heading', level: 2, text: 'Reactions' },
      { type: 'quote', text: '“We will be ready,” the mayor said.' },
      { type: 'list-item', text: 'first' },
      { type: 'list-item', text: 'second, with inline HTML' },
      { type: 'preformatted', text: 'code  block' },
      { type: 'paragraph', text: 'Year | Cost' },
      { type: 'paragraph', text: '2019 | 4 m' },
    ]);
  });

  it('drops javascript: links and never keeps a remote image’s URL', async () => {
    const markdown = 'A [bad link](javascript:alert(1)) and a ![remote](https://cdn.example/x.png) inline.\n\n![A remote photo](https://cdn.example/photo.jpg)\n';
    const article = await bench().importOne(await bench().write('unsafe.md', markdown));
    expect(article.content.blocks).toEqual([
      { type: 'paragraph', text: 'A bad link and a inline.' },
      { type: 'image', text: 'A remote photo' },
    ]);
  });

  it('completes a year-less dateline from the file’s date, as for text files', async () => {
    const file = await bench().write('wire.md', 'WASHINGTON, Dec. 30 (AP) — The year ended quietly.\n');
    const { utimes } = await import('node:fs/promises');
    await utimes(file, new Date('2020-01-02T10:00:00Z'), new Date('2020-01-02T10:00:00Z'));
    expect((await bench().importOne(file)).meta.published).toEqual({ value: '2019-12-30', origin: 'dateline-and-file-date' });
  });

  it('refuses front matter that is not valid YAML, saying how to fix it, and writes nothing', async () => {
    const before = await snapshotFolder(bench().libraryDir);
    const file = await bench().write('broken.md', '---\ntitle: [unclosed\n---\n\nText.\n');
    expect(failureOf(await bench().articles.importFiles([file]))).toMatch(/"broken\.md" has front matter .* cannot be read: .*Fix or remove it/);
    expect(await snapshotFolder(bench().libraryDir)).toEqual(before);
  });

  it('does not let YAML aliases expand a small header into a huge one', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level <= 9; level += 1) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)},*${String.fromCharCode(96 + level)}]`);
    const file = await bench().write('laughs.md', `---\n${lines.join('\n')}\n---\n\nText.\n`);
    expect(failureOf(await bench().articles.importFiles([file]))).toMatch(/front matter .* cannot be read/);
  }, 5_000);
});
