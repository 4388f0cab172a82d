import type { ArticleTimelineView, EventView } from '../../../src-main/shared/timeline-views';
import type { Result } from '../../../src-main/shared/result';
import type { DatelineApi } from '../api';
import { TimelineCollectionState } from './timeline-collection-state.svelte';

/** Which timeline the pane shows: the open article's, or the whole library's. */
export type TimelineMode = 'article' | 'collection';

/** A range of an article's canonical text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** What a correction changes; each field left out stays as it is. */
export interface EventChange {
  value?: string;
  title?: string;
  isHidden?: boolean;
  note?: string;
}

/**
 * The timeline pane's state: whether it is open and in which mode, the open article's timeline
 * (with the user's corrections), the library's collection timeline, the event whose sentence is
 * marked in the article, and requests to scroll the article to a sentence (`shown`, whose `seq`
 * makes a repeated request count). Corrections go to main and come back as the article's new
 * timeline; failures land in `error`, in the user's words.
 */
export class TimelineState {
  isOpen = $state(false);
  mode = $state<TimelineMode>('article');
  articleId = $state<string | null>(null);
  article = $state.raw<ArticleTimelineView | null>(null);
  /** The collection timeline (library, tag or collection), loaded a page at a time. */
  readonly collection: TimelineCollectionState;
  isLoading = $state(false);
  error = $state<string | null>(null);
  /** The event (key) whose sentence is marked in the article, or null. */
  markedKey = $state<string | null>(null);
  /** The last request to scroll an article to a sentence. */
  shown = $state<{ articleId: string; sentence: TextSpan; seq: number } | null>(null);
  /** What the last correction did, for a screen reader. */
  status = $state('');

  /** Reads the reader's selection as a canonical range; the article view sets it while it shows an article. */
  readSelection: () => TextSpan | null = () => null;

  private sequence = 0;
  private articleDate: string | null = null;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {
    this.collection = new TimelineCollectionState(api);
  }

  /** Shows or hides the pane (opening loads what it shows). */
  toggle(): void {
    this.isOpen = !this.isOpen;
    if (this.isOpen) void this.refresh();
  }

  /** Opens the pane in a mode and loads it. */
  open(mode: TimelineMode): void {
    this.isOpen = true;
    this.mode = mode;
    void this.refresh();
  }

  /**
   * Follows the reader to another article, or to a new publication date of the same one (its
   * dates are resolved again), and loads its timeline when the pane shows it.
   */
  follow(articleId: string | null, articleDate: string | null = this.articleDate): void {
    if (articleId === this.articleId && articleDate === this.articleDate) return;
    if (articleId !== this.articleId) {
      this.article = null;
      this.markedKey = null;
    } else this.collection.invalidate();
    this.articleId = articleId;
    this.articleDate = articleDate;
    if (this.isOpen && this.mode === 'article') void this.loadArticle();
  }

  /** Loads what the pane shows now. */
  async refresh(): Promise<void> {
    if (this.mode === 'collection') await this.loadCollection();
    else await this.loadArticle();
  }

  /** Loads the open article's timeline. */
  async loadArticle(): Promise<void> {
    const articleId = this.articleId;
    if (!articleId) return;
    await this.run(() => this.api.timeline.article({ articleId }), (view) => {
      if (view.articleId === this.articleId) this.article = view;
    });
  }

  /** Loads the collection timeline of the chosen scope (merged events and key dates). */
  async loadCollection(): Promise<void> {
    await this.collection.load();
  }

  /** Corrects an event of the open article. */
  async edit(key: string, change: EventChange, status: string): Promise<boolean> {
    const articleId = this.articleId;
    if (!articleId) return false;
    return this.correct(() => this.api.timeline.edit({ articleId, key, ...change }), status);
  }

  /** Adds an event for a passage of the open article, dated `value`. */
  async add(range: TextSpan, value: string, title: string): Promise<boolean> {
    const articleId = this.articleId;
    if (!articleId) return false;
    return this.correct(() => this.api.timeline.add({ articleId, range, value, ...(title.trim() ? { title } : {}) }), 'Event added.');
  }

  /** Undoes every correction of an event. */
  async revert(key: string): Promise<boolean> {
    const articleId = this.articleId;
    if (!articleId) return false;
    return this.correct(() => this.api.timeline.revert({ articleId, key }), 'Event restored to what the article says.');
  }

  /** Marks an event's sentence in the article (null clears the mark). */
  mark(key: string | null): void {
    this.markedKey = key;
  }

  /** The marked event of the open article, or null. */
  get marked(): EventView | null {
    return this.article?.events.find((event) => event.key === this.markedKey) ?? null;
  }

  /** Asks the article view to scroll to a sentence of an article. */
  show(articleId: string, sentence: TextSpan): void {
    this.sequence += 1;
    this.shown = { articleId, sentence, seq: this.sequence };
  }

  private async correct(call: () => Promise<Result<ArticleTimelineView>>, status: string): Promise<boolean> {
    const isDone = await this.run(call, (view) => {
      this.article = view;
      this.collection.invalidate();
    });
    if (isDone) this.status = status;
    return isDone;
  }

  private async run<T>(call: () => Promise<Result<T>>, apply: (value: T) => void): Promise<boolean> {
    this.isLoading = true;
    try {
      const result = await call();
      if (!result.ok) {
        this.error = result.error.message;
        return false;
      }
      this.error = null;
      apply(result.value);
      return true;
    } finally {
      this.isLoading = false;
    }
  }
}
