import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

/** The `notes:*` channels. */
export function noteHandlers({ notes }: Services): Pick<HandlerTable, 'notes:list' | 'notes:create' | 'notes:update' | 'notes:delete' | 'notes:restore' | 'notes:counts'> {
  return {
    'notes:list': ({ articleId }) => notes.list(articleId),
    'notes:create': (input) => notes.create(input),
    'notes:update': (change) => notes.update(change),
    'notes:delete': async ({ articleId, id }) => {
      await notes.remove(articleId, id);
      return { id };
    },
    'notes:restore': ({ articleId, id }) => notes.restore(articleId, id),
    'notes:counts': () => notes.counts(),
  };
}
