import type { Note } from '../shared/annotation';

/**
 * What changed in the library, told after it is on disk: `article` an article was added, its
 * metadata corrected, or it was removed (it is then no longer in the index); `note` a note record was saved (new, changed, deleted as a tombstone or
 * restored); `organisation` tags, collections or memberships changed; `reading` a reading state.
 */
export type StoreChange =
  | { kind: 'article'; articleId: string }
  | { kind: 'note'; note: Note }
  | { kind: 'organisation' }
  | { kind: 'reading'; articleId: string };

/** A listener of {@link StoreChange}s; it runs after the change is saved and must not throw. */
export type ChangeListener = (change: StoreChange) => void;

/** Work to finish before the library closes (an index to save); it may fail without stopping the close. */
export type CloseHook = () => Promise<void>;

/**
 * The store's change feed: derived data (the search index, the note catalogue) follows the
 * library through it instead of each service remembering to update them. A listener that throws
 * is logged and skipped, so a bug in derived data never fails a save that already succeeded.
 */
export class StoreEvents {
  private readonly listeners = new Set<ChangeListener>();
  private readonly closeHooks = new Set<CloseHook>();

  /** Subscribes to changes; answers the function that unsubscribes. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener about a change that is already on disk. */
  emit(change: StoreChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error('A library change listener failed', error);
      }
    }
  }

  /** Registers work to run when the library closes; answers the function that removes it. */
  onClose(hook: CloseHook): () => void {
    this.closeHooks.add(hook);
    return () => this.closeHooks.delete(hook);
  }

  /** Runs every close hook; failures are logged, never thrown (derived data can be rebuilt). */
  async runCloseHooks(): Promise<void> {
    const results = await Promise.allSettled([...this.closeHooks].map((hook) => hook()));
    for (const result of results) if (result.status === 'rejected') console.error('Saving derived data on close failed', result.reason);
  }
}
