import { writeFile } from 'node:fs/promises';
import { buildEvents } from '../core/timeline/build-events';
import { extractTimeExpressions } from '../core/timeline/extract-time-expressions';
import { rulesForLanguage } from '../core/timeline/languages';
import type { Services } from '../services/create-services';
import { readTimeMlFolder } from '../services/timeml';
import { DatelineError } from '../shared/result';
import type { ArticleTimeline } from '../shared/timeline';
import { findByIdPrefix, type CommandOutput } from './commands';

/** Options of the timeline commands that other commands do not take. */
export interface TimelineCommandOptions {
  /** `--out <file>`: where `timeline-tml` writes its JSON lines. */
  out?: string;
}

/**
 * `dateline timeline-tml <folder> --out <file.jsonl>`: tags every TimeML file under the folder and
 * writes one JSON line per expression, `{doc, start, end, type, value, text}`, with offsets into
 * the TEXT element's text exactly as te3-eval.mjs defines them. Files without a DCT are skipped
 * and reported; the exit code is then 1.
 */
export async function timelineTmlCommand(_services: null, args: string[], asJson: boolean, options: TimelineCommandOptions = {}): Promise<CommandOutput> {
  if (args.length !== 1 || !options.out) throw new DatelineError('invalid-input', 'timeline-tml needs a folder and an output file: dateline timeline-tml <folder> --out <file.jsonl>');
  const documents = await readTimeMlFolder(args[0] as string);
  const lines: string[] = [];
  const errors: string[] = [];
  for (const document of documents) {
    if (document.dct === null) {
      errors.push(`${document.name} has no document creation time (a CREATION_TIME TIMEX3), so it was skipped.`);
      continue;
    }
    for (const expression of extractTimeExpressions(document.text, { dct: document.dct, language: 'en' })) {
      lines.push(JSON.stringify({ doc: document.name, ...expression, text: document.text.slice(expression.start, expression.end) }));
    }
  }
  try {
    await writeFile(options.out, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  } catch (error) {
    throw new DatelineError('io', `Cannot write ${options.out} (${error instanceof Error ? error.message : String(error)}). Choose a file in a folder you can write to.`);
  }
  const summary = { documents: documents.length, skipped: errors.length, expressions: lines.length, out: options.out };
  const stdout = asJson ? `${JSON.stringify(summary, null, 2)}\n` : `wrote ${lines.length} time expressions from ${documents.length - errors.length} documents to ${options.out}\n`;
  return { stdout, errors, exitCode: errors.length > 0 ? 1 : 0 };
}

/**
 * `dateline timeline <article> [--json]`: the article's time expressions and the events they date,
 * resolved against its publication date (or, when it has none, its import date, with a warning).
 */
export async function timelineCommand({ articles }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'timeline takes one article id: dateline timeline <id>');
  const meta = findByIdPrefix(articles.list(), args[0] as string);
  const article = await articles.get(meta.id);
  const errors: string[] = [];
  const dct = meta.published?.value ?? meta.importedAt;
  if (!meta.published) errors.push(`"${meta.title}" has no publication date; relative dates were resolved against its import date, ${meta.importedAt.slice(0, 10)}.`);
  if (rulesForLanguage(meta.language) === null) errors.push(`There are no timeline rules for the language "${meta.language}" yet, so no dates were found.`);
  const text = article.content.text;
  const expressions = extractTimeExpressions(text, { dct, language: meta.language });
  const timeline: ArticleTimeline = { expressions, events: buildEvents(text, expressions, dct) };
  if (asJson) return { stdout: `${JSON.stringify(timeline, null, 2)}\n`, errors, exitCode: 0 };
  return { stdout: formatTimeline(text, timeline), errors, exitCode: 0 };
}

function formatTimeline(text: string, { expressions, events }: ArticleTimeline): string {
  const lines = [`Events (${events.length}):`];
  for (const event of events) lines.push(`  ${event.value.padEnd(12)} ${event.granularity.padEnd(8)} ${event.title}  ("${text.slice(event.expression.start, event.expression.end)}")`);
  lines.push('', `Time expressions (${expressions.length}):`);
  for (const expression of expressions) {
    lines.push(`  ${`${expression.start}-${expression.end}`.padEnd(12)} ${expression.type.padEnd(8)} ${expression.value.padEnd(12)} "${text.slice(expression.start, expression.end)}"`);
  }
  return `${lines.join('\n')}\n`;
}

