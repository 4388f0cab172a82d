import type { LibraryStore } from '../store/library-store';
import { ArticleService } from './articles';
import { LibraryService } from './library';

/** Every service of the app, built over one open library. */
export interface Services {
  store: LibraryStore;
  articles: ArticleService;
  library: LibraryService;
}

/** Builds the services over an open library; the app, the CLI and the tests all start here. */
export function createServices(store: LibraryStore, now: () => Date = () => new Date()): Services {
  return { store, articles: new ArticleService(store, now), library: new LibraryService(store) };
}
