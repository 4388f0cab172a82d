import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

/** The `search:*` channels. */
export function searchHandlers({ search }: Services): Pick<HandlerTable, 'search:query' | 'search:status'> {
  return {
    'search:query': (query) => search.search(query),
    'search:status': () => search.status(),
  };
}
