import { DatelineError } from '../shared/result';
import type { TimelineExportFormat } from '../shared/timeline-limits';

/**
 * Asks the user where to save a file: the suggested file name and its format; answers the chosen
 * absolute path, or null when they cancel. The app asks with a native save dialog; browser
 * end-to-end tests answer with a path in a temp folder.
 */
export type ChooseSaveFile = (suggestedName: string, format: TimelineExportFormat) => Promise<string | null>;

/** For tables built without a window (no one to ask): saving fails with a message saying so. */
export const chooseNowhere: ChooseSaveFile = () => Promise.reject(new DatelineError('io', 'There is no window to ask where to save the file. Use "dateline timeline export" instead.'));
