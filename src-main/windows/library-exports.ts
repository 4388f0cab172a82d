import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { ExportService } from '../services/export-notes';
import type { ArchiveSummary } from '../shared/library-views';

/** What File → Export and Back Up need: the export service, the backup, and the window to ask in. */
export interface LibraryExportContext {
  exports: Pick<ExportService, 'write'>;
  backUp: (file: string) => Promise<ArchiveSummary>;
  window: () => BrowserWindow | null;
}

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function tell(window: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
  const box = { buttons: ['OK'], ...options };
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, box);
  else await dialog.showMessageBox(box);
}
