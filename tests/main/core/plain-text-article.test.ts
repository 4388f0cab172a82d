import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockRanges, countWords, joinBlocks } from '../../../src-main/core/blocks';
import { parsePlainTextArticle } from '../../../src-main/core/plain-text-article';

const SEED = fs.readFileSync(path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt'), 'utf8');

describe('parsePlainTextArticle', () => {
  it('turns the seed into eleven paragraphs without its dateline line', () => {
    const article = parsePlainTextArticle(SEED);
    const expectedParagraphs = SEED.split('\n\n').slice(1).map((paragraph) => paragraph.trim()).filter(Boolean);
    expect(article.blocks.map((block) => block.text)).toEqual(expectedParagraphs);
    expect(article.blocks).toHaveLength(11);
    expect(article.blocks.every((block) => block.type === 'paragraph')).toBe(true);
    expect(article.dateline).toMatchObject({ source: 'Reuters', place: 'Beijing', date: { year: 2019, month: 2, day: 25 } });
    expect(article.text).toContain('Zhang Hanhui (張漢暉)');
    expect(article.text).not.toContain('date 2019');
  });

  it('gives the seed a title from its lead, shortened at a word', () => {
    const { title, hasHeadline } = parsePlainTextArticle(SEED);
    expect(hasHeadline).toBe(false);
    expect(title).toBe('China’s counterterror and deradicalization efforts in its far western region of Xinjiang…');
  });

  it('joins hard-wrapped lines, normalises line ends and drops a byte-order mark', () => {
    const article = parsePlainTextArticle('\uFEFFFirst line\r\nof a paragraph.\r\n\r\n\r\nSecond   one.\r');
    expect(article.blocks.map((block) => block.text)).toEqual(['First line of a paragraph.', 'Second one.']);
  });

  it('reads a headline, a byline and an inline dateline into metadata', () => {
    const article = parsePlainTextArticle('Storm closes ports\n\nBy Jane Doe\n\nWASHINGTON, Feb. 26 (AP) — A storm closed ports.\n\nMore later.');
    expect(article).toMatchObject({ title: 'Storm closes ports', hasHeadline: true, byline: 'Jane Doe', dateline: { place: 'Washington', source: 'AP' } });
    expect(article.blocks.map((block) => block.text)).toEqual(['A storm closed ports.', 'More later.']);
  });

  it('keeps a one-paragraph text whole rather than calling it a headline', () => {
    const article = parsePlainTextArticle('Just a short note without a full stop');
    expect(article.blocks).toHaveLength(1);
    expect(article.title).toBe('Just a short note without a full stop');
  });

  it('builds a canonical text whose block ranges point at each block', () => {
    const article = parsePlainTextArticle(SEED);
    expect(joinBlocks(article.blocks)).toBe(article.text);
    blockRanges(article.blocks).forEach((range, index) => {
      expect(article.text.slice(range.start, range.end)).toBe(article.blocks[index]?.text);
    });
  });

  it('normalises to NFC so the same words hash the same', () => {
    expect(parsePlainTextArticle('Cafe\u0301 opens.').text).toBe('Café opens.');
  });
});

describe('countWords', () => {
  it('counts English words and each CJK character', () => {
    expect(countWords('Zhang Hanhui (張漢暉) said.')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
