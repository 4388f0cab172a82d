import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describePassage } from '../src-main/core/anchoring';
import { uuidV7 } from '../src-main/core/uuid-v7';
import { articleIdFor, hashText } from '../src-main/services/content-hash';
import type { Note } from '../src-main/shared/annotation';
import type { ArticleMeta, Block } from '../src-main/shared/article';
import { DEFAULT_SETTINGS } from '../src-main/shared/settings';
import { seededRandom } from './support/shared-folder';

/** The shape of a generated library. */
export interface LibraryShape {
  articles: number;
  wordsPerArticle: number;
  articlesWithNotes: number;
  notesPerArticle: number;
}

/** Words every article uses, as news English does: they make about half of all running words. */
const COMMON = 'the of and to in a that said is for on was with he it as at by from his have has be are were will its an which their but not after also who been more would two year government officials people new first last told country state minister week talks'.split(' ');
const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';
const VOCABULARY_SIZE = 60_000;

/**
 * A made-up vocabulary of 60,000 pronounceable words, 3 to 12 letters, ranked: the word of rank r is
 * drawn with probability ∝ 1/r (Zipf). Letters are random, so words share prefixes about as
 * sparsely as English words do (a prefix search expands to a handful of words, not thousands).
 */
export function vocabulary(): string[] {
  const random = seededRandom(5);
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    const length = 3 + Math.floor(random() * random() * 10);
    let word = '';
    for (let index = 0; index < length; index += 1) {
      const letters = index % 2 === 0 ? CONSONANTS : VOWELS;
      word += letters[Math.floor(random() * letters.length)];
    }
    words.add(word);
  }
  return [...words];
}

/** Draws words: common English half the time, else a Zipf-ranked word of the vocabulary. */
export function wordSource(seed: number): (count: number) => string[] {
  const random = seededRandom(seed);
  const words = vocabulary();
  const harmonic = Math.log(VOCABULARY_SIZE) + 0.5772;
  return (count) => {
    const out: string[] = [];
    for (let index = 0; index < count; index += 1) {
      if (random() < 0.5) out.push(COMMON[Math.floor(random() * COMMON.length)] as string);
      // Inverse of the Zipf CDF, approximately: rank = e^(u·H) − 1.
      else out.push(words[Math.min(VOCABULARY_SIZE - 1, Math.floor(Math.exp(random() * harmonic) - 1))] as string);
    }
    return out;
  };
}

/** One generated article's text: paragraphs of sentences of 8–28 words. */
function articleText(draw: (count: number) => string[], words: number, random: () => number): Block[] {
  const blocks: Block[] = [];
  let left = words;
  while (left > 0) {
    const sentences: string[] = [];
    for (let sentence = 0; sentence < 3 + Math.floor(random() * 4) && left > 0; sentence += 1) {
      const length = Math.min(left, 8 + Math.floor(random() * 20));
      const drawn = draw(length);
      drawn[0] = `${(drawn[0] as string).charAt(0).toUpperCase()}${(drawn[0] as string).slice(1)}`;
      sentences.push(`${drawn.join(' ')}.`);
      left -= length;
    }
    blocks.push({ type: 'paragraph', text: sentences.join(' ') });
  }
  return blocks;
}

/**
 * Writes a library straight to disk (library.json, content.json per article, notes files), as the
 * app would have saved it, without going through import: a fast set-up, as bench/support/note-save.ts
 * does. Originals are a one-line stand-in (they are never read after import) to spare the disk.
 */
export async function generateLibrary(dir: string, shape: LibraryShape): Promise<{ ids: string[]; titles: string[] }> {
  const draw = wordSource(7);
  const random = seededRandom(11);
  const articles: Record<string, ArticleMeta> = {};
  const ids: string[] = [];
  const titles: string[] = [];
  const started = new Date('2024-01-01T00:00:00Z').getTime();
  for (let batch = 0; batch < shape.articles; batch += 100) {
    const writes: Promise<void>[] = [];
    for (let index = batch; index < Math.min(shape.articles, batch + 100); index += 1) {
      const blocks = articleText(draw, shape.wordsPerArticle, random);
      const title = `${draw(6 + Math.floor(random() * 5)).join(' ')} ${index}`;
      const text = blocks.map((block) => block.text).join('\n\n');
      const contentHash = hashText(text);
      const day = new Date(started - Math.floor(random() * 2000) * 86_400_000).toISOString().slice(0, 10);
      const meta: ArticleMeta = {
        id: articleIdFor(contentHash),
        title,
        byline: null,
        source: ['Reuters', 'AP', 'AFP', 'BBC'][index % 4] as string,
        place: 'Beijing',
        published: { value: day, origin: 'dateline' },
        language: 'en',
        contentHash,
        original: { name: `${index}.txt`, extension: 'txt' },
        importedAt: new Date(started + index * 1000).toISOString(),
        wordCount: shape.wordsPerArticle,
      };
      articles[meta.id] = meta;
      ids.push(meta.id);
      titles.push(title);
      writes.push(writeArticle(dir, meta, blocks, text, index < shape.articlesWithNotes ? shape.notesPerArticle : 0, random));
    }
    await Promise.all(writes);
  }
  const library = { schemaVersion: 3, libraryId: 'bench', createdAt: new Date().toISOString(), articles, settings: DEFAULT_SETTINGS, isSeeded: true, collections: {}, memberships: {}, articleTags: {}, removedArticles: {} };
  await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify(library));
  return { ids, titles };
}

async function writeArticle(dir: string, meta: ArticleMeta, blocks: Block[], text: string, noteCount: number, random: () => number): Promise<void> {
  const folder = path.join(dir, 'articles', meta.id);
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, 'content.json'), JSON.stringify({ schemaVersion: 1, meta, blocks, text }));
  await fs.writeFile(path.join(folder, 'original.txt'), `${meta.title}\n`);
  if (noteCount === 0) return;
  const notes: Record<string, Note> = {};
  for (let index = 0; index < noteCount; index += 1) {
    const start = text.indexOf(' ', Math.floor(random() * (text.length - 200))) + 1;
    const end = text.indexOf(' ', start + 20 + Math.floor(random() * 80));
    const time = new Date(Date.parse(meta.importedAt) + index * 60_000);
    const id = uuidV7(time.getTime(), Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256)));
    notes[id] = {
      id,
      articleId: meta.id,
      target: { textHash: meta.contentHash, ...describePassage(text, start, end) },
      body: `Note ${index}: ${text.slice(start, Math.min(end, start + 60))}`,
      color: 'yellow',
      tags: index % 5 === 0 ? ['follow-up'] : [],
      createdAt: time.toISOString(),
      updatedAt: time.toISOString(),
      deviceId: 'bench',
      isDeleted: false,
    };
  }
  await fs.mkdir(path.join(dir, 'notes'), { recursive: true });
  await fs.writeFile(path.join(dir, 'notes', `${meta.id}.json`), JSON.stringify({ schemaVersion: 1, articleId: meta.id, notes }));
}
