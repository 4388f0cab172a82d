/**
 * `npm run bench:anchoring`: how well notes survive edits to their article, and what a note save
 * costs in a small and a large library.
 *
 * Part 1, on the TempEval-3 articles: 20 random notes per article, then random insertions,
 * deletions and substitutions over 1 %, 5 % and 20 % of the characters plus one moved paragraph;
 * each note is re-anchored and judged against where its characters truly went: right, orphaned,
 * or placed wrongly. Then the time per re-anchor on a 5,000-word article.
 * Part 2: a note save (p50, p95) in a library of 100 and of 10,000 articles, side by side.
 */
import { createHash } from 'node:crypto';
import { describePassage, reanchor } from '../src-main/core/anchoring';
import type { NoteTarget } from '../src-main/shared/annotation';
import { measureNoteSaves } from './support/note-save';
import { editText } from './support/edit-text';
import { loadTempEvalDocuments, percentile, seededRandom } from './support/shared-folder';

const NOTES_PER_ARTICLE = 20;
/** `--show-wrong` prints each note placed wrongly, to study the anchoring's mistakes. */
const SHOW_WRONG = process.argv.includes('--show-wrong');
const LEVELS = [0.01, 0.05, 0.2];
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A random passage of 3 to 20 words inside one paragraph, starting and ending at word boundaries:
 * what a reader selects. (A passage across a paragraph that is then moved no longer exists as one
 * passage; such notes are rightly orphaned, which says nothing about the anchoring.)
 */
function randomPassage(text: string, random: () => number): { start: number; end: number } | null {
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].filter((match) => match[0].split(/\s+/).length >= 4);
  const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
  if (!paragraph) return null;
  const words = [...paragraph[0].matchAll(/\S+/g)];
  const first = Math.floor(random() * (words.length - 3));
  const count = 3 + Math.floor(random() * 18);
  const last = words[Math.min(words.length - 1, first + count - 1)];
  const start = paragraph.index + (words[first]?.index ?? 0);
  return last ? { start, end: paragraph.index + (last.index ?? 0) + last[0].length } : null;
}

type Verdict = 'right' | 'orphaned' | 'wrong';

function judge(anchor: { start: number; end: number } | null, truth: { start: number; end: number } | null): Verdict {
  if (!anchor) return 'orphaned';
  if (!truth) return 'wrong';
  const overlap = Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start);
  return overlap > 0 && overlap >= (anchor.end - anchor.start) / 2 ? 'right' : 'wrong';
}

/** Where the surviving characters of [start, end) went; null when none survived. */
function trueRange(newIndexOf: Int32Array, start: number, end: number): { start: number; end: number } | null {
  let low = Infinity;
  let high = -Infinity;
  for (let index = start; index < end; index += 1) {
    const to = newIndexOf[index] as number;
    if (to >= 0) {
      low = Math.min(low, to);
      high = Math.max(high, to + 1);
    }
  }
  return low === Infinity ? null : { start: low, end: high };
}

const documents = await loadTempEvalDocuments();
// Four seeded runs by default, so one lucky draw cannot make the figures; `--seed N` runs just one,
// `--seeds N` runs N (the default four and more), to check that a zero is not luck.
const seedArgument = process.argv.indexOf('--seed');
const seedCount = process.argv.includes('--seeds') ? Number(process.argv[process.argv.indexOf('--seeds') + 1]) : 4;
const SEEDS = seedArgument === -1 ? [20190225, ...Array.from({ length: seedCount - 1 }, (_, index) => index + 1)] : [Number(process.argv[seedArgument + 1])];
const random = seededRandom(SEEDS[0] as number); // for the long-article timing below
console.log(`Re-anchoring ${NOTES_PER_ARTICLE} notes on each of ${documents.length} TempEval-3 articles after random edits (seeds ${SEEDS.join(', ')})\n`);
console.log('edited   notes   right     orphaned   wrong   passage gone   time per note (mean / p95)');
for (const level of LEVELS) {
  const counts: Record<Verdict, number> = { right: 0, orphaned: 0, wrong: 0 };
  let gone = 0;
  const times: number[] = [];
  for (const seed of SEEDS) {
    const seedRandom = seededRandom(seed * 31 + Math.round(level * 100));
    for (const document of documents) {
      const textHash = hash(document.text);
      const targets: NoteTarget[] = [];
      for (let note = 0; note < NOTES_PER_ARTICLE; note += 1) {
        const passage = randomPassage(document.text, seedRandom);
        if (passage) targets.push({ textHash, ...describePassage(document.text, passage.start, passage.end) });
      }
      const edited = editText(document.text, level, seedRandom);
      const editedHash = hash(edited.text);
      for (const target of targets) {
        const truth = trueRange(edited.newIndexOf, target.position.start, target.position.end);
        if (!truth) gone += 1;
        const started = performance.now();
        const anchor = reanchor(edited.text, editedHash, target);
        times.push(performance.now() - started);
        const verdict = judge(anchor, truth);
        counts[verdict] += 1;
        if (verdict === 'wrong' && SHOW_WRONG) {
          const around = (range: { start: number; end: number } | null) => (range ? edited.text.slice(Math.max(0, range.start - 32), range.end + 32) : null);
          console.log(JSON.stringify({ method: anchor?.method, quote: target.quote, placed: around(anchor), truth: around(truth) }));
        }
      }
    }
  }
  const total = counts.right + counts.orphaned + counts.wrong;
  const share = (count: number) => `${((100 * count) / total).toFixed(1)} %`.padEnd(10);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(
    `${`${level * 100} %`.padEnd(9)}${String(total).padEnd(8)}${share(counts.right)}${share(counts.orphaned)} ${String(counts.wrong).padEnd(8)}${String(gone).padEnd(15)}${mean.toFixed(3)} ms / ${percentile(times, 0.95).toFixed(3)} ms`,
  );
}
console.log('goals: 0 placed wrongly at every level; right ≥ 95 % at 5 %\n');

// A 5,000-word article: TempEval-3 texts joined until they reach 5,000 words.
let long = '';
for (const document of documents) {
  if (long.split(/\s+/).length >= 5000) break;
  long += `${document.text.trim()}\n\n`;
}
const longHash = hash(long);
const longTargets: NoteTarget[] = [];
for (let note = 0; note < 200; note += 1) {
  const passage = randomPassage(long, random);
  if (passage) longTargets.push({ textHash: longHash, ...describePassage(long, passage.start, passage.end) });
}
const longEdited = editText(long, 0.05, random);
const longTimes = longTargets.map((target) => {
  const started = performance.now();
  reanchor(longEdited.text, hash(longEdited.text), target);
  return performance.now() - started;
});
console.log(
  `On a ${long.split(/\s+/).length.toLocaleString('en')}-word article (5 % edited): ${longTargets.length} re-anchors, mean ${(longTimes.reduce((a, b) => a + b, 0) / longTimes.length).toFixed(3)} ms, p95 ${percentile(longTimes, 0.95).toFixed(3)} ms per note (goal < 2 ms)\n`,
);

console.log('Note save (create one note, on disk when it resolves), by library size:');
console.log('articles   saves   p50        p95');
const small = await measureNoteSaves(100);
const large = await measureNoteSaves(10_000);
for (const result of [small, large]) {
  console.log(`${result.articles.toLocaleString('en').padEnd(11)}${String(result.saves).padEnd(8)}${`${result.p50.toFixed(2)} ms`.padEnd(11)}${result.p95.toFixed(2)} ms`);
}
console.log(`p95 at 10,000 is ${(large.p95 / small.p95).toFixed(2)}× the p95 at 100 (the same cost: one small file per article)`);
