import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../core/uuid-v7';
import { CollectionNameSchema, membershipKey, type Collection } from '../shared/organisation';
import { DatelineError } from '../shared/result';
import type { LibraryStore } from '../store/library-store';

/** A collection as the library shows it: its record and the ids of the articles in it. */
export interface CollectionView {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Article ids, in the order they were added. */
  articleIds: string[];
}

/**
 * Collections of articles. Each membership is its own record (added or removed), never an array on
 * the collection, so two devices adding articles to one collection both keep theirs. Deleting a
 * collection leaves a tombstone; its articles stay in the library.
 */
export class CollectionService {
  /** @param store the open library; @param now the clock; @param random random bytes for ids */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
    private readonly random: (size: number) => Uint8Array = randomBytes,
  ) {}

  /** Every live collection, by name. */
  list(): CollectionView[] {
    const members = new Map<string, { articleId: string; addedAt: string }[]>();
    for (const membership of Object.values(this.store.organisation.memberships)) {
      if (membership.isDeleted || !this.store.findArticle(membership.articleId)) continue;
      const list = members.get(membership.collectionId) ?? [];
      list.push(membership);
      members.set(membership.collectionId, list);
    }
    return this.live()
      .map((collection) => ({
        id: collection.id,
        name: collection.name,
        createdAt: collection.createdAt,
        updatedAt: collection.updatedAt,
        articleIds: (members.get(collection.id) ?? []).sort((a, b) => a.addedAt.localeCompare(b.addedAt)).map((member) => member.articleId),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** One collection; `not-found` when there is none with this id. */
  get(id: string): CollectionView {
    const found = this.list().find((collection) => collection.id === id);
    if (!found) throw new DatelineError('not-found', 'This collection no longer exists. It may have been deleted.');
    return found;
  }

  /** The live collection with this name (case aside), or null. */
  findByName(name: string): CollectionView | null {
    const wanted = name.trim().toLowerCase();
    return this.list().find((collection) => collection.name.toLowerCase() === wanted) ?? null;
  }

  /** Makes a collection; `invalid-input` when the name is empty or already used. */
  async create(name: string): Promise<CollectionView> {
    const clean = this.checkName(name, null);
    const time = this.now().toISOString();
    const collection: Collection = { id: uuidV7(Date.parse(time), this.random(10)), name: clean, createdAt: time, updatedAt: time, deviceId: this.store.deviceId, isDeleted: false };
    await this.store.changeOrganisation((draft) => {
      draft.collections[collection.id] = collection;
    });
    return this.get(collection.id);
  }

  /** Renames a collection. */
  async rename(id: string, name: string): Promise<CollectionView> {
    const collection = this.record(id);
    const clean = this.checkName(name, id);
    await this.store.changeOrganisation((draft) => {
      draft.collections[id] = { ...collection, name: clean, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId };
    });
    return this.get(id);
  }

  /** Deletes a collection (a tombstone); its articles stay in the library. */
  async remove(id: string): Promise<void> {
    const collection = this.record(id);
    await this.store.changeOrganisation((draft) => {
      draft.collections[id] = { ...collection, isDeleted: true, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId };
    });
  }

  /** Adds articles to a collection, or takes them out (`isMember` false), in one save. */
  async setMembers(id: string, articleIds: readonly string[], isMember: boolean): Promise<CollectionView> {
    this.record(id);
    const missing = articleIds.filter((articleId) => !this.store.findArticle(articleId));
    if (missing.length > 0) throw new DatelineError('not-found', `${missing.length === 1 ? 'One article is' : `${missing.length} articles are`} no longer in the library, so the collection was not changed.`);
    const time = this.now().toISOString();
    await this.store.changeOrganisation((draft) => {
      for (const articleId of new Set(articleIds)) {
        const key = membershipKey(id, articleId);
        const existing = draft.memberships[key];
        if (existing && existing.isDeleted === !isMember) continue;
        if (!existing && !isMember) continue;
        const addedAt = isMember ? time : (existing?.addedAt ?? time);
        draft.memberships[key] = { collectionId: id, articleId, addedAt, updatedAt: time, deviceId: this.store.deviceId, isDeleted: !isMember };
      }
    });
    return this.get(id);
  }

  private live(): Collection[] {
    return Object.values(this.store.organisation.collections).filter((collection) => !collection.isDeleted);
  }

  private record(id: string): Collection {
    const collection = this.store.organisation.collections[id];
    if (!collection || collection.isDeleted || !Object.hasOwn(this.store.organisation.collections, id)) {
      throw new DatelineError('not-found', 'This collection no longer exists. It may have been deleted.');
    }
    return collection;
  }

  private checkName(name: string, ownId: string | null): string {
    const parsed = CollectionNameSchema.safeParse(name);
    if (!parsed.success) throw new DatelineError('invalid-input', 'A collection needs a name of 1 to 120 characters on one line.');
    const clash = this.findByName(parsed.data);
    if (clash && clash.id !== ownId) throw new DatelineError('invalid-input', `There is already a collection called "${clash.name}". Choose another name.`);
    return parsed.data;
  }
}
