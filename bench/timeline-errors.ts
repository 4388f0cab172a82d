/**
 * `npx tsx bench/timeline-errors.ts [--out run.jsonl] [--diff earlier-run.jsonl]`: a development aid
 * for the timeline extractor, not a benchmark. Runs it once over the TempEval-3 development set,
 * prints the TE3 scores and every value error the scorer counts (wrong value, missed, spurious),
 * grouped by the shape of the text ("WEEKDAY night", "N years ago"), biggest group first. With
 * --diff it prints only the items whose outcome changed against an earlier run's --out file.
 * The shared folder is ../shared beside the repository, or $DATELINE_SHARED.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractTimeExpressions } from '../src-main/core/timeline/extract-time-expressions';

interface CorpusDocument {
  doc: string;
  dct: string | null;
  text: string;
}
interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
}
interface ScoreError {
  doc: string;
  kind: 'attr' | 'partial' | 'missed' | 'spurious';
  gold?: Timex;
  sys?: Timex;
  valueOk?: boolean;
}
interface Scores {
  relaxed: { f1: number };
  value: { f1: number };
  type: { f1: number };
  counts: { sys: number };
  errors: ScoreError[];
}
interface Scorer {
  loadCorpus: (dir: string) => CorpusDocument[];
  readPredictions: (source: string, docs: CorpusDocument[]) => { byDoc: unknown };
  score: (docs: CorpusDocument[], byDoc: unknown) => Scores;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(process.env.DATELINE_SHARED ?? path.resolve(repoRoot, '../shared'));
const scorer = (await import(pathToFileURL(path.join(sharedDir, 'tools/te3-eval.mjs')).href)) as Scorer;
const docs = scorer.loadCorpus(path.join(sharedDir, 'corpora/tempeval3-tbaq'));
const texts = new Map(docs.map((doc) => [doc.doc, doc.text]));
const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? null : (process.argv[index + 1] ?? null);
};

const lines = docs
  .flatMap((doc) =>
    extractTimeExpressions(doc.text, { dct: doc.dct ?? '2000-01-01', language: 'en' }).map((expression) =>
      JSON.stringify({ doc: doc.doc, ...expression, text: doc.text.slice(expression.start, expression.end) }),
    ),
  )
  .join('\n');
const outFile = option('--out');
if (outFile !== null) writeFileSync(outFile, `${lines}\n`);

function scoreLines(source: string): Scores {
  return scorer.score(docs, scorer.readPredictions(source, docs).byDoc);
}

/** The value errors of a run, keyed by document and offset, each as one readable line with its context. */
function valueErrors(scores: Scores): Map<string, string> {
  const result = new Map<string, string>();
  for (const error of scores.errors) {
    if ((error.kind === 'attr' || error.kind === 'partial') && error.valueOk === true) continue;
    const anchor = (error.gold ?? error.sys) as Timex;
    const text = texts.get(error.doc) ?? '';
    const show = (timex: Timex | undefined) => (timex ? `"${text.slice(timex.start, timex.end)}" ${timex.type} ${timex.value}` : '-');
    const context = `${text.slice(Math.max(0, anchor.start - 70), anchor.start)}[[${text.slice(anchor.start, anchor.end)}]]${text.slice(anchor.end, anchor.end + 40)}`;
    const kind = error.kind === 'attr' || error.kind === 'partial' ? 'wrong' : error.kind;
    result.set(`${error.doc}@${anchor.start}`, `${kind.padEnd(8)} gold ${show(error.gold)} | ours ${show(error.sys)}\n        ${context.replace(/\s+/g, ' ')}`);
  }
  return result;
}

const scores = scoreLines(lines);
const percent = (value: number) => (100 * value).toFixed(2);
console.log(`value F1 ${percent(scores.value.f1)}  relaxed extent F1 ${percent(scores.relaxed.f1)}  type F1 ${percent(scores.type.f1)}  expressions ${scores.counts.sys}`);
const current = valueErrors(scores);
const previousFile = option('--diff');
if (previousFile !== null) {
  const previous = valueErrors(scoreLines(readFileSync(previousFile, 'utf8')));
  for (const key of new Set([...previous.keys(), ...current.keys()])) {
    if (previous.get(key) === current.get(key)) continue;
    console.log(`${key}\n  before: ${previous.get(key) ?? 'ok'}\n  after:  ${current.get(key) ?? 'ok'}`);
  }
} else {
  const shape = (line: string) =>
    (/"([^"]*)"/.exec(line)?.[1] ?? '').replace(/\d+/g, 'N').replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, 'WEEKDAY').toLowerCase();
  const groups = new Map<string, string[]>();
  for (const [key, line] of current) {
    const group = `${line.split(' ')[0]} ${shape(line)}`;
    groups.set(group, [...(groups.get(group) ?? []), `${key} ${line}`]);
  }
  for (const [group, members] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(members.length).padStart(3)} ${group}`);
    for (const member of members) console.log(`    ${member}`);
  }
}
