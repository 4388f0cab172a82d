import type { MenuCommand } from '../../../src-main/shared/channels';
import type { LibraryStatus } from '../../../src-main/shared/library-status';
import type { CollectionView, LibraryItem, TagCount } from '../../../src-main/shared/library-views';
import type { LibraryQuery } from '../../../src-main/shared/organisation';
import type { DatelineApi } from '../api';

/** The library's article list, which article is selected, and what the user must be told about it. */
export class LibraryState {
  /** The articles shown: the whole library, or those the filter lets through, in its order. */
  articles = $state.raw<LibraryItem[]>([]);
  /** How the list is sorted and filtered; empty shows everything, newest first. */
  filter = $state.raw<LibraryQuery>({});
  /** Every tag in the library, with how many articles carry it. */
  tags = $state.raw<TagCount[]>([]);
  /** Every collection, by name, with its articles. */
  collections = $state.raw<CollectionView[]>([]);
  status = $state.raw<LibraryStatus | null>(null);
  selectedId = $state<string | null>(null);
  isLoading = $state(true);
  /** The last failure, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** What the window itself has to tell (an article replaced by its newer version), until dismissed. */
  messages = $state<string[]>([]);
  /** Notices the user has dismissed this session. */
  dismissed = $state<string[]>([]);
  /** How many notes each article has; articles without notes are absent. */
  noteCounts = $state.raw<Record<string, number>>({});

  /** Called when main says the library changed (an import from the menu or the operating system), with the article to show. */
  onChanged: (articleId: string | null) => void = () => undefined;

  /** Called when a menu item asks the window to act. */
  onCommand: (command: MenuCommand) => void = () => undefined;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {
    api.onEvent('library:changed', ({ articleId }) => this.onChanged(articleId ?? null));
    api.onEvent('menu:command', ({ command }) => this.onCommand(command));
  }

  /** Loads the status and the list; selects the first article when none is selected. */
  async load(): Promise<void> {
    this.isLoading = true;
    const [status, list, counts, tags, collections] = await Promise.all([
      this.api.library.status(),
      this.api.articles.query(this.filter),
      this.api.notes.counts(),
      this.api.tags.list(),
      this.api.collections.list(),
    ]);
    this.isLoading = false;
    if (status.ok) this.status = status.value;
    if (collections.ok) this.collections = collections.value;
    if (counts.ok) this.noteCounts = counts.value;
    if (tags.ok) this.tags = tags.value;
    if (!list.ok) {
      this.error = list.error.message;
      return;
    }
    this.articles = list.value;
    this.error = null;
    // A filter hides articles without closing the one being read; without one, a vanished article is replaced.
    const isFiltered = Object.values(this.filter).some((value) => value !== undefined && value !== '');
    if (this.selectedId === null || (!isFiltered && !this.articles.some((article) => article.id === this.selectedId))) {
      this.selectedId = this.articles[0]?.id ?? null;
    }
  }

  /** Changes the sort or filter and lists again. */
  async setFilter(patch: Partial<LibraryQuery>): Promise<void> {
    this.filter = { ...this.filter, ...patch };
    await this.load();
  }

  /** The tags of one listed article. */
  tagsOf(articleId: string | null): string[] {
    return this.articles.find((article) => article.id === articleId)?.tags ?? [];
  }

  /** Adds or removes a tag on an article; answers an error message, or null when done. */
  async setTag(articleId: string, tag: string, isOn: boolean): Promise<string | null> {
    const result = isOn ? await this.api.tags.add({ articleId, tag }) : await this.api.tags.remove({ articleId, tag });
    if (!result.ok) return result.error.message;
    await this.load();
    return null;
  }

