import type { Article } from '../../../src-main/shared/article';
import type { DatelineApi } from '../api';

/** The article being read. */
export class ReaderState {
  article = $state.raw<Article | null>(null);
  isLoading = $state(false);
  /** Why the article could not be opened, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  private latestRequest = 0;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** Opens an article; if another is opened before this one arrives, this one is dropped. */
  async open(id: string): Promise<void> {
    const request = ++this.latestRequest;
    this.isLoading = true;
    const result = await this.api.articles.get({ id });
    if (request !== this.latestRequest) return;
    this.isLoading = false;
    if (result.ok) {
      this.article = result.value;
      this.error = null;
    } else {
      this.article = null;
      this.error = result.error.message;
    }
  }

  /** Shows nothing (an empty library). */
  clear(): void {
    this.latestRequest += 1;
    this.article = null;
    this.error = null;
    this.isLoading = false;
  }
}
