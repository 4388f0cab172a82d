import type { Services } from '../services/create-services';
import { DatelineError } from '../shared/result';
import type { SearchHit } from '../shared/search';
import type { CliOptions } from './cli-options';
import type { CommandOutput } from './commands';

/**
 * `dateline search <words…> [--limit n] [--json]`: the best hits over titles, article text and
 * notes, each with the passage that matched, «marked» where the words are.
 */
export async function searchCommand({ search }: Services, args: string[], asJson: boolean, options: Pick<CliOptions, 'limit'> = {}): Promise<CommandOutput> {
  const query = args.join(' ').trim();
  if (!query) throw new DatelineError('invalid-input', 'search needs some words: dateline search <words…>');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new DatelineError('invalid-input', `--limit "${options.limit}" is not a number from 1 to 200.`);
  const result = await search.search({ query, limit });
  if (asJson) return { stdout: `${JSON.stringify(result, null, 2)}\n`, errors: [], exitCode: 0 };
  if (result.hits.length === 0) return { stdout: `Nothing in the library matches "${query}".\n`, errors: [], exitCode: 0 };
  const lines = result.hits.map(describeHit);
  lines.push(`${result.total} hit${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? `, the best ${result.hits.length} shown` : ''}.`);
  return { stdout: `${lines.join('\n')}\n`, errors: [], exitCode: 0 };
}

function describeHit(hit: SearchHit): string {
  const head = hit.kind === 'article' ? `${hit.articleId}  ${hit.title}` : `${hit.articleId}  note ${hit.noteId} on “${hit.title}”`;
  if (!hit.snippet) return head;
  let marked = '';
  let at = hit.snippet.start;
  for (const range of hit.snippet.highlights) {
    marked += `${hit.snippet.text.slice(at - hit.snippet.start, range.start - hit.snippet.start)}«${hit.snippet.text.slice(range.start - hit.snippet.start, range.end - hit.snippet.start)}»`;
    at = range.end;
  }
  marked += hit.snippet.text.slice(at - hit.snippet.start);
  return `${head}\n    ${marked.replace(/\s+/g, ' ').trim()}`;
}
