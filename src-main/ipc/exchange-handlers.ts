import { listAllNotes } from '../services/all-notes';
import { backupLibrary } from '../services/backup';
import type { Services } from '../services/create-services';
import { importAnnotations } from '../services/import-annotations';
import type { HandlerTable } from './handle';

/** The "all notes" view, export and import of notes, and backup of the library. */
export function exchangeHandlers({ store, noteCatalogue, exports }: Services): Pick<HandlerTable, 'notes:all' | 'notes:export' | 'notes:import' | 'library:backup'> {
  return {
    'notes:all': (filter) => listAllNotes(store, noteCatalogue, filter),
    'notes:export': async ({ scope, format, destination }) => ({ files: await exports.write(scope, format, destination) }),
    'notes:import': ({ path }) => importAnnotations(store, path),
    'library:backup': ({ path }) => backupLibrary(store, path),
  };
}