  /**
   * Deletes an article (its notes go with it, as tombstones) and lists again; answers an error
   * message, or null when it is deleted. A deleted article that was selected is let go first, so
   * the list (also reloaded by main's `library:changed`) selects another in its place.
   */
  async remove(id: string): Promise<string | null> {
    const wasSelected = this.selectedId === id;
    if (wasSelected) this.selectedId = null;
    const result = await this.api.articles.delete({ id });
    if (!result.ok) {
      if (wasSelected && this.selectedId === null) this.selectedId = id;
      return result.error.message;
    }
    await this.load();
    return null;
  }

  /**
   * Replaces an article with a newer version of it chosen as a file (its notes, tags and collections
   * move over; notes whose passage is gone become orphaned), lists again, selects the new version
   * and says what happened in a notice. Answers the new version's id, or an error message.
   */
  async replace(id: string, file: File): Promise<{ id: string } | { error: string }> {
    const path = this.api.pathForFile(file);
    if (!path) return { error: 'That file is not on this computer (it may come from a web page). Save it as a file first, then choose it.' };
    const result = await this.api.articles.replace({ id, path });
    if (!result.ok) return { error: result.error.message };
    const { notes, orphaned, title } = result.value;
    const carried = notes === 0 ? 'it had no notes' : `${notes === 1 ? 'its note was' : `its ${notes} notes were`} carried over`;
    const lost = orphaned === 0 ? '' : `; ${orphaned === 1 ? 'one' : orphaned} lost ${orphaned === 1 ? 'its' : 'their'} passage and ${orphaned === 1 ? 'is' : 'are'} listed under Orphaned notes`;
    this.messages = [...this.messages, `“${title}” now shows its newer version: ${carried}${lost}.`];
    this.selectedId = result.value.id;
    await this.load();
    return { id: result.value.id };
  }

  /** Makes a collection; answers an error message (a name already used, an empty one), or null when done. */
  async createCollection(name: string): Promise<string | null> {
    const result = await this.api.collections.create({ name });
    return result.ok ? this.afterCollectionChange() : result.error.message;
  }

  /** Renames a collection; answers an error message, or null when done. */
  async renameCollection(id: string, name: string): Promise<string | null> {
    const result = await this.api.collections.rename({ id, name });
    return result.ok ? this.afterCollectionChange() : result.error.message;
  }

  /** Deletes a collection (its articles stay in the library); a list filtered by it shows everything again. */
  async deleteCollection(id: string): Promise<string | null> {
    const result = await this.api.collections.delete({ id });
    if (!result.ok) return result.error.message;
    if (this.filter.collectionId === id) this.filter = { ...this.filter, collectionId: undefined };
    return this.afterCollectionChange();
  }

  /** Puts an article in a collection, or takes it out (`isMember` false); answers an error message, or null. */
  async setMembership(id: string, articleId: string, isMember: boolean): Promise<string | null> {
    const change = { id, articleIds: [articleId] };
    const result = isMember ? await this.api.collections.add(change) : await this.api.collections.remove(change);
    return result.ok ? this.afterCollectionChange() : result.error.message;
  }

  private async afterCollectionChange(): Promise<null> {
    await this.load();
    return null;
  }

  /** Reloads the note counts (after a note is added or deleted). */
  async refreshCounts(): Promise<void> {
    const counts = await this.api.notes.counts();
    if (counts.ok) this.noteCounts = counts.value;
  }

  /** The notices not yet dismissed. */
  get notices(): string[] {
    return [...(this.status?.notices ?? []), ...this.messages].filter((notice) => !this.dismissed.includes(notice));
  }

  /** Hides a notice for the rest of the session. */
  dismiss(notice: string): void {
    this.dismissed = [...this.dismissed, notice];
  }

  /** Selects an article by id. */
  select(id: string): void {
    this.selectedId = id;
  }

  /** The id `offset` places after the selected one in the list (clamped), or null for an empty list. */
  neighbour(offset: number): string | null {
    if (this.articles.length === 0) return null;
    const index = this.articles.findIndex((article) => article.id === this.selectedId);
    const next = Math.min(this.articles.length - 1, Math.max(0, (index < 0 ? 0 : index) + offset));
    return this.articles[next]?.id ?? null;
  }
}
