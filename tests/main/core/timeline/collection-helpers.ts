import { applyEventEdits } from '../../../../src-main/core/timeline/apply-event-edits';
import { buildEvents } from '../../../../src-main/core/timeline/build-events';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';
import type { KeyDateArticle } from '../../../../src-main/core/timeline/key-dates';
import { splitSentences } from '../../../../src-main/core/timeline/split-sentences';

let counter = 0;

/** An article of a collection built from its text with the real extractor: its events, their sentences and its leads. */
export function collectionArticle(text: string, published: string, source = 'Reuters'): KeyDateArticle {
  counter += 1;
  const articleId = counter.toString(16).padStart(16, '0');
  const expressions = extractTimeExpressions(text, { dct: published, language: 'en' });
  const events = applyEventEdits(articleId, text, buildEvents(text, expressions, published), []);
  const leads = splitSentences(text).slice(0, 2).map((sentence) => ({ sentence, quote: text.slice(sentence.start, sentence.end) }));
  return {
    articleId,
    articleTitle: `Article ${counter}`,
    source,
    published,
    events,
    quotes: events.map((event) => text.slice(event.sentence.start, event.sentence.end)),
    leads,
  };
}
