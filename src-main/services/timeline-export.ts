import type { ExportEvent, ExportTimeline } from '../core/timeline-export/export-event';
import { timelineToCsv } from '../core/timeline-export/to-csv';
import { timelineToIcs } from '../core/timeline-export/to-ics';
import { timelineToTimelineJs } from '../core/timeline-export/to-timelinejs';
import { safeFileName } from '../core/safe-file-name';
import { writeFileDurably } from '../store/durable-file';
import type { TimelineExportFormat } from '../shared/timeline-limits';
import type { TimelineScope } from '../shared/timeline-views';
import type { CollectionService } from './collections';
import type { TimelineService } from './timeline';
import type { CollectionTimelineService } from './timeline-collection';

/** What a timeline export covers: one article, or a collection scope. */
export type TimelineExportScope = TimelineScope | { articleId: string };

/** An exported timeline: a safe file name, its media type and its text. */
export interface TimelineExportFile {
  name: string;
  mediaType: string;
  content: string;
}

const FORMATS: Record<TimelineExportFormat, { extension: string; mediaType: string }> = {
  timelinejs: { extension: 'json', mediaType: 'application/json' },
  csv: { extension: 'csv', mediaType: 'text/csv' },
  ics: { extension: 'ics', mediaType: 'text/calendar' },
};

/**
 * Exports timelines as TimelineJS JSON, CSV or iCalendar: an article's visible events (with the
 * user's edits), or a collection's merged events with every source credited.
 */
export class TimelineExportService {
  /** @param timeline article timelines; @param collection collection timelines; @param collections names of collections; @param now the clock */
  constructor(
    private readonly timeline: TimelineService,
    private readonly collection: CollectionTimelineService,
    private readonly collections: CollectionService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The export of a scope in a format. `not-found` for an unknown article or collection. */
  async build(scope: TimelineExportScope, format: TimelineExportFormat): Promise<TimelineExportFile> {
    const timeline = await this.timelineOf(scope);
    const content =
      format === 'timelinejs' ? `${JSON.stringify(timelineToTimelineJs(timeline), null, 2)}\n` : format === 'csv' ? timelineToCsv(timeline) : timelineToIcs(timeline, this.now().toISOString());
    return { name: safeFileName(`Timeline - ${timeline.title}`, FORMATS[format].extension), mediaType: FORMATS[format].mediaType, content };
  }

  /** Writes an export to a file (replacing it), durably; an `io` error says what went wrong. */
  async write(exported: TimelineExportFile, file: string): Promise<void> {
    await writeFileDurably(file, exported.content);
  }

  /** The events a scope exports, with a title for the whole. */
  async timelineOf(scope: TimelineExportScope): Promise<ExportTimeline> {
    if ('articleId' in scope) {
      const meta = this.timeline.requireArticle(scope.articleId);
      const entry = await this.timeline.entry(scope.articleId);
      const source = { articleTitle: meta.title, source: meta.source, published: meta.published?.value.slice(0, 10) ?? null };
      const events: ExportEvent[] = entry.view.events.flatMap((event, index) =>
        event.isHidden ? [] : [{ ...event, sources: [{ ...source, quote: entry.quotes[index] ?? '' }] }],
      );
      return { title: meta.title, events };
    }
    const built = await this.collection.build({ scope });
    const title = 'collectionId' in scope ? this.collections.get(scope.collectionId).name : 'tag' in scope ? `Tag ${scope.tag}` : 'Library';
    return { title, events: built.events.map((event) => ({ ...event, note: null })) };
  }
}
