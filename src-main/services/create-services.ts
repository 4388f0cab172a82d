import type { LibraryStore } from '../store/library-store';
import { ArticleService } from './articles';
import { LibraryService } from './library';
import { NoteService } from './notes';

/** Every service of the app, built over one open library. */
export interface Services {
  store: LibraryStore;
  articles: ArticleService;
  library: LibraryService;
  notes: NoteService;
}

/** Builds the services over an open library; the app, the CLI and the tests all start here. */
export function createServices(store: LibraryStore, now: () => Date = () => new Date()): Services {
  return { store, articles: new ArticleService(store, now), library: new LibraryService(store), notes: new NoteService(store, now) };
}
