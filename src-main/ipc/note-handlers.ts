import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

/** The `notes:*` channels. */
export function noteHandlers({ notes, noteCatalogue }: Services): Pick<HandlerTable, 'notes:list' | 'notes:create' | 'notes:update' | 'notes:delete' | 'notes:restore' | 'notes:counts'> {
  return {
    'notes:list': ({ articleId }) => notes.list(articleId),
    'notes:create': (input) => notes.create(input),
    'notes:update': (change) => notes.update(change),
    'notes:delete': async ({ articleId, id }) => {
      await notes.remove(articleId, id);
      return { id };
    },
    'notes:restore': ({ articleId, id }) => notes.restore(articleId, id),
    // From the catalogue in memory: the notes files are read once, not on every listing.
    'notes:counts': () => noteCatalogue.countsRecord(),
  };
}
