import type { SearchHit, SearchStatus } from '../../../src-main/shared/search';
import type { DatelineApi } from '../api';

/** How long typing may pause before the library is searched, in milliseconds. */
export const SEARCH_DELAY_MS = 120;
/** How long a search may take before the box says what it is waiting for, and how often it asks again. */
export const STATUS_DELAY_MS = 300;

/** The library search (Ctrl/Cmd+K): the words typed, the best hits, and the one in hand. */
export class SearchState {
  isOpen = $state(false);
  query = $state('');
  hits = $state.raw<SearchHit[]>([]);
  total = $state(0);
  /** Index into `hits` of the hit Enter opens. */
  selected = $state(0);
  /** Why the search failed, in the user's words; null when all is well. */
  error = $state<string | null>(null);
  /** True while an answer to the words typed is awaited. */
  isSearching = $state(false);
  /** What a slow search waits for (the index being loaded or built); null unless one is slow. */
  waitingFor = $state.raw<SearchStatus | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private latest = 0;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** Opens the search box (keeping the last words, to refine them). */
  open(): void {
    this.isOpen = true;
  }

  /** Closes the search box. */
  close(): void {
    this.isOpen = false;
  }

  /** Takes the words typed; searches after a short pause. */
  type(query: string): void {
    this.query = query;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), SEARCH_DELAY_MS);
  }

  /** Searches now for the words typed; an answer to older words is dropped. */
  async run(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const request = ++this.latest;
    const query = this.query.trim();
    if (!query) {
      this.hits = [];
      this.total = 0;
      this.isSearching = false;
      this.waitingFor = null;
      return;
    }
    this.isSearching = true;
    const answer = this.api.search.query({ query, limit: 20 });
    void this.watchWhileWaiting(request, answer);
    const result = await answer;
    if (request !== this.latest) return;
    this.isSearching = false;
    this.waitingFor = null;
    if (!result.ok) {
      this.error = result.error.message;
      return;
    }
    this.error = null;
    this.hits = result.value.hits;
    this.total = result.value.total;
    this.selected = 0;
  }

  /** While the answer to `request` is awaited, asks main every little while how far the index has got. */
  private async watchWhileWaiting(request: number, answer: Promise<unknown>): Promise<void> {
    let isAnswered = false;
    void answer.finally(() => (isAnswered = true));
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, STATUS_DELAY_MS));
      if (isAnswered || request !== this.latest) return;
      const status = await this.api.search.status();
      if (isAnswered || request !== this.latest) return;
      if (status.ok && status.value.phase !== 'ready') this.waitingFor = status.value;
    }
  }

  /** Moves the hit in hand up or down the list. */
  move(step: number): void {
    if (this.hits.length === 0) return;
    this.selected = (this.selected + step + this.hits.length) % this.hits.length;
  }
}
