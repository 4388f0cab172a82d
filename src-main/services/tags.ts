import type { ArticleMeta } from '../shared/article';
import { TagSchema } from '../shared/annotation';
import { articleTagKey, type ArticleTag } from '../shared/organisation';
import { DatelineError } from '../shared/result';
import type { LibraryStore, Organisation } from '../store/library-store';

/**
 * Tags on articles. An article's tags are those its file carried (`meta.tags`) and those the user
 * added, less those the user removed; each added or removed tag is its own record, so tagging on
 * two devices merges. Tags differing only in case are one tag (the first spelling is kept).
 */
export class TagService {
  /** @param store the open library; @param now the clock */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** An article's tags, sorted; `not-found` for an unknown article. */
  tagsOf(articleId: string): string[] {
    return tagsOfArticle(this.requireArticle(articleId), this.store.organisation);
  }

  /** Adds a tag to an article (nothing changes when it already has it); answers its tags. */
  async add(articleId: string, tag: string): Promise<string[]> {
    const meta = this.requireArticle(articleId);
    const clean = parseTag(tag);
    if (tagsOfArticle(meta, this.store.organisation).some((existing) => sameTag(existing, clean))) return this.tagsOf(articleId);
    await this.put(meta.id, clean, false);
    return this.tagsOf(articleId);
  }

  /** Removes a tag from an article (also one its file carried); answers its tags. */
  async remove(articleId: string, tag: string): Promise<string[]> {
    const meta = this.requireArticle(articleId);
    const clean = parseTag(tag);
    const existing = tagsOfArticle(meta, this.store.organisation).find((candidate) => sameTag(candidate, clean));
    if (!existing) throw new DatelineError('not-found', `"${meta.title}" has no tag "${clean}".`);
    await this.put(meta.id, existing, true);
    return this.tagsOf(articleId);
  }

  /** Every article tag in the library with how many articles carry it, most used first. */
  counts(): { tag: string; articles: number }[] {
    const counts = new Map<string, { tag: string; articles: number }>();
    const groups = groupTagRecords(this.store.organisation);
    for (const meta of this.store.listArticles()) {
      for (const tag of tagsOfArticle(meta, groups.get(meta.id) ?? [])) {
        const entry = counts.get(tag.toLowerCase()) ?? { tag, articles: 0 };
        entry.articles += 1;
        counts.set(tag.toLowerCase(), entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.articles - a.articles || a.tag.localeCompare(b.tag));
  }

  private async put(articleId: string, tag: string, isDeleted: boolean): Promise<void> {
    const record: ArticleTag = { articleId, tag, updatedAt: this.now().toISOString(), deviceId: this.store.deviceId, isDeleted };
    await this.store.changeOrganisation((draft) => {
      draft.articleTags[articleTagKey(articleId, tag)] = record;
    });
  }

  private requireArticle(articleId: string): ArticleMeta {
    const meta = this.store.findArticle(articleId);
    if (!meta) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
    return meta;
  }
}

/** The tag records grouped by article, so listing many articles reads the records once. */
export function groupTagRecords(organisation: Readonly<Organisation>): Map<string, ArticleTag[]> {
  const groups = new Map<string, ArticleTag[]>();
  for (const record of Object.values(organisation.articleTags)) {
    const group = groups.get(record.articleId);
    if (group) group.push(record);
    else groups.set(record.articleId, [record]);
  }
  return groups;
}

/**
 * An article's tags, sorted: its file's tags and added ones, less removed ones. `records` are the
 * library's tag records (all of them, or those of this article from {@link groupTagRecords}).
 */
export function tagsOfArticle(meta: ArticleMeta, records: Readonly<Organisation> | readonly ArticleTag[]): string[] {
  const tags = new Map<string, string>();
  for (const tag of meta.tags ?? []) tags.set(tag.trim().toLowerCase(), tag.trim());
  const list = Array.isArray(records) ? (records as readonly ArticleTag[]) : Object.values((records as Readonly<Organisation>).articleTags);
  for (const record of list) {
    if (record.articleId !== meta.id) continue;
    if (record.isDeleted) tags.delete(record.tag.toLowerCase());
    else if (!tags.has(record.tag.toLowerCase())) tags.set(record.tag.toLowerCase(), record.tag);
  }
  return [...tags.values()].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

function parseTag(tag: string): string {
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new DatelineError('invalid-input', `"${tag}" cannot be a tag: a tag is 1 to 60 characters on one line.`);
  return parsed.data;
}

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
