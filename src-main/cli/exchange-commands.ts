import path from 'node:path';
import type { Services } from '../services/create-services';
import { backupLibrary, restoreLibrary } from '../services/backup';
import type { ExportFormat, ExportScope } from '../services/export-notes';
import { importAnnotations } from '../services/import-annotations';
import { DatelineError } from '../shared/result';
import type { CliOptions } from './cli-options';
import { findByIdPrefix, type CommandOutput } from './commands';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `dateline export <article-id> | --collection <name> | --all --format md|jsonld [--out path]`:
 * without --out, one file is printed; Markdown of several articles needs --out <folder>.
 */
export async function exportCommand({ articles, collections, exports }: Services, args: string[], asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  const format = options.format;
  if (format !== 'md' && format !== 'jsonld') throw new DatelineError('invalid-input', `export needs --format md or --format jsonld${format ? ` (not "${format}")` : ''}.`);
  const scopes = [args.length > 0, options.collection !== undefined, options.all === true].filter(Boolean).length;
  if (scopes !== 1 || args.length > 1) throw new DatelineError('invalid-input', 'export needs one of: an article id, --collection <name>, or --all.');
  let scope: ExportScope;
  if (options.collection !== undefined) {
    const collection = collections.findByName(options.collection);
    if (!collection) throw new DatelineError('not-found', `There is no collection "${options.collection}". Run "dateline collection list" to see them.`);
    scope = { collectionId: collection.id };
  } else if (options.all) {
    scope = { all: true };
  } else {
    scope = { articleId: findByIdPrefix(articles.list(), args[0] as string).id };
  }
  if (options.out === undefined) {
    const files = await exports.build(scope, format as ExportFormat);
    if (files.length !== 1) throw new DatelineError('invalid-input', `This export makes ${files.length} Markdown files; give a folder for them with --out <folder>.`);
    return { stdout: (files[0] as { content: string }).content, errors: [], exitCode: 0 };
  }
  const written = await exports.write(scope, format as ExportFormat, options.out);
  const report = written.length === 0 ? 'There are no notes to export here.\n' : written.map((file) => `wrote  ${file}\n`).join('');
  return { stdout: asJson ? json({ files: written }) : report, errors: [], exitCode: 0 };
}

/** `dateline import-notes <file.jsonld>`: imports W3C Web Annotations as notes. Exits 1 if any was skipped. */
export async function importNotesCommand({ store }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'import-notes takes one file: dateline import-notes <file.jsonld>');
  const summary = await importAnnotations(store, args[0] as string);
  const errors = summary.skipped.map((skip) => `${skip.id ?? 'an annotation'}: ${skip.reason}`);
  const text = `${summary.imported} imported, ${summary.updated} updated, ${summary.unchanged} already in the library, ${summary.skipped.length} skipped.\n`;
  return { stdout: asJson ? json(summary) : text, errors, exitCode: errors.length > 0 ? 1 : 0 };
}

/** `dateline backup <file.tar.gz>`: the whole library in one archive. */
export async function backupCommand({ store }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'backup takes one file: dateline backup <file.tar.gz>');
  const summary = await backupLibrary(store, args[0] as string);
  return { stdout: asJson ? json(summary) : `backed up ${summary.articles} articles and ${summary.notesFiles} notes files to ${summary.file}\n`, errors: [], exitCode: 0 };
}

/**
 * `dateline restore <file.tar.gz> [--library folder] [--force]`: restores a backup into the library
 * folder; a folder that already holds files needs --force, and its library is kept beside it.
 */
export async function restoreCommand(_services: null, args: string[], asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  if (args.length !== 1 || !options.library) throw new DatelineError('invalid-input', 'restore takes one file: dateline restore <file.tar.gz> [--library <folder>] [--force]');
  const summary = await restoreLibrary(path.resolve(args[0] as string), options.library, options.force === true);
  const kept = summary.previous ? ` The library that was there is kept in ${summary.previous}.` : '';
  return { stdout: asJson ? json(summary) : `restored ${summary.articles} articles and ${summary.notesFiles} notes files into ${options.library}.${kept}\n`, errors: [], exitCode: 0 };
}
