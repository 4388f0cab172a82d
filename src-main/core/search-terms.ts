/** One searchable term and where it sits in the text it came from (UTF-16 offsets, `end` exclusive). */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/**
 * Scripts written without spaces between words. Runs of them go through Intl.Segmenter (ICU's
 * dictionaries); everything else is split on letters and digits by a regular expression, which is
 * some seventy times faster and matters when a library holds millions of words.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Han and kana, which also get character pairs (see {@link tokenize}). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const DIGIT = /[0-9]/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Words too common to help find anything; left out of the index and of queries alike, so a query
 * of "the times" still finds "The Times". English only: other languages keep every word.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she that the their them they this to was we were which who will with you'.split(' '),
);

/** How a term is written in the index: lower case, and Latin/Greek/Cyrillic letters without accents. */
export function normaliseTerm(raw: string): string | null {
  const lower = raw.toLowerCase();
  // Most words of most libraries are plain ASCII: nothing to fold, and no script to look up.
  if (ASCII.test(lower)) return STOP_WORDS.has(lower) || (lower.length === 1 && !DIGIT.test(lower)) ? null : lower;
  if (CJK.test(lower) || UNSPACED.test(lower)) return lower;
  // Accents are folded only outside CJK: decomposing kana would split off its voicing marks.
  const folded = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  if (folded.length === 1 && !/\p{N}/u.test(folded)) return null;
  return folded;
}

/**
 * Splits text into normalised terms with their offsets. `index` mode (for documents) gives, for a
 * run of Chinese or Japanese, the words Intl.Segmenter finds and every pair of adjacent characters;
 * `query` mode gives only the pairs (or the character itself, for a one-character query). Word
 * boundaries in CJK depend on context, so a name like 張漢暉 may be cut differently in an
 * article and in a query; its pairs are the same everywhere, so a query always finds it.
 */
export function tokenize(text: string, mode: 'index' | 'query' = 'index'): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    const start = match.index;
    if (!UNSPACED.test(run)) {
      push(spans, run, start);
      continue;
    }
    for (const segment of segmenter.segment(run)) {
      if (!segment.isWordLike) continue;
      const at = start + segment.index;
      if (CJK.test(segment.segment)) {
        if (mode === 'index') push(spans, segment.segment, at);
        continue;
      }
      push(spans, segment.segment, at);
    }
    addCjkPairs(spans, run, start, mode);
  }
  return spans;
}

/** The normalised terms of `text` alone, for MiniSearch's `tokenize` option. */
export function terms(text: string, mode: 'index' | 'query' = 'index'): string[] {
  const found: string[] = [];
  forEachTerm(text, mode, (term) => found.push(term));
  return found;
}

/** One pass over the runs of letters and digits (a copy of RUN: its own position, never shared). */
const RUN_STEP = new RegExp(RUN.source, RUN.flags);

/**
 * Calls `visit` with each normalised term of `text`, in {@link tokenize}'s order, without making
 * a span per word: what indexing every word of a large library needs. Text with no unspaced
 * script in it (most of it) is split by the regular expression alone.
 */
export function forEachTerm(text: string, mode: 'index' | 'query', visit: (term: string) => void): void {
  if (UNSPACED.test(text)) {
    for (const span of tokenize(text, mode)) visit(span.term);
    return;
  }
  RUN_STEP.lastIndex = 0;
  for (let match = RUN_STEP.exec(text); match !== null; match = RUN_STEP.exec(text)) {
    const term = normaliseTerm(match[0]);
    if (term !== null) visit(term);
  }
}

/** True when a term is written in Chinese or Japanese characters. */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

function push(spans: TermSpan[], raw: string, start: number): void {
  const term = normaliseTerm(raw);
  if (term !== null) spans.push({ term, start, end: start + raw.length });
}

/** Adds each pair of adjacent CJK characters of `run` (or, in query mode, a lone character). */
function addCjkPairs(spans: TermSpan[], run: string, start: number, mode: 'index' | 'query'): void {
  const characters = [...run];
  let offset = start;
  let streak: { character: string; at: number }[] = [];
  const flush = () => {
    if (streak.length === 1 && mode === 'query') push(spans, streak[0]?.character ?? '', streak[0]?.at ?? 0);
    for (let index = 0; index + 1 < streak.length; index += 1) {
      const first = streak[index] as { character: string; at: number };
      const second = streak[index + 1] as { character: string; at: number };
      spans.push({ term: (first.character + second.character).toLowerCase(), start: first.at, end: second.at + second.character.length });
    }
    streak = [];
  };
  for (const character of characters) {
    if (CJK.test(character)) streak.push({ character, at: offset });
    else flush();
    offset += character.length;
  }
  flush();
}
