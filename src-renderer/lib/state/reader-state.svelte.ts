import type { Article } from '../../../src-main/shared/article';
import type { DatelineApi } from '../api';

/** The article being read. */
export class ReaderState {
  article = $state.raw<Article | null>(null);
  isLoading = $state(false);
  /** Why the article could not be opened, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** Where the reader left the open article (a canonical offset), or null to start at the top. */
  startOffset = $state<number | null>(null);
  private latestRequest = 0;
  private positionTimer: ReturnType<typeof setTimeout> | null = null;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** Opens an article; if another is opened before this one arrives, this one is dropped. */
  async open(id: string): Promise<void> {
    const request = ++this.latestRequest;
    this.isLoading = true;
    const [result, position] = await Promise.all([this.api.articles.get({ id }), this.api.reading.get({ articleId: id })]);
    if (request !== this.latestRequest) return;
    this.startOffset = position.ok && position.value ? position.value.offset : null;
    this.isLoading = false;
    if (result.ok) {
      this.article = result.value;
      this.error = null;
    } else {
      this.article = null;
      this.error = result.error.message;
    }
  }

  /** Closes the article (it was deleted and nothing takes its place). */
  close(): void {
    this.latestRequest += 1;
    this.article = null;
    this.error = null;
    this.isLoading = false;
  }

  /** Why the last correction of details was refused; null when it was saved. */
  detailsError = $state<string | null>(null);

  /** Corrects the open article's title, source, place or date; answers true when saved. */
  async updateDetails(details: { title?: string; source?: string | null; place?: string | null; published?: string | null }): Promise<boolean> {
    const article = this.article;
    if (!article) return false;
    const result = await this.api.articles.update({ id: article.meta.id, ...details });
    if (!result.ok) {
      this.detailsError = result.error.message;
      return false;
    }
    this.detailsError = null;
    if (this.article?.meta.id === article.meta.id) this.article = { ...article, meta: result.value };
    return true;
  }

  /**
   * Remembers where the reader is in the open article (the first block in view) and whether they
   * reached its end; saved after scrolling pauses, so reopening it starts there.
   */
  savePosition(offset: number, isAtEnd: boolean): void {
    const articleId = this.article?.meta.id;
    if (!articleId) return;
    if (this.positionTimer) clearTimeout(this.positionTimer);
    this.positionTimer = setTimeout(() => void this.api.reading.update({ articleId, offset, ...(isAtEnd ? { isRead: true } : {}) }), 600);
  }

  /** Shows nothing (an empty library). */
  clear(): void {
    this.latestRequest += 1;
    this.article = null;
    this.error = null;
    this.isLoading = false;
  }
}
