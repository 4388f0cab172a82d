import type { Services } from './create-services';

/**
 * The library the app has open and the services over it, which restoring a backup replaces while
 * the app runs. Whatever holds on to services for longer than one call (the IPC handler table, the
 * menu's actions) asks here each time, so it sees the library that is open now.
 */
export class LibrarySession {
  private current: Services;
  private swapping: Promise<unknown> = Promise.resolve();

  /** `dir` is the library folder; it stays the same across swaps. */
  constructor(
    services: Services,
    readonly dir: string,
  ) {
    this.current = services;
  }

  /** The services now, even in the middle of a swap (for quitting, which must close what is open). */
  get services(): Services {
    return this.current;
  }

  /** The services once no swap is running: a call made during a restore waits for the restored library. */
  async ready(): Promise<Services> {
    for (;;) {
      const waited = this.swapping;
      await waited.catch(() => undefined);
      if (waited === this.swapping) return this.current;
    }
  }

  /**
   * Runs `swap` alone (one at a time; {@link ready} waits meanwhile). `swap` receives the open
   * services and must call `install` with the services that are open from then on — the new ones,
   * or the old ones reopened when it fails — before it answers or throws.
   */
  swap<T>(swap: (current: Services, install: (services: Services) => void) => Promise<T>): Promise<T> {
    const run = this.swapping.catch(() => undefined).then(() =>
      swap(this.current, (services) => {
        this.current = services;
      }),
    );
    this.swapping = run;
    return run;
  }
}
