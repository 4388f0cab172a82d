import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../src-main/core/timeline/build-events';
import { extractTimeExpressions } from '../../../../src-main/core/timeline/extract-time-expressions';

const DCT = '2016-03-01';

function eventValues(text: string): string[] {
  return buildEvents(text, extractTimeExpressions(text, { dct: DCT, language: 'en' }), DCT).map((event) => event.value);
}

describe('dates of citations', () => {
  it('are not events: a reference list entry and the date a page was retrieved or archived', () => {
    const text = [
      'New Zealand',
      'The Treaty of Waitangi was signed on 6 February 1840.',
      '^ Hindmarsh (2006). "Discovering D\'Urville". Heritage New Zealand. Archived from the original on 11 May 2011. Retrieved 13 January 2011.',
      'Cooper, R.; Millener, P. (1993). "The New Zealand biota". Trends in Ecology & Evolution.',
      'Statistics New Zealand. Retrieved 11 February 2016.',
    ].join('\n\n');
    expect(eventValues(text)).toEqual(['1840-02-06']);
  });

  it('leave the story’s own dates alone, even beside the same words', () => {
    const text = 'Rescue\n\nDivers retrieved the boat on 11 May 2011, and the crew was archived in a report in 1993.';
    expect(eventValues(text)).toEqual(['2011-05-11', '1993']);
  });
});
