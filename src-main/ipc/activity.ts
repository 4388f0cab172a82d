/**
 * Counts the IPC calls main is still answering, so closing the window can wait until the page's
 * last saves are on disk.
 */
export class IpcActivity {
  private inFlight = 0;
  private waiters: Array<() => void> = [];

  /** Marks a call as started; the returned function marks it done. */
  begin(): () => void {
    this.inFlight += 1;
    let isDone = false;
    return () => {
      if (isDone) return;
      isDone = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  /** Resolves once no call is being answered, or after `timeoutMs` whatever happens. */
  whenIdle(timeoutMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
