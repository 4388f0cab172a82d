import type { Services } from '../services/create-services';
import type { HandlerTable } from './handle';

type TimelineChannels = 'timeline:article' | 'timeline:collection' | 'timeline:edit' | 'timeline:add' | 'timeline:revert' | 'timeline:export';

/** The `timeline:*` channels: article and collection timelines, corrections, exports. */
export function timelineHandlers({ timeline }: Services): Pick<HandlerTable, TimelineChannels> {
  return {
    'timeline:article': ({ articleId }) => timeline.articles.article(articleId),
    'timeline:collection': (query) => timeline.collection.build(query),
    'timeline:edit': ({ articleId, key, ...change }) => timeline.edits.edit(articleId, key, change),
    'timeline:add': ({ articleId, range, value, title }) => timeline.edits.add(articleId, range, value, title),
    'timeline:revert': ({ articleId, key }) => timeline.edits.revert(articleId, key),
    'timeline:export': ({ scope, format }) => timeline.exports.build(scope, format),
  };
}
