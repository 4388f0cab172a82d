import type { ReadingState } from '../shared/organisation';
import { DatelineError } from '../shared/result';
import type { LibraryStore } from '../store/library-store';

/** A change to where the reader is in an article; what is left out stays as it was. */
export interface ReadingChange {
  articleId: string;
  /** UTF-16 offset into the canonical text of the passage at the top of the view. */
  offset?: number;
  isRead?: boolean;
}

/** Reading positions and read marks, remembered per article (in reading.json, one small file). */
export class ReadingService {
  /** @param store the open library; @param now the clock */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Where the reader left an article, or null when it was never opened; `not-found` for an unknown article. */
  async get(articleId: string): Promise<ReadingState | null> {
    this.requireArticle(articleId);
    return (await this.store.reading.all())[articleId] ?? null;
  }

  /** Remembers a position or read mark; answers the whole state. A new state starts at the top, unread. */
  async update(change: ReadingChange): Promise<ReadingState> {
    this.requireArticle(change.articleId);
    const previous = (await this.store.reading.all())[change.articleId];
    const state: ReadingState = {
      articleId: change.articleId,
      offset: change.offset ?? previous?.offset ?? 0,
      isRead: change.isRead ?? previous?.isRead ?? false,
      updatedAt: this.now().toISOString(),
      deviceId: this.store.deviceId,
    };
    await this.store.reading.put(state);
    return state;
  }

  private requireArticle(articleId: string): void {
    if (!this.store.findArticle(articleId)) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
  }
}
