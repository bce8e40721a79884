import type { IngestAdmissionConfig } from '../config.js';

/** Why a batch was turned away; the `reason` of a 429 `RELAY_BUSY` and a label of its counter. */
export type RefusalReason = 'STORE_BUSY' | 'CATCH_UP_SHARE' | 'QUEUE_FULL' | 'QUEUE_TIMEOUT' | 'SHUTTING_DOWN';

export const REFUSAL_REASONS: readonly RefusalReason[] = ['STORE_BUSY', 'CATCH_UP_SHARE', 'QUEUE_FULL', 'QUEUE_TIMEOUT', 'SHUTTING_DOWN'];

/** The batch was not admitted: answer 429 with `Retry-After: retryAfterSeconds`. */
export class AdmissionRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly retryAfterSeconds: number,
  ) {
    super(`ingest refused: ${reason}`);
    this.name = 'AdmissionRefused';
  }
}

/** A held slot; release it exactly once when the batch's answer is decided. */
export interface AdmissionTicket {
  readonly catchUp: boolean;
  /** Milliseconds the batch waited in the queue before it got its slot. */
  readonly queuedMs: number;
  release(): void;
}

export interface AdmissionSnapshot {
  inFlight: number;
  catchUpInFlight: number;
  queued: number;
  maxInFlight: number;
}

interface Waiter {
  storeId: string;
  enqueuedAt: number;
  timer: NodeJS.Timeout;
  resolve(ticket: AdmissionTicket): void;
  reject(error: AdmissionRefused): void;
}

/** Longest Retry-After we ever ask for: a store should not go quiet for minutes because one node is busy. */
const MAX_RETRY_AFTER_SECONDS = 30;
/** Starting guess of a batch's service time until real ones are measured. */
const INITIAL_BATCH_MS = 250;

/**
 * Bounds the journal upload work one relay node does at once, so overload is answered with 429 and
 * Retry-After instead of requests piling up behind the Postgres pool until the stores time out.
 *
 * The signal is the number of batches in flight: each holds one pool connection and one store row
 * lock for its whole transaction, so it is what the pool and Postgres actually feel, it is counted
 * exactly (no sampling), and it is exported as `chefia_relay_ingest_in_flight`.
 *
 * Fairness between stores, all per node (several nodes each apply it to their own share):
 * - one batch per store at a time (in flight or queued): the store row lock would serialise a second
 *   one anyway, holding a connection while it waits; the replicator never sends two, so a second is
 *   a retry of a timed-out send and gets 429 STORE_BUSY at once;
 * - stores catching up (backlog ≥ catchUpBacklog) together hold at most catchUpSharePercent of the
 *   slots and never queue: past their share they get 429 at once, so a week of one store's journal
 *   cannot fill the node while the other stores' live sales wait behind it;
 * - stores that are up to date may queue (FIFO, bounded in length and time) for a free slot, and a
 *   freed slot always goes to the queue first.
 */
export class IngestAdmission {
  private inFlight = 0;
  private catchUpInFlight = 0;
  private readonly queue: Waiter[] = [];
  /** Stores with a batch in flight or queued on this node. */
  private readonly busyStores = new Set<string>();
  /** Moving average of the time a batch holds its slot, for Retry-After. */
  private averageBatchMs = INITIAL_BATCH_MS;
  private closed = false;

  constructor(private readonly config: IngestAdmissionConfig) {}

  /** Slots stores catching up may hold together (at least one, so a catch-up always progresses). */
  get catchUpSlots(): number {
    return Math.max(1, Math.floor((this.config.maxInFlight * this.config.catchUpSharePercent) / 100));
  }

  snapshot(): AdmissionSnapshot {
    return { inFlight: this.inFlight, catchUpInFlight: this.catchUpInFlight, queued: this.queue.length, maxInFlight: this.config.maxInFlight };
  }

  isCatchUp(backlog: number): boolean {
    return backlog >= this.config.catchUpBacklog;
  }

  /**
   * Takes a slot for one batch of `storeId`, whose backlog (events still to send, as last reported)
   * classifies it; rejects with AdmissionRefused when the batch must come back later.
   */
  admit(storeId: string, backlog: number): Promise<AdmissionTicket> {
    if (this.closed) return Promise.reject(new AdmissionRefused('SHUTTING_DOWN', 1));
    if (this.busyStores.has(storeId)) return Promise.reject(new AdmissionRefused('STORE_BUSY', 1));
    const free = this.inFlight < this.config.maxInFlight && this.queue.length === 0;
    if (this.isCatchUp(backlog)) {
      // Stores catching up never wait in the queue: they have plenty to send and a Retry-After to honour.
      if (!free || this.catchUpInFlight >= this.catchUpSlots) return Promise.reject(new AdmissionRefused('CATCH_UP_SHARE', this.retryAfter(this.catchUpSlots)));
      return Promise.resolve(this.grant(storeId, true, 0));
    }
    if (free) return Promise.resolve(this.grant(storeId, false, 0));
    if (this.queue.length >= this.config.maxQueued) return Promise.reject(new AdmissionRefused('QUEUE_FULL', this.retryAfter(this.config.maxInFlight)));
    this.busyStores.add(storeId);
    return new Promise<AdmissionTicket>((resolve, reject) => {
      const waiter: Waiter = {
        storeId,
        enqueuedAt: Date.now(),
        resolve,
        reject,
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index < 0) return;
          this.queue.splice(index, 1);
          this.busyStores.delete(storeId);
          reject(new AdmissionRefused('QUEUE_TIMEOUT', this.retryAfter(this.config.maxInFlight)));
        }, this.config.queueWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  /** Refuses every queued batch and any new one (429 SHUTTING_DOWN); batches in flight finish. */
  close(): void {
    this.closed = true;
    for (const waiter of this.queue.splice(0)) {
      clearTimeout(waiter.timer);
      this.busyStores.delete(waiter.storeId);
      waiter.reject(new AdmissionRefused('SHUTTING_DOWN', 1));
    }
  }

  private grant(storeId: string, catchUp: boolean, queuedMs: number): AdmissionTicket {
    this.inFlight += 1;
    if (catchUp) this.catchUpInFlight += 1;
    this.busyStores.add(storeId);
    const started = Date.now();
    let released = false;
    return {
      catchUp,
      queuedMs,
      release: () => {
        if (released) return;
        released = true;
        this.averageBatchMs = this.averageBatchMs * 0.8 + (Date.now() - started) * 0.2;
        this.inFlight -= 1;
        if (catchUp) this.catchUpInFlight -= 1;
        this.busyStores.delete(storeId);
        this.handOver();
      },
    };
  }

  /** A freed slot goes to the longest-waiting queued batch. */
  private handOver(): void {
    while (this.inFlight < this.config.maxInFlight && this.queue.length > 0) {
      const waiter = this.queue.shift() as Waiter;
      clearTimeout(waiter.timer);
      waiter.resolve(this.grant(waiter.storeId, false, Date.now() - waiter.enqueuedAt));
    }
  }

  /**
   * Seconds until a slot is likely free for the caller: the work ahead of it (in flight and queued)
   * spread over the slots it may use, at the measured time per batch; 1 to 30 s. The replicator adds
   * its own jitter, so stores refused together do not all come back in the same second.
   */
  private retryAfter(slots: number): number {
    const ahead = this.inFlight + this.queue.length + 1;
    const seconds = Math.ceil((ahead / Math.max(1, slots)) * (this.averageBatchMs / 1000));
    return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
  }
}
