import type { Services } from '../services/create-services';
import { ImportJobs } from '../services/import-jobs';
import { replaceArticle } from '../services/replace-article';
import type { HandlerTable } from './handle';
import type { Push } from './push';

/** The `articles:*` channels; import progress is pushed as `import:progress`, a deletion or replacement as `library:changed`. */
export function articleHandlers(
  services: Services,
  push: Push,
): Pick<HandlerTable, 'articles:list' | 'articles:get' | 'articles:import' | 'articles:cancel' | 'articles:update' | 'articles:delete' | 'articles:replace'> {
  const { articles } = services;
  const jobs = new ImportJobs(articles);
  return {
    'articles:list': () => articles.list(),
    'articles:get': ({ id }) => articles.get(id),
    'articles:import': ({ paths }) => jobs.run(paths, (progress) => push('import:progress', progress)),
    'articles:cancel': () => ({ isCancelled: jobs.cancel() }),
    'articles:update': ({ id, ...correction }) => articles.updateMetadata(id, correction),
    'articles:delete': async ({ id }) => {
      const removed = await articles.remove(id);
      push('library:changed', { reason: 'delete' });
      return removed;
    },
    'articles:replace': async ({ id, path }) => {
      const replaced = await replaceArticle(services, id, path);
      push('library:changed', { reason: 'replace', articleId: replaced.id });
      return replaced;
    },
  };
}
