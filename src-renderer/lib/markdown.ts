import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * A note's Markdown as a small tree of safe nodes. Raw HTML in a note stays text; links keep only
 * http, https and mailto targets (others become plain text), so nothing in a note can run or load.
 */
export type NoteNode =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: NoteNode[] }
  | { kind: 'element'; tag: 'p' | 'em' | 'strong' | 'del' | 'blockquote' | 'ul' | 'ol' | 'li' | 'pre' | 'h3' | 'h4'; children: NoteNode[] };

interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  ordered?: boolean | null;
  depth?: number;
  children?: MarkdownNode[];
}

const TAGS: Record<string, 'p' | 'em' | 'strong' | 'del' | 'blockquote' | 'li'> = {
  paragraph: 'p',
  emphasis: 'em',
  strong: 'strong',
  delete: 'del',
  blockquote: 'blockquote',
  listItem: 'li',
};

/** Parses a note body into {@link NoteNode}s. Never throws; an unexpected node becomes its text. */
export function parseNoteMarkdown(markdown: string): NoteNode[] {
  return convert(fromMarkdown(markdown) as MarkdownNode);
}

function convert(node: MarkdownNode): NoteNode[] {
  const children = () => (node.children ?? []).flatMap(convert);
  switch (node.type) {
    case 'root':
      return children();
    case 'text':
    case 'html':
      return [{ kind: 'text', text: node.value ?? '' }];
    case 'inlineCode':
      return [{ kind: 'code', text: node.value ?? '' }];
    case 'code':
      return [{ kind: 'element', tag: 'pre', children: [{ kind: 'code', text: node.value ?? '' }] }];
    case 'break':
      return [{ kind: 'break' }];
    case 'list':
      return [{ kind: 'element', tag: node.ordered ? 'ol' : 'ul', children: children() }];
    case 'heading':
      return [{ kind: 'element', tag: (node.depth ?? 1) <= 2 ? 'h3' : 'h4', children: children() }];
    case 'link':
      return /^(https?:|mailto:)/i.test(node.url ?? '') ? [{ kind: 'link', href: node.url ?? '', children: children() }] : children();
    default: {
      const tag = TAGS[node.type];
      if (tag) return [{ kind: 'element', tag, children: children() }];
      return node.value !== undefined ? [{ kind: 'text', text: node.value }] : children();
    }
  }
}
