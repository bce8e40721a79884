import { afterDeliveries } from '../after-deliveries.js';
import type { Db } from './open.js';

export interface CheckpointResult {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  error?: string;
}

/** How often the WAL is copied back into the database file. */
export interface CheckpointPacing {
  /** Never sooner after the last checkpoint: under load each stall stays a few milliseconds. */
  minIntervalMs: number;
  /** Never later, while commits come: the WAL and the work a crash recovery replays stay bounded. */
  maxIntervalMs: number;
  /**
   * The WAL frames a checkpoint aims to copy; the interval follows the write rate to reach it. A
   * commit rewrites whole pages for a row or two, and some pages are in every commit (the journal's
   * last leaf, the right edges of its indexes, page 1 with the file's size): a checkpoint copies
   * each of them once however many commits rewrote it, so a quiet store that checkpointed after
   * every commit wrote them to the flash twice per commit.
   */
  framesPerCheckpoint: number;
}

/**
 * The store's pacing: ≈ 4 MiB of 2 KiB frames per checkpoint (a rush of 40 orders a second
 * writes ≈ 6,000 frames a second: one every ≈ 350 ms), every 250 ms at most and, while commits
 * come, every 30 s at least.
 */
export const STORE_CHECKPOINT_PACING: CheckpointPacing = { minIntervalMs: 250, maxIntervalMs: 30_000, framesPerCheckpoint: 2_048 };

/**
 * Copies WAL pages back into the database on the writer's own thread, between command batches:
 * told of each commit, it waits until the current interval passed since the last checkpoint and
 * then runs a PASSIVE checkpoint once the batch is durable and its answers and MQTT messages
 * left. Small checkpoints keep each stall to a few milliseconds and the WAL small, without
 * the memory of a second V8 isolate for a worker thread; the interval stretches while few frames
 * come (see CheckpointPacing).
 */
export class WalCheckpointer {
  private lastRun = 0;
  private intervalMs: number;
  private scheduled = false;
  private stopped = false;
  /**
   * Resolves once what was committed so far is on stable storage (`CommandBus.durable`). Under
   * group-fsync the batch's fsync is still running when COMMIT returns: a checkpoint run then would
   * hold the loop just as the batch's answers and kitchen tickets become due.
   */
  durable: () => Promise<void> = () => Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly pacing: CheckpointPacing,
    private readonly onResult: (result: CheckpointResult) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.intervalMs = pacing.minIntervalMs;
  }

  noteCommit(): void {
    if (this.scheduled || this.stopped || this.now() - this.lastRun < this.intervalMs) return;
    this.scheduled = true;
    void this.durable().then(() => afterDeliveries(() => this.run()));
  }

  /** No further checkpoints; the caller finishes with its own TRUNCATE checkpoint. */
  stop(): void {
    this.stopped = true;
  }

  private run(): void {
    this.scheduled = false;
    if (this.stopped || !this.db.open) return;
    const startedAt = this.now();
    const elapsedMs = this.lastRun === 0 ? null : startedAt - this.lastRun;
    this.lastRun = startedAt;
    try {
      const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      // `log` counts the frames since the WAL last restarted, i.e. since about the last checkpoint
      // (more, if a reader kept it from restarting: then the next one only comes sooner).
      if (elapsedMs !== null && result.log > 0) this.pace((elapsedMs * this.pacing.framesPerCheckpoint) / result.log);
      this.onResult({ ok: true, ...result });
    } catch (error) {
      this.onResult({ ok: false, error: (error as Error).message });
    }
  }

  private pace(intervalMs: number): void {
    this.intervalMs = Math.min(this.pacing.maxIntervalMs, Math.max(this.pacing.minIntervalMs, intervalMs));
  }
}
