import { countWords } from '../../core/blocks';
import type { DatelineDate } from '../../core/parse-dateline';
import { parsePlainTextArticle } from '../../core/plain-text-article';
import type { Article, Published } from '../../shared/article';
import { DatelineError } from '../../shared/result';
import { articleIdFor, hashText } from '../content-hash';
import { decodeText } from './decode-text';
import type { ImportFile } from './read-import-file';
import { sniffBinary } from './sniff-binary';

/** Extensions of formats Dateline will read but cannot import yet; they are refused, not garbled. */
const NOT_YET_SUPPORTED: Record<string, string> = {
  html: 'web pages (.html)',
  htm: 'web pages (.htm)',
  md: 'Markdown files (.md)',
  markdown: 'Markdown files (.markdown)',
};

/**
 * Turns a plain-text file into an article: decoded, split into paragraphs, its dateline, headline
 * and byline read into metadata, its id derived from the canonical text. A dateline that gives a
 * month and day without a year takes the year from the file's date. Throws `import-failed` for
 * binary files, formats not supported yet and files with no text.
 */
export function importPlainText(file: ImportFile, now: Date): Article {
  const binaryKind = sniffBinary(file.bytes);
  if (binaryKind) {
    throw new DatelineError('import-failed', `"${file.name}" is ${binaryKind}, not a text article. Dateline imports articles saved as plain text (.txt).`);
  }
  const unsupported = NOT_YET_SUPPORTED[file.extension];
  if (unsupported) {
    throw new DatelineError('import-failed', `"${file.name}" is not imported: Dateline cannot import ${unsupported} yet. Save the article as plain text (.txt) and import that.`);
  }
  const decoded = decodeText(file.bytes);
  const parsed = parsePlainTextArticle(decoded.text);
  if (parsed.text.trim().length === 0) {
    throw new DatelineError('import-failed', `"${file.name}" has no article text in it (only ${parsed.dateline ? 'a dateline' : 'blank space'}).`);
  }
  const contentHash = hashText(parsed.text);
  const dateline = parsed.dateline;
  return {
    meta: {
      id: articleIdFor(contentHash),
      title: parsed.title,
      byline: parsed.byline,
      source: dateline?.source ?? null,
      place: dateline?.place ?? null,
      published: dateline?.date ? publishedFrom(dateline.date, file.modifiedAt) : null,
      language: 'en',
      contentHash,
      original: { name: file.name, extension: /^[a-z0-9]{1,10}$/.test(file.extension) ? file.extension : 'txt' },
      importedAt: now.toISOString(),
      wordCount: countWords(parsed.text),
    },
    content: { blocks: parsed.blocks, text: parsed.text },
  };
}

/** A dateline date as an ISO date; without a year, the latest such date not after the file's date. */
function publishedFrom(date: DatelineDate, fileDate: Date): Published {
  const pad = (value: number) => String(value).padStart(2, '0');
  if (date.year !== null) return { value: `${date.year}-${pad(date.month)}-${pad(date.day)}`, origin: 'dateline' };
  let year = fileDate.getUTCFullYear();
  // Two days' grace: a file saved just after midnight UTC on the dateline's day is still that year.
  if (Date.UTC(year, date.month - 1, date.day) > fileDate.getTime() + 2 * 86_400_000) year -= 1;
  // 29 February needs a leap year.
  while (date.month === 2 && date.day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) year -= 1;
  return { value: `${year}-${pad(date.month)}-${pad(date.day)}`, origin: 'dateline-and-file-date' };
}
