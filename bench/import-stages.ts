/**
 * `npm run bench:import-stages`: where the time of a web-page import goes, page by page, on
 * ../shared/corpora/web-articles. Each stage of the worker's pipeline (decoding, the prescan, the
 * DOM build with linkedom, metadata, Readability, block conversion, field picking, word count)
 * and of the main thread's part (passing the draft between threads, building the article, the
 * store write) is run on this thread in turn and timed; figures are milliseconds per page, mean
 * and total, after one warm-up pass. CPU-bound and single-threaded, so it reads the cost of each
 * part, not the throughput (see bench/import.ts for that).
 */
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parseHTML } from 'linkedom';
import { countBlockWords } from '../src-main/core/count-block-words';
import { buildArticle } from '../src-main/services/importers/build-article';
import { decodeHtml } from '../src-main/services/importers/decode-html';
import { domToBlocks } from '../src-main/services/importers/dom-to-blocks';
import { readPageMetadata } from '../src-main/services/importers/page-metadata';
import { pickPageFields } from '../src-main/services/importers/pick-page-fields';
import { prescanHtml } from '../src-main/services/importers/prescan-html';
import { readImportFile } from '../src-main/services/importers/read-import-file';
import { runReadability } from '../src-main/services/importers/run-readability';
import { asWholeDocument } from '../src-main/services/importers/whole-document';
import { LibraryStore } from '../src-main/store/library-store';
import { SHARED_DIR } from './support/shared-folder';

const CORPUS = path.join(SHARED_DIR, 'corpora/web-articles');
const totals = new Map<string, number>();

function timed<T>(stage: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - start);
  return result;
}

async function timedAsync<T>(stage: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - start);
  return result;
}

async function importPage(file: string, store: LibraryStore | null): Promise<void> {
  const read = await timedAsync('read file', () => readImportFile(file));
  const { text } = timed('decode', () => decodeHtml(read.bytes));
  const prescanned = timed('prescan', () => prescanHtml(text));
  const html = asWholeDocument(prescanned.html);
  const { document } = timed('linkedom DOM build', () => parseHTML(html));
  const metadata = timed('page metadata', () => readPageMetadata(document));
  const article = timed('Readability', () => runReadability(document, html));
  if (!article?.content) return;
  const blocks = timed('blocks', () => domToBlocks(article.content as unknown as Element, metadata.baseUrl));
  const fields = timed('fields', () => pickPageFields(article, metadata, blocks));
  const wordCount = timed('word count', () => countBlockWords(blocks));
  const draft = timed('draft between threads', () => deserialize(serialize({ ...fields, blocks, wordCount })));
  const built = timed('build article (hash)', () => buildArticle(read, draft, new Date(), 'html'));
  if (store && !store.findArticle(built.meta.id)) await timedAsync('store write', () => store.addArticle(built, read.bytes));
}

const names = (await fs.readdir(CORPUS, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const files = names.map((name) => path.join(CORPUS, name, 'source.html'));
for (const file of files) await importPage(file, null);
totals.clear();
const library = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-bench-stages-'));
const store = await LibraryStore.open(library, { owner: 'cli' });
try {
  for (const file of files) await importPage(file, store);
} finally {
  await store.close();
  await fs.rm(library, { recursive: true, force: true });
}
const sum = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`stages of a web-page import, ${files.length} pages, one thread (load average ${os.loadavg()[0]?.toFixed(1)}):`);
for (const [stage, ms] of totals) console.log(`  ${stage.padEnd(24)} ${(ms / files.length).toFixed(1).padStart(6)} ms/page  ${((100 * ms) / sum).toFixed(0).padStart(3)} %`);
console.log(`  ${'all'.padEnd(24)} ${(sum / files.length).toFixed(1).padStart(6)} ms/page`);
