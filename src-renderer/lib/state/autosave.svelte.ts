/**
 * How long typing may pause before a note is saved, in milliseconds. Closing the window or
 * switching article saves at once, so nothing waits on this.
 */
export const AUTOSAVE_DELAY_MS = 800;

/** Whether the note being edited is on disk. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * Saving typed text after a pause: `queue` takes the latest text (the one waiting replaces any
 * earlier), `flush` saves it now. Typing that arrives during a save waits for the next one; a save
 * that fails keeps its text waiting and says `failed`. The margin's notes and the "all notes"
 * view both save through one of these.
 */
export class Autosave<Pending> {
  state = $state<SaveState>('saved');
  private waiting: Pending | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param save saves one text; answers whether it was saved
   * @param isReady whether a save can be made now (nothing is taken from the queue until it can)
   */
  constructor(
    private readonly save: (pending: Pending) => Promise<boolean>,
    private readonly isReady: () => boolean = () => true,
  ) {}

  /** The text waiting to be saved, if any. */
  get pending(): Pending | null {
    return this.waiting;
  }

  /** Takes the latest text and saves it after {@link AUTOSAVE_DELAY_MS} without more typing. */
  queue(pending: Pending): void {
    this.waiting = pending;
    this.state = 'unsaved';
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves the waiting text now. Safe to call at any time. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.waiting;
    if (!pending || !this.isReady()) return;
    this.waiting = null;
    this.state = 'saving';
    if (!(await this.save(pending))) {
      this.waiting ??= pending;
      this.state = 'failed';
      return;
    }
    if (!this.waiting) this.state = 'saved';
  }
}
