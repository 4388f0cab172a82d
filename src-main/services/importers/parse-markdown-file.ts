import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { countBlockWords } from '../../core/count-block-words';
import { parseDateline } from '../../core/parse-dateline';
import { publishedFromDateline } from '../../core/published-date';
import type { Block } from '../../shared/article';
import type { ArticleDraft, Sourced } from './build-article';
import { decodeText } from './decode-text';
import { readFrontMatter } from './front-matter';
import { markdownToBlocks } from './markdown-to-blocks';

const BYLINE = /^by\s+\p{Lu}[^\n]{1,100}$/iu;

/**
 * Reads a Markdown file (CommonMark with GitHub's tables, strikethrough, autolinks and footnotes)
 * into an article draft. YAML front matter gives the title, date, source, byline, place and tags,
 * each recorded with origin `front-matter`. Without a title there, a level-1 heading at the start
 * is the title (and leaves the body); a "By …" paragraph at the start is the byline. A dateline at
 * the start of the first paragraph gives the date, source and place the front matter does not
 * (without a year, the year comes from `fileDate`). Runs in the import worker.
 */
export function parseMarkdownFile(bytes: Uint8Array, fileName: string, fileDate: Date | null = null): ArticleDraft {
  const { text } = decodeText(bytes);
  const tree = fromMarkdown(text.replace(/\r\n?/g, '\n'), {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const front = readFrontMatter(yaml && 'value' in yaml ? yaml.value : null, fileName);
  const blocks = markdownToBlocks(tree);

  let title: Sourced | null = front.title ? { value: front.title, origin: 'front-matter' } : null;
  const first = blocks[0];
  if (first?.type === 'heading' && first.level === 1 && (!title || title.value === first.text)) {
    title ??= { value: first.text, origin: 'text' };
    blocks.shift();
  }
  let byline: Sourced | null = front.byline ? { value: front.byline, origin: 'front-matter' } : null;
  const lead = blocks[0];
  if (lead?.type === 'paragraph' && BYLINE.test(lead.text) && blocks.length > 1) {
    byline ??= { value: lead.text.replace(/^by\s+/i, ''), origin: 'text' };
    blocks.shift();
  }
  const dateline = leadDateline(blocks);
  const fromDateline = (value: string | null | undefined): Sourced | null => (value ? { value, origin: 'dateline' } : null);
  return {
    title,
    byline,
    source: front.source ? { value: front.source, origin: 'front-matter' } : fromDateline(dateline?.source),
    place: front.place ? { value: front.place, origin: 'front-matter' } : fromDateline(dateline?.place),
    published: front.published ? { value: front.published, origin: 'front-matter' } : dateline?.date ? publishedFromDateline(dateline.date, fileDate) : null,
    language: front.language,
    blocks,
    wordCount: countBlockWords(blocks),
    ...(front.tags.length > 0 ? { tags: front.tags } : {}),
  };
}

function leadDateline(blocks: readonly Block[]) {
  const lead = blocks.find((block) => block.type === 'paragraph');
  return lead ? parseDateline(lead.text) : null;
}
