import type { LibraryStore } from '../store/library-store';
import { ArticleService } from './articles';
import { CollectionService } from './collections';
import { ExportService } from './export-notes';
import { LibraryService } from './library';
import { NoteCatalogue } from './note-catalogue';
import { NoteService } from './notes';
import { ReadingService } from './reading';
import { SearchService } from './search';
import { TagService } from './tags';
import { createTimelineServices, type TimelineServices } from './timeline-services';

/** Every service of the app, built over one open library. */
export interface Services {
  store: LibraryStore;
  articles: ArticleService;
  library: LibraryService;
  notes: NoteService;
  /** Full-text search; its index follows the store's changes. */
  search: SearchService;
  tags: TagService;
  collections: CollectionService;
  reading: ReadingService;
  /** Every note of the library in memory, for cross-article views. */
  noteCatalogue: NoteCatalogue;
  exports: ExportService;
  /** Article and collection timelines, the user's event edits, timeline exports. */
  timeline: TimelineServices;
}

/** Builds the services over an open library; the app, the CLI and the tests all start here. */
export function createServices(store: LibraryStore, now: () => Date = () => new Date()): Services {
  const noteCatalogue = new NoteCatalogue(store);
  const collections = new CollectionService(store, now);
  return {
    store,
    articles: new ArticleService(store, now),
    library: new LibraryService(store),
    notes: new NoteService(store, now),
    search: new SearchService(store),
    tags: new TagService(store, now),
    collections,
    reading: new ReadingService(store, now),
    noteCatalogue,
    exports: new ExportService(store, noteCatalogue, collections, now),
    timeline: createTimelineServices(store, collections, now),
  };
}
