import type { ArticleMeta } from '../shared/article';
import type { LibraryQuery, ReadingState } from '../shared/organisation';
import type { LibraryStore } from '../store/library-store';
import type { NoteCatalogue } from './note-catalogue';
import { groupTagRecords, tagsOfArticle } from './tags';

/** An article as the library list shows it: its metadata and what the user has done with it. */
export type LibraryItem = ArticleMeta & {
  /** Its tags (see TagService), sorted. */
  tags: string[];
  /** The ids of the live collections it is in. */
  collectionIds: string[];
  noteCount: number;
  isRead: boolean;
  /** Where the reader left it (a UTF-16 offset into its canonical text), or null if never opened. */
  readingOffset: number | null;
};

/** The library list, sorted and filtered as asked. Reads only what is in memory (and reading.json once). */
export async function queryLibrary(store: LibraryStore, catalogue: NoteCatalogue, query: LibraryQuery = {}): Promise<LibraryItem[]> {
  const [reading, noteCounts] = await Promise.all([store.reading.all(), catalogue.counts()]);
  const tagGroups = groupTagRecords(store.organisation);
  const liveCollections = new Set(Object.values(store.organisation.collections).filter((c) => !c.isDeleted).map((c) => c.id));
  const collectionsOf = new Map<string, string[]>();
  for (const membership of Object.values(store.organisation.memberships)) {
    if (membership.isDeleted || !liveCollections.has(membership.collectionId)) continue;
    collectionsOf.set(membership.articleId, [...(collectionsOf.get(membership.articleId) ?? []), membership.collectionId]);
  }
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const items = store
    .listArticles()
    .map((meta): LibraryItem => itemOf(meta, tagsOfArticle(meta, tagGroups.get(meta.id) ?? []), collectionsOf.get(meta.id) ?? [], noteCounts.get(meta.id) ?? 0, reading[meta.id]))
    .filter((item) => {
      if (query.source !== undefined && (item.source ?? '').toLowerCase() !== query.source.trim().toLowerCase()) return false;
      if (query.isRead !== undefined && item.isRead !== query.isRead) return false;
      if (query.hasNotes !== undefined && item.noteCount > 0 !== query.hasNotes) return false;
      if (query.tag !== undefined && !item.tags.some((tag) => tag.toLowerCase() === query.tag?.toLowerCase())) return false;
      if (query.collectionId !== undefined && !item.collectionIds.includes(query.collectionId)) return false;
      const title = item.title.toLowerCase();
      return words.every((word) => title.includes(word));
    });
  return items.sort(comparator(query));
}

function itemOf(meta: ArticleMeta, tags: string[], collectionIds: string[], noteCount: number, reading: ReadingState | undefined): LibraryItem {
  return { ...meta, tags, collectionIds, noteCount, isRead: reading?.isRead ?? false, readingOffset: reading ? reading.offset : null };
}

/** The order of the list: the chosen key, then newest import first so ties are stable. */
function comparator({ sort = 'published', order }: LibraryQuery): (a: LibraryItem, b: LibraryItem) => number {
  const direction = (order ?? (sort === 'source' || sort === 'title' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const tie = (a: LibraryItem, b: LibraryItem) => b.importedAt.localeCompare(a.importedAt) || a.id.localeCompare(b.id);
  return (a, b) => {
    if (sort === 'published') {
      // Undated articles sit at the end whichever way the list runs.
      if (!a.published || !b.published) return Number(!a.published) - Number(!b.published) || tie(a, b);
      return direction * a.published.value.localeCompare(b.published.value) || tie(a, b);
    }
    if (sort === 'added') return direction * a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id);
    const key = (item: LibraryItem) => (sort === 'source' ? (item.source ?? '') : item.title).toLocaleLowerCase();
    if (sort === 'source' && (!a.source || !b.source)) return Number(!a.source) - Number(!b.source) || tie(a, b);
    return direction * key(a).localeCompare(key(b)) || tie(a, b);
  };
}
