import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';
import type { ChooseSaveFile } from './save-file';

type TimelineChannels = 'timeline:article' | 'timeline:collection' | 'timeline:edit' | 'timeline:add' | 'timeline:revert' | 'timeline:export' | 'timeline:save';

/** The `timeline:*` channels: article and collection timelines, corrections, exports (saved where `chooseSaveFile` says). */
export function timelineHandlers({ timeline }: Services, chooseSaveFile: ChooseSaveFile): Pick<HandlerTable, TimelineChannels> {
  return {
    'timeline:article': ({ articleId }) => timeline.articles.article(articleId),
    'timeline:collection': (query) => timeline.collection.view(query),
    'timeline:edit': ({ articleId, key, ...change }) => timeline.edits.edit(articleId, key, change),
    'timeline:add': ({ articleId, range, value, title }) => timeline.edits.add(articleId, range, value, title),
    'timeline:revert': ({ articleId, key }) => timeline.edits.revert(articleId, key),
    'timeline:export': ({ scope, format }) => timeline.exports.build(scope, format),
    'timeline:save': async ({ scope, format }) => {
      const exported = await timeline.exports.build(scope, format);
      const file = await chooseSaveFile(exported.name, format);
      if (file) await timeline.exports.write(exported, file);
      return { file };
    },
  };
}
