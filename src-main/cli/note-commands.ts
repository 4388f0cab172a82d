import type { NoteView } from '../shared/annotation';
import { NOTE_COLORS, type NoteColor } from '../shared/note-limits';
import { DatelineError } from '../shared/result';
import type { Services } from '../services/create-services';
import type { CliOptions } from './cli-options';
import { findByIdPrefix, type CommandOutput } from './commands';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const QUOTE_PREVIEW = 70;

/** `dateline notes <article>`: the article's notes in reading order. */
export async function notesCommand({ articles, notes }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  if (args.length !== 1) throw new DatelineError('invalid-input', 'notes takes one article id: dateline notes <id>');
  const meta = findByIdPrefix(articles.list(), args[0] as string);
  const list = await notes.list(meta.id);
  if (asJson) return { stdout: json(list), errors: [], exitCode: 0 };
  if (list.length === 0) return { stdout: `No notes on "${meta.title}" yet. Add one with: dateline note add ${meta.id} --quote "…" --text "…"\n`, errors: [], exitCode: 0 };
  return { stdout: list.map(describeNote).join('\n'), errors: [], exitCode: 0 };
}

/** `dateline note add <article> --quote "…" [--text "…"] [--color c]` and `dateline note rm <id>`. */
export async function noteCommand(services: Services, args: string[], asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  const [verb, target, ...rest] = args;
  if (verb === 'add' && target && rest.length === 0) return addNote(services, target, asJson, options);
  if (verb === 'rm' && target && rest.length === 0) return removeNote(services, target, asJson);
  throw new DatelineError('invalid-input', 'use: dateline note add <article-id> --quote "…" [--text "…"] [--color c], or dateline note rm <note-id>');
}

async function addNote({ articles, notes }: Services, articleRef: string, asJson: boolean, options: CliOptions): Promise<CommandOutput> {
  const color = parseColor(options.color);
  const meta = findByIdPrefix(articles.list(), articleRef);
  const article = await articles.get(meta.id);
  let range: { start: number; end: number } | null = null;
  if (options.quote !== undefined) {
    const start = article.content.text.indexOf(options.quote);
    if (!options.quote.trim() || start === -1) throw new DatelineError('invalid-input', `"${options.quote}" is not in the article's text. Copy the passage exactly as it reads (dateline show ${meta.id}).`);
    if (article.content.text.indexOf(options.quote, start + 1) !== -1) throw new DatelineError('invalid-input', `"${options.quote}" occurs more than once in the article. Quote a longer passage so it is found once.`);
    range = { start, end: start + options.quote.length };
  } else if (options.text === undefined) {
    throw new DatelineError('invalid-input', 'note add needs --quote "…" (the passage), --text "…" (a note on the whole article), or both.');
  }
  const note = await notes.create({ articleId: meta.id, range, body: options.text ?? '', ...(color ? { color } : {}) });
  return { stdout: asJson ? json(note) : `added  ${note.id}\n`, errors: [], exitCode: 0 };
}

async function removeNote({ notes }: Services, id: string, asJson: boolean): Promise<CommandOutput> {
  const note = await notes.findAnywhere(id);
  if (!note || note.isDeleted) throw new DatelineError('not-found', `There is no note "${id}". Run "dateline notes <article-id>" to see the note ids.`);
  await notes.remove(note.articleId, note.id);
  return { stdout: asJson ? json({ id: note.id, isDeleted: true }) : `deleted  ${note.id}\n`, errors: [], exitCode: 0 };
}

function parseColor(color: string | undefined): NoteColor | null {
  if (color === undefined) return null;
  if ((NOTE_COLORS as readonly string[]).includes(color)) return color as NoteColor;
  throw new DatelineError('invalid-input', `"${color}" is not a note colour; use one of ${NOTE_COLORS.join(', ')}.`);
}

function describeNote(note: NoteView): string {
  const exact = note.target?.quote.exact.replace(/\s+/g, ' ') ?? '';
  const quote = exact.length > QUOTE_PREVIEW ? `${exact.slice(0, QUOTE_PREVIEW - 1)}…` : exact;
  const where = note.target === null ? 'whole article' : note.isOrphaned ? `orphaned: “${quote}”` : `“${quote}”`;
  const body = note.body ? `\n    ${note.body.replace(/\n/g, '\n    ')}` : '';
  return `${note.id}  [${note.color}]  ${where}${body}\n`;
}
