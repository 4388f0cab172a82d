import type { Nodes, Parents, Root } from 'mdast';
import { InlineText } from '../../core/inline-text';
import type { Block, Mark } from '../../shared/article';
import { localAssetPath, safeLinkHref } from './safe-urls';

type BlockType = 'paragraph' | 'quote' | 'list-item';

const MARKS: Partial<Record<Nodes['type'], Mark['type']>> = { emphasis: 'emphasis', strong: 'strong' };
/** Deeper than this, content is skipped (Markdown nests only as deep as its quotes and lists). */
const MAX_DEPTH = 256;

/**
 * Converts a Markdown syntax tree into blocks: headings, paragraphs, block quotes (`quote`), list
 * items, code blocks (`preformatted`), table rows (cells joined by " | ") and images that stand
 * alone in a paragraph. Emphasis, strong text, inline code and links are marks; raw HTML in the
 * Markdown is dropped, never kept as markup. Links keep only http, https and mailto targets;
 * images keep only a path to a file beside the Markdown file, never a URL.
 */
export function markdownToBlocks(root: Root): Block[] {
  const definitions = new Map<string, string>();
  for (const node of root.children) if (node.type === 'definition') definitions.set(node.identifier, node.url);
  const blocks: Block[] = [];
  visitBlocks(root, 'paragraph', blocks, definitions, 0);
  return blocks;
}

function visitBlocks(parent: Parents, type: BlockType, blocks: Block[], definitions: ReadonlyMap<string, string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const node of parent.children) {
    if (node.type === 'heading') pushInline(blocks, node, { type: 'heading', level: node.depth }, definitions);
    else if (node.type === 'paragraph') pushParagraph(blocks, node, type, definitions);
    else if (node.type === 'blockquote') visitBlocks(node, 'quote', blocks, definitions, depth + 1);
    else if (node.type === 'list' || node.type === 'footnoteDefinition') visitBlocks(node, type, blocks, definitions, depth + 1);
    else if (node.type === 'listItem') visitBlocks(node, 'list-item', blocks, definitions, depth + 1);
    else if (node.type === 'code' && node.value.trim()) blocks.push({ type: 'preformatted', text: node.value.normalize('NFC').replace(/\n{2,}/g, '\n') });
    else if (node.type === 'table') {
      for (const row of node.children) {
        const cells = row.children.map((cell) => inlineText(cell, definitions).text).filter(Boolean);
        if (cells.length > 0) blocks.push({ type: 'paragraph', text: cells.join(' | ') });
      }
    }
  }
}

function pushParagraph(blocks: Block[], node: Extract<Nodes, { type: 'paragraph' }>, type: BlockType, definitions: ReadonlyMap<string, string>): void {
  const visible = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  if (visible.length > 0 && visible.every((child) => child.type === 'image')) {
    for (const image of visible) {
      if (image.type !== 'image') continue;
      const src = localAssetPath(image.url);
      const text = (image.alt ?? '').replace(/\s+/g, ' ').trim();
      if (src) blocks.push({ type: 'image', text, src });
      else if (text) blocks.push({ type: 'image', text });
    }
    return;
  }
  pushInline(blocks, node, { type }, definitions);
}

function pushInline(blocks: Block[], node: Parents, kind: { type: BlockType | 'heading'; level?: number }, definitions: ReadonlyMap<string, string>): void {
  const { text, marks } = inlineText(node, definitions);
  if (!text) return;
  const block: Block = { type: kind.type, text };
  if (kind.level !== undefined) block.level = kind.level;
  if (marks.length > 0) block.marks = marks;
  blocks.push(block);
}

function inlineText(node: Parents, definitions: ReadonlyMap<string, string>): { text: string; marks: Mark[] } {
  const builder = new InlineText();
  appendInline(node, builder, definitions, 0);
  return builder.finish();
}

function appendInline(parent: Parents, builder: InlineText, definitions: ReadonlyMap<string, string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const node of parent.children) {
    if (node.type === 'text') builder.append(node.value);
    else if (node.type === 'break') builder.lineBreak();
    else if (node.type === 'inlineCode') {
      const mark = builder.open('code');
      builder.append(node.value);
      builder.close(mark);
    } else if (node.type === 'link' || node.type === 'linkReference') {
      const href = safeLinkHref(node.type === 'link' ? node.url : (definitions.get(node.identifier) ?? null), null);
      const mark = href ? builder.open('link', href) : null;
      appendInline(node, builder, definitions, depth + 1);
      if (mark) builder.close(mark);
    } else if ('children' in node) {
      // Raw HTML nodes have no children: their markup is dropped, never kept.
      const type = MARKS[node.type];
      const mark = type ? builder.open(type) : null;
      appendInline(node as Parents, builder, definitions, depth + 1);
      if (mark) builder.close(mark);
    }
  }
}
