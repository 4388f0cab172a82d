import type { LibraryStatus } from '../shared/library-status';
import type { Settings } from '../shared/settings';
import type { LibraryStore } from '../store/library-store';

/** The library as a whole: where it is, whether it can be written, and the reader's settings. */
export class LibraryService {
  /** @param store the open library */
  constructor(private readonly store: LibraryStore) {}

  /** Where the library is, whether it is read-only, and what the user must be told about it. */
  status(): LibraryStatus {
    return { path: this.store.dir, isReadOnly: this.store.isReadOnly, notices: [...this.store.notices] };
  }

  /** The reader's settings. */
  settings(): Settings {
    return this.store.settings;
  }

  /** Changes some settings; answers the whole new settings. */
  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.store.updateSettings(patch);
  }
}
