import { isoDate } from '../core/published-date';
import type { ArticleMeta } from '../shared/article';
import { formatDateline } from '../shared/format-dateline';
import { DatelineError } from '../shared/result';
import type { ImportSummary } from '../services/articles';
import type { Services } from '../services/create-services';
import type { ImportDefaults } from '../services/importers/build-article';
import { replaceArticle } from '../services/replace-article';
import type { CliOptions } from './cli-options';

/** What a command prints: `stdout` as is, each of `errors` as one `dateline: …` line on stderr. */
export interface CommandOutput {
  stdout: string;
  errors: string[];
  exitCode: number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `dateline import <file-or-folder…> [--date YYYY-MM-DD] [--source NAME]`: imports each file and
 * every web page, Markdown and text file in each folder; `--date` and `--source` fill in what a
 * file does not state. Prints one line per file and a summary; each failure is one stderr line.
 * Exits 1 if any file failed, after trying them all.
 */
export async function importCommand({ articles }: Services, paths: string[], asJson: boolean, options: Pick<CliOptions, 'date' | 'source'> = {}): Promise<CommandOutput> {
  if (paths.length === 0) throw new DatelineError('invalid-input', 'import needs at least one file or folder: dateline import <file…>');
  const defaults = importDefaults(options);
  const summary = await articles.importPaths(paths, { defaults });
  const errors = summary.outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [`cannot import ${outcome.path}: ${outcome.message}`] : []));
  if (asJson) return { stdout: json(summary), errors, exitCode: errors.length > 0 ? 1 : 0 };
  const lines = summary.outcomes.map((outcome) => {
    if (outcome.status === 'imported') return `imported  ${outcome.id}  ${outcome.title}${outcome.restoredNotes ? ` (${outcome.restoredNotes === 1 ? '1 earlier note' : `${outcome.restoredNotes} earlier notes`} brought back)` : ''}`;
    if (outcome.status === 'duplicate') return `already   ${outcome.id}  ${outcome.title} (the same text is already in the library)`;
    return `failed    ${outcome.path}`;
  });
  lines.push(describeSummary(summary));
  return { stdout: lines.map((line) => `${line}\n`).join(''), errors, exitCode: errors.length > 0 ? 1 : 0 };
}

/** The `--date` and `--source` options as import defaults; `invalid-input` for a date that is not YYYY-MM-DD. */
function importDefaults(options: Pick<CliOptions, 'date' | 'source'>): ImportDefaults {
  const defaults: ImportDefaults = {};
  if (options.date !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.date.trim());
    const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    if (!date) throw new DatelineError('invalid-input', `--date "${options.date}" is not a date; write it as YYYY-MM-DD, for example --date 2019-02-25.`);
    defaults.published = date;
  }
  const source = options.source?.replace(/\s+/g, ' ').trim();
  if (options.source !== undefined && !source) throw new DatelineError('invalid-input', '--source needs a name, for example --source Reuters.');
  if (source) defaults.source = source;
  return defaults;
}

/** "3 imported, 1 already in the library, 2 failed, 5 other files skipped." */
function describeSummary(summary: ImportSummary): string {
  const parts = [`${summary.imported} imported`, `${summary.duplicates} already in the library`, `${summary.failed} failed`];
  if (summary.skipped > 0) parts.push(`${summary.skipped} other file${summary.skipped === 1 ? '' : 's'} skipped (not web pages, Markdown or text)`);
  return `${parts.join(', ')}.`;
}

/** `dateline list`: one line per article, newest first. */
export async function listCommand({ articles, store }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length > 0) throw new DatelineError('invalid-input', `list takes no arguments (got "${args.join(' ')}")`);
  const list = articles.list();
  if (asJson) return { stdout: json(list), errors: [], exitCode: 0 };
  if (list.length === 0) {
    return { stdout: `The library at ${store.dir} has no articles yet. Import some with: dateline import <file…>\n`, errors: [], exitCode: 0 };
  }
  const lines = list.map((meta) => `${meta.id}  ${(meta.published?.value.slice(0, 10) ?? 'undated').padEnd(10)}  ${(meta.source ?? '').padEnd(12)}  ${meta.title}`);
  return { stdout: `${lines.join('\n')}\n`, errors: [], exitCode: 0 };
}

/** `dateline show <id>`: the article with its dateline header, paragraphs separated by blank lines. */
export async function showCommand({ articles }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'show takes one article id: dateline show <id>');
  const meta = findByIdPrefix(articles.list(), args[0] as string);
  const article = await articles.get(meta.id);
  if (asJson) return { stdout: json(article), errors: [], exitCode: 0 };
  const header = [article.meta.title, formatDateline(article.meta), article.meta.byline ? `By ${article.meta.byline}` : ''].filter(Boolean);
  return { stdout: `${header.join('\n')}\n\n${article.content.text}\n`, errors: [], exitCode: 0 };
}

/**
 * `dateline rm <id>`: deletes an article (its folder and index entry); its notes are kept as
 * deleted records (see ArticleService.remove), never dropped silently.
 */
export async function removeCommand({ articles }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'rm takes one article id: dateline rm <id>');
  const meta = findByIdPrefix(articles.list(), args[0] as string);
  const removed = await articles.remove(meta.id);
  if (asJson) return { stdout: json({ ...removed, title: meta.title }), errors: [], exitCode: 0 };
  const notes = removed.deletedNotes === 0 ? '' : ` (its ${removed.deletedNotes === 1 ? 'note was' : `${removed.deletedNotes} notes were`} deleted with it; importing the article again brings ${removed.deletedNotes === 1 ? 'it' : 'them'} back)`;
  return { stdout: `removed  ${meta.id}  ${meta.title}${notes}\n`, errors: [], exitCode: 0 };
}

/**
 * `dateline replace <id> <file>`: replaces an article with a newer version of it; its notes, tags
 * and collections move to the new version, each note re-anchored in the new text or orphaned.
 */
export async function replaceCommand(services: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 2) throw new DatelineError('invalid-input', 'replace takes an article id and the file of its newer version: dateline replace <id> <file>');
  const meta = findByIdPrefix(services.articles.list(), args[0] as string);
  const replaced = await replaceArticle(services, meta.id, args[1] as string);
  if (asJson) return { stdout: json(replaced), errors: [], exitCode: 0 };
  const orphaned = replaced.orphaned > 0 ? `; ${replaced.orphaned === 1 ? '1 found no passage in the new text and is' : `${replaced.orphaned} found no passage in the new text and are`} listed as orphaned` : '';
  return { stdout: `replaced ${meta.id} by ${replaced.id}  ${replaced.title}
  ${replaced.notes === 1 ? '1 note' : `${replaced.notes} notes`} carried over${orphaned}
`, errors: [], exitCode: 0 };
}

/** The one article whose id is or starts with `prefix` (at least 4 characters). */
export function findByIdPrefix(list: readonly ArticleMeta[], prefix: string): ArticleMeta {
  const wanted = prefix.toLowerCase();
  const exact = list.find((meta) => meta.id === wanted);
  if (exact) return exact;
  const matches = wanted.length >= 4 ? list.filter((meta) => meta.id.startsWith(wanted)) : [];
  if (matches.length === 1) return matches[0] as ArticleMeta;
  if (matches.length > 1) throw new DatelineError('invalid-input', `"${prefix}" is the start of ${matches.length} article ids; give more of it.`);
  throw new DatelineError('not-found', `There is no article "${prefix}" in this library. Run "dateline list" to see the ids.`);
}
