import type { Services } from '../services/create-services';
import { DatelineError } from '../shared/result';
import { findByIdPrefix, type CommandOutput } from './commands';

const USAGE = 'use: dateline tag add <article-id> <tag>, dateline tag rm <article-id> <tag>, or dateline tag list [<article-id>]';

/** `dateline tag add|rm <article> <tag>` and `dateline tag list [<article>]`. */
export async function tagCommand({ articles, tags }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  const [verb, articleRef, ...rest] = args;
  const tag = rest.join(' ');
  const print = (value: unknown, text: string): CommandOutput => ({ stdout: asJson ? `${JSON.stringify(value, null, 2)}\n` : text, errors: [], exitCode: 0 });
  if ((verb === 'add' || verb === 'rm') && articleRef && tag) {
    const meta = findByIdPrefix(articles.list(), articleRef);
    const now = verb === 'add' ? await tags.add(meta.id, tag) : await tags.remove(meta.id, tag);
    return print({ articleId: meta.id, tags: now }, `${meta.id}  ${now.length > 0 ? now.join(', ') : '(no tags)'}\n`);
  }
  if (verb === 'list' && rest.length === 0) {
    if (articleRef) {
      const meta = findByIdPrefix(articles.list(), articleRef);
      const list = tags.tagsOf(meta.id);
      return print({ articleId: meta.id, tags: list }, list.length > 0 ? `${list.join('\n')}\n` : `"${meta.title}" has no tags.\n`);
    }
    const counts = tags.counts();
    return print(counts, counts.length > 0 ? counts.map(({ tag: name, articles: count }) => `${String(count).padStart(5)}  ${name}\n`).join('') : 'No article has a tag yet.\n');
  }
  throw new DatelineError('invalid-input', USAGE);
}

/** `dateline collection add <name> <article…>`, `collection rm <name> <article…>` and `collection list`. */
export async function collectionCommand({ articles, collections }: Services, args: string[], asJson: boolean): Promise<CommandOutput> {
  const [verb, name, ...refs] = args;
  if (verb === 'list' && name === undefined) {
    const list = collections.list();
    const text = list.length > 0 ? list.map((collection) => `${collection.id}  ${String(collection.articleIds.length).padStart(4)}  ${collection.name}\n`).join('') : 'No collections yet. Make one with: dateline collection add <name> <article-id…>\n';
    return { stdout: asJson ? `${JSON.stringify(list, null, 2)}\n` : text, errors: [], exitCode: 0 };
  }
  if ((verb === 'add' || verb === 'rm') && name && refs.length > 0) {
    const ids = refs.map((ref) => findByIdPrefix(articles.list(), ref).id);
    let collection = collections.findByName(name);
    if (!collection && verb === 'rm') throw new DatelineError('not-found', `There is no collection "${name}". Run "dateline collection list" to see them.`);
    collection ??= await collections.create(name);
    const updated = await collections.setMembers(collection.id, ids, verb === 'add');
    return { stdout: asJson ? `${JSON.stringify(updated, null, 2)}\n` : `${updated.name}: ${updated.articleIds.length} article${updated.articleIds.length === 1 ? '' : 's'}\n`, errors: [], exitCode: 0 };
  }
  throw new DatelineError('invalid-input', 'use: dateline collection add <name> <article-id…>, dateline collection rm <name> <article-id…>, or dateline collection list');
}
