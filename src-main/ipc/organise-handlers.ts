import { queryLibrary } from '../services/library-list';
import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

type OrganiseChannels =
  | 'articles:query'
  | 'tags:list'
  | 'tags:add'
  | 'tags:remove'
  | 'collections:list'
  | 'collections:create'
  | 'collections:rename'
  | 'collections:delete'
  | 'collections:add'
  | 'collections:remove'
  | 'reading:get'
  | 'reading:update';

/** The channels that organise the library: the sorted and filtered list, tags, collections, reading positions. */
export function organiseHandlers({ store, noteCatalogue, tags, collections, reading }: Services): Pick<HandlerTable, OrganiseChannels> {
  return {
    'articles:query': (query) => queryLibrary(store, noteCatalogue, query),
    'tags:list': () => tags.counts(),
    'tags:add': ({ articleId, tag }) => tags.add(articleId, tag),
    'tags:remove': ({ articleId, tag }) => tags.remove(articleId, tag),
    'collections:list': () => collections.list(),
    'collections:create': ({ name }) => collections.create(name),
    'collections:rename': ({ id, name }) => collections.rename(id, name),
    'collections:delete': async ({ id }) => {
      await collections.remove(id);
      return { id };
    },
    'collections:add': ({ id, articleIds }) => collections.setMembers(id, articleIds, true),
    'collections:remove': ({ id, articleIds }) => collections.setMembers(id, articleIds, false),
    'reading:get': ({ articleId }) => reading.get(articleId),
    'reading:update': (change) => reading.update(change),
  };
}
