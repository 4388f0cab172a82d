import { countBlockWords } from '../../core/count-block-words';
import { parsePlainTextArticle } from '../../core/plain-text-article';
import { publishedFromDateline } from '../../core/published-date';
import type { Article } from '../../shared/article';
import { DatelineError } from '../../shared/result';
import { buildArticle, type ArticleDraft, type ImportDefaults } from './build-article';
import { decodeText } from './decode-text';
import type { ImportFile } from './read-import-file';
import { sniffBinary } from './sniff-binary';

/**
 * Turns a plain-text file into an article: decoded, split into paragraphs, its dateline, headline
 * and byline read into metadata, its id derived from the canonical text. A dateline that gives a
 * month and day without a year takes the year from the file's date. `defaults` fill in a date or
 * source the text does not state. Throws `import-failed` for binary files and files with no text.
 */
export function importPlainText(file: ImportFile, now: Date, defaults: ImportDefaults = {}): Article {
  const binaryKind = sniffBinary(file.bytes);
  if (binaryKind) {
    throw new DatelineError('import-failed', `"${file.name}" is ${binaryKind}, not a text article. Dateline imports articles saved as plain text (.txt).`);
  }
  return buildArticle(file, readPlainText(file.bytes, file.name, file.modifiedAt), now, 'txt', defaults);
}

/**
 * Reads a plain-text file into an article draft (see {@link importPlainText}); runs on the main
 * thread for small files and in the import worker for large ones. Throws `import-failed` when the
 * file has no text.
 */
export function readPlainText(bytes: Uint8Array, fileName: string, fileDate: Date): ArticleDraft {
  const parsed = parsePlainTextArticle(decodeText(bytes).text);
  if (parsed.text.trim().length === 0) {
    throw new DatelineError('import-failed', `"${fileName}" has no article text in it (only ${parsed.dateline ? 'a dateline' : 'blank space'}).`);
  }
  const dateline = parsed.dateline;
  const fromDateline = (value: string | null | undefined) => (value ? { value, origin: 'dateline' as const } : null);
  return {
    title: parsed.hasHeadline ? { value: parsed.title, origin: 'text' } : null,
    byline: parsed.byline ? { value: parsed.byline, origin: 'text' } : null,
    source: fromDateline(dateline?.source),
    place: fromDateline(dateline?.place),
    published: dateline?.date ? publishedFromDateline(dateline.date, fileDate) : null,
    language: null,
    blocks: parsed.blocks,
    wordCount: countBlockWords(parsed.blocks),
  };
}
