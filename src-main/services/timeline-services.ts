import type { LibraryStore } from '../store/library-store';
import type { CollectionService } from './collections';
import { TimelineService } from './timeline';
import { CollectionTimelineService } from './timeline-collection';
import { EventEditService } from './timeline-edits';
import { TimelineExportService } from './timeline-export';

/** The timeline services, built together over one library. */
export interface TimelineServices {
  /** Each article's timeline (cached, with edits applied). */
  articles: TimelineService;
  /** The user's corrections of events. */
  edits: EventEditService;
  /** Merged timelines and key dates of many articles. */
  collection: CollectionTimelineService;
  /** TimelineJS, CSV and iCalendar exports. */
  exports: TimelineExportService;
}

/** Builds the timeline services over an open library and its collections. */
export function createTimelineServices(store: LibraryStore, collections: CollectionService, now: () => Date = () => new Date()): TimelineServices {
  const articles = new TimelineService(store);
  const collection = new CollectionTimelineService(store, articles, collections);
  return { articles, edits: new EventEditService(store, articles, now), collection, exports: new TimelineExportService(articles, collection, collections, now) };
}
