/** A sleep that wake() or cancel() ends early: new commits, or shutdown, must not wait a full interval. */
export class WakeableSleep {
  private pending: { timer: NodeJS.Timeout; resolve: () => void } | null = null;
  private woken = false;

  sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve();
      }, ms);
      this.pending = { timer, resolve };
    });
  }

  /** Ends the current sleep, or makes the next one return at once. */
  wake(): void {
    if (this.pending) {
      clearTimeout(this.pending.timer);
      const { resolve } = this.pending;
      this.pending = null;
      resolve();
    } else {
      this.woken = true;
    }
  }
}
