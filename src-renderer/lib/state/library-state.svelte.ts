import type { ArticleMeta } from '../../../src-main/shared/article';
import type { LibraryStatus } from '../../../src-main/shared/library-status';
import type { DatelineApi } from '../api';

/** The library's article list, which article is selected, and what the user must be told about it. */
export class LibraryState {
  articles = $state.raw<ArticleMeta[]>([]);
  status = $state.raw<LibraryStatus | null>(null);
  selectedId = $state<string | null>(null);
  isLoading = $state(true);
  /** The last failure, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** Notices the user has dismissed this session. */
  dismissed = $state<string[]>([]);
  /** How many notes each article has; articles without notes are absent. */
  noteCounts = $state.raw<Record<string, number>>({});

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** Loads the status and the list; selects the first article when none is selected. */
  async load(): Promise<void> {
    this.isLoading = true;
    const [status, list, counts] = await Promise.all([this.api.library.status(), this.api.articles.list(), this.api.notes.counts()]);
    this.isLoading = false;
    if (status.ok) this.status = status.value;
    if (counts.ok) this.noteCounts = counts.value;
    if (!list.ok) {
      this.error = list.error.message;
      return;
    }
    this.articles = list.value;
    this.error = null;
    if (!this.articles.some((article) => article.id === this.selectedId)) this.selectedId = this.articles[0]?.id ?? null;
  }

  /** Reloads the note counts (after a note is added or deleted). */
  async refreshCounts(): Promise<void> {
    const counts = await this.api.notes.counts();
    if (counts.ok) this.noteCounts = counts.value;
  }

  /** The notices not yet dismissed. */
  get notices(): string[] {
    return (this.status?.notices ?? []).filter((notice) => !this.dismissed.includes(notice));
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
