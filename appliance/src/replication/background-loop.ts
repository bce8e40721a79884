/**
 * Start/stop for a loop that runs until stopped. stop() aborts the relay request in flight (pass
 * `signal` to every request), ends the loop's sleep through `interrupt`, and resolves only once the
 * loop has returned, so nothing touches SQLite after stop.
 */
export class BackgroundLoop {
  private active = false;
  private loop: Promise<void> | null = null;
  private abort = new AbortController();

  constructor(
    private readonly body: () => Promise<void>,
    private readonly interrupt: () => void,
  ) {}

  /** The loop body checks this after every step and after every failure. */
  get running(): boolean {
    return this.active;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.abort = new AbortController();
    this.loop = this.body();
  }

  async stop(): Promise<void> {
    this.active = false;
    this.abort.abort();
    this.interrupt();
    await this.loop;
  }
}
