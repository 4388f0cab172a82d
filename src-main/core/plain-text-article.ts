import type { Block } from '../shared/article';
import { joinBlocks } from './blocks';
import { deriveTitle } from './derive-title';
import { parseDateline, type Dateline } from './parse-dateline';

/** A plain-text article taken apart: metadata found in the text, and its body as blocks. */
export interface ParsedPlainText {
  /** The headline the text carries, or one derived from its lead. */
  title: string;
  /** True when the title came from a headline line rather than the lead. */
  hasHeadline: boolean;
  byline: string | null;
  dateline: Dateline | null;
  blocks: Block[];
  /** The canonical text: the blocks' texts joined by a blank line. */
  text: string;
}

const MAX_HEADLINE_LENGTH = 150;
const BYLINE = /^by\s+\p{Lu}[^\n]{1,100}$/iu;

/**
 * Parses a decoded plain-text article: paragraphs are separated by blank lines and their
 * hard-wrapped lines joined with a space; a leading headline line, a `By …` line and a dateline
 * become metadata and leave the body. Text is normalised to NFC with `\n` line ends.
 */
export function parsePlainTextArticle(raw: string): ParsedPlainText {
  let normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').trimStart();
  // A dateline on the first line is read before lines are joined into paragraphs.
  let dateline = parseDateline(normalised);
  if (dateline) normalised = normalised.slice(dateline.length);
  const paragraphs = normalised
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);

  let title: string | null = null;
  let byline: string | null = null;
  // A headline and a byline may come before an inline dateline, never after the body starts.
  for (let index = 0; index < 2 && paragraphs.length > 1; index += 1) {
    const first = paragraphs[0] as string;
    if (byline === null && BYLINE.test(first)) {
      byline = first.replace(/^by\s+/i, '');
    } else if (title === null && isHeadline(first)) {
      title = first;
    } else {
      break;
    }
    paragraphs.shift();
  }
  dateline ??= takeDateline(paragraphs, 0);

  const blocks: Block[] = paragraphs.map((text) => ({ type: 'paragraph', text }));
  return {
    title: title ?? deriveTitle(paragraphs[0] ?? ''),
    hasHeadline: title !== null,
    byline,
    dateline,
    blocks,
    text: joinBlocks(blocks),
  };
}

/** Removes a dateline from the start of `paragraphs[index]` (the whole paragraph if it is nothing else). */
function takeDateline(paragraphs: string[], index: number): Dateline | null {
  const paragraph = paragraphs[index];
  if (paragraph === undefined) return null;
  const dateline = parseDateline(paragraph);
  if (!dateline) return null;
  const rest = paragraph.slice(dateline.length).trim();
  if (rest) paragraphs[index] = rest;
  else paragraphs.splice(index, 1);
  return dateline;
}

function isHeadline(paragraph: string): boolean {
  return paragraph.length <= MAX_HEADLINE_LENGTH && !/[.!?:;,"”’]$/.test(paragraph) && parseDateline(paragraph) === null;
}
