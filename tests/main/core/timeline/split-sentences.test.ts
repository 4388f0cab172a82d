import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../../src-main/core/timeline/split-sentences';

const sentencesOf = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits at sentence ends and blank lines, not at abbreviations or initials', () => {
    expect(sentencesOf('The U.S. envoy met Mr. Zhang on Aug. 7. He left.\n\nA new paragraph')).toEqual([
      'The U.S. envoy met Mr. Zhang on Aug. 7.',
      'He left.',
      'A new paragraph',
    ]);
    expect(sentencesOf('“It was a bomb,” he said. J. Smith agreed!')).toEqual(['“It was a bomb,” he said.', 'J. Smith agreed!']);
    expect(sentencesOf('   ')).toEqual([]);
  });

  it('finds the sentence around an offset', () => {
    const text = 'One. Two three.';
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('three'))).toEqual({ start: 5, end: 15 });
    expect(sentenceAt(sentences, 4)).toBeNull();
  });
});
