import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { RelayDb } from '../db/database.js';
import { claimJobs, type Job, type JobTable } from './job-queue.js';

const CLAIM_BATCH = 20;

/** Exponential backoff for a failed job's next attempt: `baseMs` doubling per attempt, at most `maxMs`. */
export function retryDelay(backoff: { baseMs: number; maxMs: number }, attempts: number): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * One relay node's turn at a shared job queue: claims and runs due jobs until stopped, and when
 * there was nothing to claim sleeps `tickMs` (other nodes' work, retries coming due) or until woken
 * by work queued on this node. Each queue's worker says how to run one job.
 */
export abstract class QueueWorker {
  readonly nodeId = `relay-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    protected readonly db: RelayDb,
    protected readonly logger: Logger,
    private readonly queue: { table: JobTable; leaseSeconds: number; tickMs: number },
  ) {}

  protected abstract runOne(job: Job): Promise<void>;

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

  /** New work was queued on this node: look for it now rather than at the next tick. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        const jobs = await claimJobs(this.db, this.nodeId, CLAIM_BATCH, this.queue.leaseSeconds, this.queue.table);
        claimed = jobs.length;
        await Promise.all(jobs.map((job) => this.runOne(job)));
      } catch (error) {
        if (this.running) this.logger.warn({ table: this.queue.table, err: (error as Error).message }, 'job claim failed');
      }
      if (claimed === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.queue.tickMs);
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
