import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

/** The `library:*` and `settings:*` channels. */
export function libraryHandlers({ library }: Services): Pick<HandlerTable, 'library:status' | 'settings:get' | 'settings:update'> {
  return {
    'library:status': () => library.status(),
    'settings:get': () => library.settings(),
    'settings:update': (patch) => library.updateSettings(patch),
  };
}
