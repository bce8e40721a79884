import type { Db } from './open.js';

export interface CheckpointResult {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  error?: string;
}

/**
 * Copies WAL pages back into the database on the writer's own thread, between command batches:
 * told of each commit, it waits until `intervalMs` passed since the last checkpoint and then runs a
 * PASSIVE checkpoint two event-loop turns later, after the batch's answers and MQTT messages left.
 * Frequent small checkpoints keep each stall to a few milliseconds and the WAL small, without the
 * memory of a second V8 isolate for a worker thread.
 */
export class WalCheckpointer {
  private lastRun = 0;
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly intervalMs: number,
    private readonly onResult: (result: CheckpointResult) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  noteCommit(): void {
    if (this.scheduled || this.stopped || this.now() - this.lastRun < this.intervalMs) return;
    this.scheduled = true;
    setImmediate(() => setImmediate(() => this.run()));
  }

  /** No further checkpoints; the caller finishes with its own TRUNCATE checkpoint. */
  stop(): void {
    this.stopped = true;
  }

  private run(): void {
    this.scheduled = false;
    if (this.stopped || !this.db.open) return;
    this.lastRun = this.now();
    try {
      const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      this.onResult({ ok: true, ...result });
    } catch (error) {
      this.onResult({ ok: false, error: (error as Error).message });
    }
  }
}
