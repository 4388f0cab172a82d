/**
 * `npm run bench:timeline`: runs our extractor and the chrono-node baseline over the TempEval-3
 * development set, writes both outputs as JSON lines (test-results/timeline-bench/), scores them
 * with the shared TE3 scorer and prints the scores side by side with each one's throughput.
 * The shared folder is ../shared beside the repository, or $DATELINE_SHARED.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractTimeExpressions } from '../src-main/core/timeline/extract-time-expressions';
import type { TimeExpression } from '../src-main/shared/timeline';
import { extractWithChrono } from './timeline-baseline';

interface CorpusDocument {
  doc: string;
  dct: string | null;
  text: string;
}

interface Scores {
  counts: { gold: number; sys: number };
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  value: { f1: number; accuracy: number };
  type: { f1: number; accuracy: number };
}

interface Scorer {
  loadCorpus: (dir: string) => CorpusDocument[];
  readPredictions: (source: string, docs: CorpusDocument[]) => { byDoc: unknown; errors: number };
  score: (docs: CorpusDocument[], byDoc: unknown) => Scores;
}

type Extractor = (text: string, dct: string) => TimeExpression[];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(process.env.DATELINE_SHARED ?? path.resolve(repoRoot, '../shared'));
const corpusDir = path.join(sharedDir, 'corpora/tempeval3-tbaq');
const outputDir = path.join(repoRoot, 'test-results/timeline-bench');
const ROUNDS = 5;

const scorer = (await import(pathToFileURL(path.join(sharedDir, 'tools/te3-eval.mjs')).href)) as Scorer;
const docs = scorer.loadCorpus(corpusDir);
const characters = docs.reduce((sum, doc) => sum + doc.text.length, 0);

/** Runs an extractor over the corpus; throughput is the best of several rounds (one core, warm). */
function run(name: string, extract: Extractor): { file: string; charactersPerSecond: number } {
  let lines: string[] = [];
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const output = docs.map((doc) => ({ doc, expressions: extract(doc.text, doc.dct ?? '2000-01-01') }));
    best = Math.min(best, performance.now() - started);
    lines = output.flatMap(({ doc, expressions }) =>
      expressions.map((expression) => JSON.stringify({ doc: doc.doc, ...expression, text: doc.text.slice(expression.start, expression.end) })),
    );
  }
  const file = path.join(outputDir, `${name}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, charactersPerSecond: characters / (best / 1000) };
}

function scoreFile(file: string): Scores {
  const predictions = scorer.readPredictions(readFileSync(file, 'utf8'), docs);
  if (predictions.errors > 0) console.warn(`warning: ${predictions.errors} lines of ${file} were skipped by the scorer`);
  return scorer.score(docs, predictions.byDoc);
}

mkdirSync(outputDir, { recursive: true });
const systems = [
  { name: 'dateline', ...run('dateline', (text, dct) => extractTimeExpressions(text, { dct, language: 'en' })) },
  { name: 'chrono-node', ...run('chrono-node', extractWithChrono) },
].map((system) => ({ ...system, scores: scoreFile(system.file) }));

const percent = (value: number) => (100 * value).toFixed(2).padStart(12);
const rows: [string, (scores: Scores) => string][] = [
  ['strict extent P', (s) => percent(s.strict.p)],
  ['strict extent R', (s) => percent(s.strict.r)],
  ['strict extent F1', (s) => percent(s.strict.f1)],
  ['relaxed extent P', (s) => percent(s.relaxed.p)],
  ['relaxed extent R', (s) => percent(s.relaxed.r)],
  ['relaxed extent F1', (s) => percent(s.relaxed.f1)],
  ['value F1', (s) => percent(s.value.f1)],
  ['type F1', (s) => percent(s.type.f1)],
  ['expressions', (s) => String(s.counts.sys).padStart(12)],
];
console.log(`TempEval-3 TBAQ (${docs.length} documents, ${systems[0]?.scores.counts.gold ?? 0} gold TIMEX3, ${characters} characters)\n`);
console.log(`${''.padEnd(20)}${systems.map((system) => system.name.padStart(12)).join('')}`);
for (const [label, cell] of rows) console.log(`${label.padEnd(20)}${systems.map((system) => cell(system.scores)).join('')}`);
console.log(`${'chars/second'.padEnd(20)}${systems.map((system) => String(Math.round(system.charactersPerSecond)).padStart(12)).join('')}`);
console.log(`\nOutputs: ${systems.map((system) => path.relative(repoRoot, system.file)).join(', ')}`);
