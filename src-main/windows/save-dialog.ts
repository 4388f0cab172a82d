import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ChooseSaveFile } from '../ipc/save-file';
import type { TimelineExportFormat } from '../shared/timeline-limits';

const FILTERS: Record<TimelineExportFormat, { name: string; extensions: string[] }> = {
  timelinejs: { name: 'TimelineJS JSON', extensions: ['json'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
};

/** Asks where to save an export with the native save dialog (in the user's Documents folder at first), over `window` when there is one. */
export function saveDialogOf(window: () => BrowserWindow | null): ChooseSaveFile {
  return async (suggestedName, format) => {
    const options = { title: 'Export the timeline', buttonLabel: 'Export', defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [FILTERS[format]] };
    const owner = window();
    const chosen = owner && !owner.isDestroyed() ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };
}
