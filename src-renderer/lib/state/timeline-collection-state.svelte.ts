import type { CollectionEvent, CollectionTimelinePage, TimelineScope } from '../../../src-main/shared/timeline-views';
import type { TimelineExportFormat } from '../../../src-main/shared/timeline-limits';
import type { CollectionView, TagCount } from '../../../src-main/shared/library-views';
import type { DatelineApi } from '../api';

/** How many events the list shows at first, and adds on "Show more". */
export const EVENT_PAGE = 100;
/** How long typing in the filter waits before asking main (ms). */
const FILTER_DELAY = 150;

/** The names the export formats go by in the window. */
export const EXPORT_FORMAT_NAMES: Record<TimelineExportFormat, string> = { timelinejs: 'TimelineJS JSON', csv: 'CSV', ics: 'iCalendar' };

/**
 * The collection timeline as the window shows it: its scope (the library, a tag or a collection),
 * its key dates, the filter, the events of the list (the first pages, grown by `showMore`), every
 * matching event's place on the axis (`axis`, triples as main sends them) and the labelled events
 * the axis draws where it is looking (`axisEvents` from `axisOffset`). Main keeps the thousands
 * of events; the window holds a page of them, so opening and scrolling stay quick.
 */
export class TimelineCollectionState {
  scope = $state.raw<TimelineScope>({ all: true });
  timeline = $state.raw<CollectionTimelinePage | null>(null);
  events = $state.raw<CollectionEvent[]>([]);
  /** How many events match the filter, and how many the collection has. */
  count = $state(0);
  total = $state(0);
  axis = $state.raw<readonly number[]>([]);
  axisEvents = $state.raw<CollectionEvent[]>([]);
  axisOffset = $state(0);
  words = $state('');
  source = $state('');
  /** How many key dates the user asked for; null for the default, which grows with the collection. */
  keyDateCount = $state<number | null>(null);
  tags = $state.raw<TagCount[]>([]);
  collections = $state.raw<CollectionView[]>([]);
  isLoading = $state(false);
  error = $state<string | null>(null);
  /** What the last export did, in the user's words; `isExportFailed` when it went wrong. */
  exportStatus = $state('');
  isExportFailed = $state(false);
  isExporting = $state(false);

  private sequence = 0;
  private axisSequence = 0;
  private filterTimer: ReturnType<typeof setTimeout> | null = null;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** What the timeline covers, as a heading says it: "the library", "tag “wire”", "“Gulf crisis”". */
  get scopeName(): string {
    const scope = this.scope;
    if ('tag' in scope) return `tag “${scope.tag}”`;
    if ('collectionId' in scope) return `“${this.collections.find((group) => group.id === scope.collectionId)?.name ?? 'a collection'}”`;
    return 'the library';
  }

  /** Loads the scope's timeline from its first page, with the axis; the tags and collections to choose from beside it. */
  async load(): Promise<void> {
    void this.loadScopes();
    await this.fetch(0, true);
  }

  /** Shows another scope. */
  async choose(scope: TimelineScope): Promise<void> {
    this.scope = scope;
    this.words = '';
    this.source = '';
    this.exportStatus = '';
    this.timeline = null;
    await this.fetch(0, true);
  }

  /** Shows `count` key dates (null: as many as suits the collection's size). */
  async showKeyDates(count: number | null): Promise<void> {
    this.keyDateCount = count;
    await this.fetch(0, true);
  }

  /** Filters the events by words and source, after a short pause while the user types. */
  filter(words: string, source: string): void {
    this.words = words;
    this.source = source;
    if (this.filterTimer) clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => void this.fetch(0, true), FILTER_DELAY);
  }

  /** Adds the next page of events to the list. */
  async showMore(): Promise<void> {
    await this.fetch(this.events.length, false);
  }

  /** Loads the labelled events the axis draws, matching events `first` to `last` (inclusive, in date order). */
  async showOnAxis(first: number, last: number): Promise<void> {
    if (first >= this.axisOffset && last < this.axisOffset + this.axisEvents.length) return;
    const ticket = ++this.axisSequence;
    const result = await this.api.timeline.collection({ ...this.request(), page: { ...this.pageQuery(first, last - first + 1, false), eventsOnly: true } });
    if (ticket !== this.axisSequence || !result.ok) return;
    this.axisOffset = first;
    this.axisEvents = result.value.events;
  }

  /** Forgets the loaded timeline (an event was corrected); the next `load` reads it again. */
  invalidate(): void {
    this.timeline = null;
  }

  /** Exports the shown timeline (its scope, every event) in a format, to a file main asks the user for. */
  async export(format: TimelineExportFormat): Promise<void> {
    this.isExporting = true;
    this.exportStatus = '';
    try {
      const result = await this.api.timeline.save({ scope: this.scope, format });
      this.isExportFailed = !result.ok;
      if (!result.ok) this.exportStatus = `The timeline was not exported: ${result.error.message}`;
      else if (result.value.file) this.exportStatus = `The timeline was exported as ${EXPORT_FORMAT_NAMES[format]} to ${result.value.file}.`;
    } finally {
      this.isExporting = false;
    }
  }

  private async loadScopes(): Promise<void> {
    const [tags, collections] = await Promise.all([this.api.tags.list(), this.api.collections.list()]);
    if (tags.ok) this.tags = tags.value;
    if (collections.ok) this.collections = collections.value;
  }

  /** The scope and key-date count every request of this timeline carries (main caches by them). */
  private request() {
    return { scope: this.scope, ...(this.keyDateCount ? { keyDates: this.keyDateCount } : {}) };
  }

  private pageQuery(offset: number, limit: number, withAxis: boolean) {
    return { offset, limit: Math.max(1, Math.min(limit, 1_000)), withAxis, ...(this.words.trim() ? { words: this.words } : {}), ...(this.source ? { source: this.source } : {}) };
  }

  private async fetch(offset: number, isFirst: boolean): Promise<void> {
    const ticket = ++this.sequence;
    this.isLoading = true;
    try {
      // Later pages need only their events: the key dates and sources came with the first.
      const result = await this.api.timeline.collection({ ...this.request(), page: { ...this.pageQuery(offset, EVENT_PAGE, isFirst), eventsOnly: !isFirst } });
      if (ticket !== this.sequence) return;
      if (!result.ok) {
        this.error = result.error.message;
        return;
      }
      this.error = null;
      const { page } = result.value;
      this.events = isFirst ? result.value.events : [...this.events, ...result.value.events];
      this.count = page?.count ?? result.value.events.length;
      this.total = page?.total ?? result.value.events.length;
      if (isFirst) {
        this.axis = page?.axis ?? [];
        this.axisEvents = [];
        this.axisOffset = 0;
        this.axisSequence += 1;
        this.timeline = result.value;
      }
    } finally {
      if (ticket === this.sequence) this.isLoading = false;
    }
  }
}
