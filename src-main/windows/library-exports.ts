import { dialog, type BrowserWindow } from 'electron';
import { messageOf, tell } from './tell-user';
import type { ExportService } from '../services/export-notes';
import type { AnnotationImportSummary } from '../services/import-annotations';
import type { ArchiveSummary } from '../shared/library-views';

/** What File → Export, Import Notes and Back Up need: the export service, the notes import, the backup, and the window to ask in. */
export interface LibraryExportContext {
  exports: Pick<ExportService, 'write'>;
  importNotes: (file: string) => Promise<AnnotationImportSummary>;
  backUp: (file: string) => Promise<ArchiveSummary>;
  window: () => BrowserWindow | null;
}

/** How many skipped annotations the summary after an import lists by name. */
const SKIPPED_LISTED = 5;

/** The formats notes export to: Markdown (Obsidian-friendly) or W3C Web Annotation JSON-LD. */
export type NotesFormat = 'md' | 'jsonld';

/**
 * File → Export All Notes: asks for a folder, writes every article's notes there (Markdown, one
 * file per article, or one JSON-LD collection), and says where. Cancelling does nothing.
 */
export async function exportAllNotes(format: NotesFormat, context: LibraryExportContext): Promise<void> {
  const window = context.window();
  const options = { title: format === 'md' ? 'Export notes as Markdown' : 'Export notes as Web Annotations', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const folder = chosen.filePaths[0];
  if (chosen.canceled || !folder) return;
  try {
    const written = await context.exports.write({ all: true }, format, folder);
    await tell(window, { type: 'info', message: written.length === 1 ? 'The notes were exported' : `The notes were exported as ${written.length} files`, detail: `They are in ${folder}.` });
  } catch (error) {
    await tell(window, { type: 'error', message: 'Dateline could not export the notes', detail: messageOf(error) });
  }
}

/**
 * File → Import Notes from Web Annotations: asks for a W3C Web Annotation file (as Dateline and
 * other annotation tools export), adds its notes to the articles they belong to, and says what
 * it did — how many were new, updated or already there, and which were skipped and why.
 */
export async function importNotesFromFile(context: LibraryExportContext): Promise<void> {
  const window = context.window();
  const options = {
    title: 'Import notes from Web Annotations',
    buttonLabel: 'Import',
    properties: ['openFile'] as Array<'openFile'>,
    filters: [{ name: 'Web Annotations', extensions: ['jsonld', 'json'] }],
  };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  try {
    const summary = await context.importNotes(file);
    const added = summary.imported + summary.updated;
    await tell(window, { type: summary.skipped.length > 0 && added === 0 ? 'warning' : 'info', message: importHeadline(summary), detail: importDetail(summary) });
  } catch (error) {
    await tell(window, { type: 'error', message: 'Dateline could not import the notes', detail: messageOf(error) });
  }
}

function importHeadline({ imported, updated }: AnnotationImportSummary): string {
  if (imported + updated === 0) return 'No notes were added';
  const parts = [imported > 0 ? `${imported} ${imported === 1 ? 'note was' : 'notes were'} added` : '', updated > 0 ? `${updated} updated` : ''].filter(Boolean);
  return parts.join(', ');
}

function importDetail({ unchanged, skipped }: AnnotationImportSummary): string {
  const lines = unchanged > 0 ? [`${unchanged} ${unchanged === 1 ? 'note was' : 'notes were'} already in the library.`] : [];
  if (skipped.length > 0) {
    lines.push(`${skipped.length} skipped:`);
    for (const { id, reason } of skipped.slice(0, SKIPPED_LISTED)) lines.push(`• ${id ?? 'an annotation without an id'}: ${reason}`);
    if (skipped.length > SKIPPED_LISTED) lines.push(`…and ${skipped.length - SKIPPED_LISTED} more. \`dateline import-notes <file>\` lists them all.`);
  }
  return lines.join('\n') || 'Each note is beside its passage in its article.';
}

/** File → Back Up Library: asks where to save one archive of the whole library, writes it, and says what it holds. */
export async function backUpLibrary(context: LibraryExportContext, today: Date = new Date()): Promise<void> {
  const window = context.window();
  const options = { title: 'Back up the library', buttonLabel: 'Back Up', defaultPath: `Dateline backup ${today.toISOString().slice(0, 10)}.tar.gz` };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return;
  try {
    const summary = await context.backUp(chosen.filePath);
    await tell(window, {
      type: 'info',
      message: 'The library was backed up',
      detail: `${summary.articles} articles and their notes are in ${summary.file}. Restore it with File → Restore Library from Backup…, or from the command line: dateline restore "${summary.file}"`,
    });
  } catch (error) {
    await tell(window, { type: 'error', message: 'Dateline could not back up the library', detail: messageOf(error) });
  }
}
