import type { Mark } from '../shared/article';

/** A mark opened by {@link InlineText.open}, closed by {@link InlineText.close}. */
export interface OpenMark {
  type: Mark['type'];
  href?: string;
  start: number;
}

/**
 * Builds one block's plain text from pieces of inline content, the way a reader sees it: runs of
 * white space become one space, there is none at the start or end, a line break is kept as one
 * `\n` (never two in a row, so no block text contains the block separator), and every piece is
 * normalised to NFC. Marks are recorded as UTF-16 ranges over the finished text; empty marks are
 * dropped.
 */
export class InlineText {
  private text = '';
  private readonly marks: Mark[] = [];
  /** A space seen but not yet written: it is written only if more text follows. */
  private hasPendingSpace = false;

  /** Appends text, collapsing white space (including newlines) to single spaces. */
  append(piece: string): void {
    const normalised = piece.normalize('NFC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    const parts = normalised.split(/[ \t\n\r\f\u200b]+/);
    parts.forEach((part, index) => {
      if (index > 0) this.hasPendingSpace = true;
      if (part.length === 0) return;
      if (this.hasPendingSpace && this.text.length > 0 && !this.text.endsWith('\n')) this.text += ' ';
      this.hasPendingSpace = false;
      this.text += part;
    });
  }

  /** A hard line break (`<br>`, a Markdown break): one `\n`, dropped at the start and when repeated. */
  lineBreak(): void {
    this.hasPendingSpace = false;
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.text += '\n';
  }

  /** Starts a mark at the current end of the text. */
  open(type: Mark['type'], href?: string): OpenMark {
    // A pending space belongs before the mark, not inside it.
    return href === undefined ? { type, start: this.markStart() } : { type, href, start: this.markStart() };
  }

  /** Ends a mark at the current end of the text; a mark over no text is dropped. */
  close(mark: OpenMark): void {
    const end = this.text.replace(/\n$/, '').length;
    if (end <= mark.start) return;
    this.marks.push(mark.href === undefined ? { type: mark.type, start: mark.start, end } : { type: mark.type, start: mark.start, end, href: mark.href });
  }

  /** True while no visible text has been appended. */
  get isEmpty(): boolean {
    return this.text.trim().length === 0;
  }

  /** The finished text (trailing spaces and line breaks removed) and its marks, in start order. */
  finish(): { text: string; marks: Mark[] } {
    const text = this.text.replace(/\s+$/, '');
    const marks = this.marks
      .map((mark) => ({ ...mark, end: Math.min(mark.end, text.length) }))
      .filter((mark) => mark.end > mark.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return { text, marks };
  }

  private markStart(): number {
    if (this.hasPendingSpace && this.text.length > 0 && !this.text.endsWith('\n')) {
      this.text += ' ';
      this.hasPendingSpace = false;
    }
    return this.text.length;
  }
}
