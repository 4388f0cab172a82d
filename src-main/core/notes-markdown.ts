import type { Note } from '../shared/annotation';
import type { ArticleMeta } from '../shared/article';
import { articleIri } from './web-annotation';

/** One article's notes to write as Markdown, in reading order, with the article's tags and collections. */
export interface MarkdownExport {
  meta: ArticleMeta;
  tags: readonly string[];
  collections: readonly string[];
  notes: readonly Note[];
  /** ISO date-time of the export. */
  exportedAt: string;
}

/**
 * An article's notes as an Obsidian-friendly Markdown document: YAML front matter (title, source,
 * date, tags, a `dateline://article/<id>` link back), a heading, then each note as its passage in
 * a block quote with the note's own Markdown under it. Passages are escaped so they read back as
 * the exact words of the article; note bodies are Markdown already and are written as they are.
 */
export function notesToMarkdown({ meta, tags, collections, notes, exportedAt }: MarkdownExport): string {
  const link = articleIri(meta.id);
  const front: [string, string | readonly string[] | null][] = [
    ['title', meta.title],
    ['source', meta.source],
    ['byline', meta.byline],
    ['place', meta.place],
    ['published', meta.published?.value ?? null],
    ['dateline', link],
    ['tags', tags.map(obsidianTag)],
    ['collections', collections],
    ['exported', exportedAt],
  ];
  const lines = ['---', ...front.filter(([, value]) => value !== null).map(([key, value]) => `${key}: ${yamlValue(value as string | readonly string[])}`), '---', ''];
  lines.push(`# ${escapeInline(meta.title) || 'Untitled'}`, '', `[Open in Dateline](<${link}>)`, '');
  for (const note of notes) {
    lines.push('* * *', '');
    if (note.target) lines.push(...blockQuote(note.target.quote.exact), '');
    if (note.body.trim() !== '') lines.push(note.body.trimEnd(), '');
    const tagLine = note.tags.map((tag) => ` #${obsidianTag(tag)}`).join('');
    lines.push(`*${note.color} highlight, ${note.updatedAt.slice(0, 10)}*${tagLine}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A YAML value that any YAML parser reads back exactly: JSON strings are valid YAML scalars. */
function yamlValue(value: string | readonly string[]): string {
  return typeof value === 'string' ? JSON.stringify(value) : `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
}

/** Obsidian tags hold letters, digits, `_`, `-` and `/` only; anything else becomes a hyphen. */
function obsidianTag(tag: string): string {
  return tag.trim().replace(/[^\p{L}\p{N}_/-]+/gu, '-');
}

/** A passage as a block quote; its paragraphs (blank-line separated) stay paragraphs of the quote. */
function blockQuote(text: string): string[] {
  return text.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${escapeLineStart(escapeInline(line.trim()))}`));
}

/**
 * Escapes the characters CommonMark would read as markup inside a line (emphasis, code, links,
 * HTML, entities), so the passage reads back as its own words.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~!#]/g, (character) => `\\${character}`);
}

/** Escapes what would start a list, heading or rule at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
