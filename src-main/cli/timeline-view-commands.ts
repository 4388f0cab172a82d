import { writeFile } from 'node:fs/promises';
import type { Services } from '../services/create-services';
import type { TimelineExportScope } from '../services/timeline-export';
import { DatelineError } from '../shared/result';
import { MAX_KEY_DATES, TIMELINE_EXPORT_FORMATS, type TimelineExportFormat } from '../shared/timeline-limits';
import type { CollectionTimeline, TimelineScope } from '../shared/timeline-views';
import type { CliOptions } from './cli-options';
import { findByIdPrefix, type CommandOutput } from './commands';
import { timelineCommand } from './timeline-commands';

/**
 * `dateline timeline …`: `timeline <id>` prints one article's timeline; `timeline --all`,
 * `--collection <name>` or `--tag <tag>` prints a collection's key dates and merged events;
 * `timeline export <scope> --format timelinejs|csv|ics [--out file]` exports one.
 */
export async function timelineViewCommand(services: Services, args: string[], asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  if (args[0] === 'export') return timelineExportCommand(services, args.slice(1), asJson, options);
  const scope = collectionScope(services, options);
  if (!scope) return timelineCommand(services, args, asJson);
  if (args.length > 0) throw new DatelineError('invalid-input', 'Give either an article id or --all, --collection or --tag, not both.');
  const keyDates = options['key-dates'] === undefined ? undefined : parseCount(options['key-dates']);
  const timeline = await services.timeline.collection.build({ scope, keyDates });
  if (asJson) return { stdout: `${JSON.stringify(timeline, null, 2)}\n`, errors: [], exitCode: 0 };
  return { stdout: formatCollection(timeline), errors: [], exitCode: 0 };
}

async function timelineExportCommand(services: Services, args: string[], asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  const { timeline, articles } = services;
  const format = options.format;
  if (!TIMELINE_EXPORT_FORMATS.includes(format as TimelineExportFormat)) {
    throw new DatelineError('invalid-input', `timeline export needs --format timelinejs, csv or ics${format ? ` (not "${format}")` : ''}.`);
  }
  const collection = collectionScope(services, options);
  if ((collection ? 1 : 0) + args.length !== 1) throw new DatelineError('invalid-input', 'timeline export needs one of: an article id, --all, --collection <name> or --tag <tag>.');
  const scope: TimelineExportScope = collection ?? { articleId: findByIdPrefix(articles.list(), args[0] as string).id };
  const file = await timeline.exports.build(scope, format as TimelineExportFormat);
  if (options.out === undefined) return { stdout: file.content, errors: [], exitCode: 0 };
  try {
    await writeFile(options.out, file.content);
  } catch (error) {
    throw new DatelineError('io', `Cannot write ${options.out} (${error instanceof Error ? error.message : String(error)}). Choose a file in a folder you can write to.`);
  }
  return { stdout: asJson ? `${JSON.stringify({ file: options.out })}\n` : `wrote  ${options.out}\n`, errors: [], exitCode: 0 };
}

/** The collection scope the options name, or null when they name none. */
function collectionScope({ collections }: Pick<Services, 'collections'>, options: CliOptions): TimelineScope | null {
  const given = [options.all === true, options.collection !== undefined, options.tag !== undefined].filter(Boolean).length;
  if (given > 1) throw new DatelineError('invalid-input', 'Give only one of --all, --collection and --tag.');
  if (options.all) return { all: true };
  if (options.tag !== undefined) return { tag: options.tag };
  if (options.collection === undefined) return null;
  const found = collections.findByName(options.collection);
  if (!found) throw new DatelineError('not-found', `There is no collection "${options.collection}". Run "dateline collection list" to see them.`);
  return { collectionId: found.id };
}

function parseCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > MAX_KEY_DATES) throw new DatelineError('invalid-input', `--key-dates takes a whole number from 1 to ${MAX_KEY_DATES} (not "${text}").`);
  return count;
}

function formatCollection(timeline: CollectionTimeline): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = [`Key dates (${plural(timeline.keyDates.length, 'date')} across ${plural(timeline.articleCount, 'article')}):`];
  for (const keyDate of timeline.keyDates) {
    lines.push(`  ${keyDate.value}  ${keyDate.publishedCount} published, ${keyDate.mentionCount} ${keyDate.mentionCount === 1 ? 'mention' : 'mentions'}`);
    for (const sentence of keyDate.summary) lines.push(`      ${sentence}`);
  }
  lines.push('', `Events (${timeline.events.length}):`);
  for (const event of timeline.events) {
    const sources = [...new Set(event.sources.map((source) => source.source ?? source.articleTitle))].join(', ');
    lines.push(`  ${event.value.padEnd(12)} ${event.title}  [${event.sources.length === 1 ? sources : `${event.sources.length} articles: ${sources}`}]`);
  }
  return `${lines.join('\n')}\n`;
}
