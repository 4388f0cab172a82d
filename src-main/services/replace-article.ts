import { randomBytes } from 'node:crypto';
import { reanchor } from '../core/anchoring';
import { uuidV7 } from '../core/uuid-v7';
import type { Note } from '../shared/annotation';
import { DatelineError } from '../shared/result';
import type { Services } from './create-services';

/** What replacing an article with a newer version did. */
export interface ReplaceSummary {
  /** The older version, now deleted, and the newer one, now in the library. */
  oldId: string;
  id: string;
  title: string;
  /** Notes carried over, and how many of them found no passage in the new text (shown as orphaned). */
  notes: number;
  orphaned: number;
  /** Tags and collections the newer version now has because the older one had them. */
  tags: number;
  collections: number;
}

/**
 * Replaces an article with a newer version of it (the page was updated and saved again): imports
 * `file`, carries the older version's live notes, tags and collection memberships over to the new
 * article, then deletes the older one (its notes stay as tombstones). Each carried note keeps the
 * passage it was written on (quote, context, old position and old text hash), so it is re-anchored
 * in the new text when shown: where its passage now is, or listed as orphaned with its quote —
 * never moved to a passage that only looks alike. Carried notes get new ids, so the older
 * version's tombstones and the new notes never collide when libraries replicate.
 *
 * Refuses (`invalid-input`) a file whose text is the article's own, and (`import-failed`) a file
 * that cannot be imported; in both cases nothing changes.
 */
export async function replaceArticle(services: Pick<Services, 'articles' | 'store' | 'tags' | 'collections'>, oldId: string, file: string, now: () => Date = () => new Date()): Promise<ReplaceSummary> {
  const { articles, store, tags, collections } = services;
  if (!store.findArticle(oldId)) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
  const [outcome] = await articles.importFiles([file]);
  if (!outcome || outcome.status === 'failed') throw new DatelineError('import-failed', outcome?.message ?? `${file} holds no article to import.`);
  if (outcome.id === oldId) throw new DatelineError('invalid-input', `${file} holds the same text as the article, so there is nothing to update.`);
  const newId = outcome.id;
  const newArticle = await store.readArticle(newId);

  const time = now();
  const carried: Note[] = (await store.notes.list(oldId))
    .filter((note) => !note.isDeleted)
    .map((note) => ({ ...note, id: uuidV7(time.getTime(), randomBytes(10)), articleId: newId, updatedAt: time.toISOString(), deviceId: store.deviceId }));
  if (carried.length > 0) await store.notes.putAll(newId, carried);
  const orphaned = carried.filter((note) => note.target && !reanchor(newArticle.content.text, newArticle.meta.contentHash, note.target)).length;

  const newTags = new Set(tags.tagsOf(newId).map((tag) => tag.toLowerCase()));
  const addedTags = tags.tagsOf(oldId).filter((tag) => !newTags.has(tag.toLowerCase()));
  for (const tag of addedTags) await tags.add(newId, tag);
  const groups = collections.list().filter((group) => group.articleIds.includes(oldId) && !group.articleIds.includes(newId));
  for (const group of groups) await collections.setMembers(group.id, [newId], true);

  await articles.remove(oldId);
  return { oldId, id: newId, title: newArticle.meta.title, notes: carried.length, orphaned, tags: addedTags.length, collections: groups.length };
}
