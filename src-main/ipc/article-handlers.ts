import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

/** The `articles:*` channels. */
export function articleHandlers({ articles }: Services): Pick<HandlerTable, 'articles:list' | 'articles:get' | 'articles:import'> {
  return {
    'articles:list': () => articles.list(),
    'articles:get': ({ id }) => articles.get(id),
    'articles:import': ({ paths }) => articles.importFiles(paths),
  };
}
