/**
 * One relay node's turn at a shared job queue: claims and runs due jobs until stopped, and when
 * there was nothing to claim sleeps `tickMs` (other nodes' work, retries coming due) or until woken
 * by work queued on this node.
 */
export class JobLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    /** Claims due jobs, runs them, and says how many it claimed. */
    private readonly claimAndRun: () => Promise<number>,
    private readonly tickMs: number,
    private readonly onClaimError: (error: Error) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.claimAndRun();
      } catch (error) {
        if (this.running) this.onClaimError(error as Error);
      }
      if (claimed === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.tickMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }
}

/** Exponential backoff for a failed job's next attempt: `baseMs` doubling per attempt, at most `maxMs`. */
export function retryDelay(backoff: { baseMs: number; maxMs: number }, attempts: number): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
}
