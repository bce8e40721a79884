import type { Db } from '../kernel/db/open.js';
import { saveStreamSegments } from '../kernel/journal/journal-stream.js';
import { backoffDelay, retryAfterDelay, type BackoffOptions } from './backoff.js';
import { BackgroundLoop } from './background-loop.js';
import { JournalReader } from './journal-reader.js';
import { RelayHttpError, type RelayClient } from './relay-client.js';
import { ReplicationState } from './replication-state.js';
import { StreamPosition, type PendingRun } from './stream-position.js';
import { WakeableSleep } from './wakeable-sleep.js';

export interface ReplicatorOptions {
  maxBatchEvents: number;
  maxBatchBytes: number;
  /** A small backlog waits this long for more commits before it is sent. */
  maxDelayMs: number;
  idlePollMs: number;
  heartbeatMs: number;
  backoff: BackoffOptions;
}

/** How often at most the relay's high water is written to the store's database while batches flow. */
const STORE_HIGH_WATER_EVERY_MS = 60_000;

export const defaultReplicatorOptions: ReplicatorOptions = {
  maxBatchEvents: 1000,
  maxBatchBytes: 2_000_000,
  maxDelayMs: 250,
  idlePollMs: 2000,
  heartbeatMs: 15_000,
  backoff: { baseMs: 500, maxMs: 60_000 },
};

/** First and last stream positions of the batch, and the journal seq of its last event. */
interface PreparedBatch {
  firstSeq: number;
  lastSeq: number;
  lastJournalSeq: number;
  body: Buffer;
}

export interface ReplicationLag {
  /** Journal events not yet acknowledged by the relay. */
  events: number;
  /** Age of the oldest unacknowledged event (0 when caught up). */
  seconds: number;
  headSeq: number;
  /** Last stream position the relay acknowledged (the journal seq, unless a restore started a new run); null before the first contact ever. */
  relayHighWater: number | null;
  state: 'starting' | 'idle' | 'sending' | 'retrying' | 'stopped';
  consecutiveFailures: number;
  lastError: string | null;
  lastContactAt: string | null;
}

interface Logger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/**
 * Runs `write` in one transaction of the store database, resolving once it committed. In the
 * appliance it is a command of the command bus, so `durable` covers it like any other commit.
 */
export type StoreTransaction = (name: string, write: (db: Db) => void) => Promise<void>;

/** Outside the appliance (a journal replicated by a process of its own): a plain transaction. */
const plainTransaction =
  (db: Db): StoreTransaction =>
  (_name, write) => {
    db.transaction(() => write(db))();
    return Promise.resolve();
  };

/**
 * Ships the journal to the relay in seq order. The relay's high-water mark is the only cursor: it is
 * asked for on start and whenever the relay reports a gap (409), and each answer moves it, so a crash
 * anywhere (ours or the relay's) at worst resends a batch the relay then skips. Nothing is deleted:
 * the journal stays the source of truth however long the relay is unreachable. Events go out under
 * their stream positions (`StreamPosition`): a high water above what this journal holds is never
 * taken as "all sent", since the events after it would then be dropped by the relay as replays.
 */
export class Replicator {
  private readonly reader: JournalReader;
  private readonly state: ReplicationState;
  private readonly idle = new WakeableSleep();
  private readonly delay = new WakeableSleep();
  private readonly options: ReplicatorOptions;
  private relayHighWater: number | null;
  private confirmedThisRun = false;
  private readonly lifecycle = new BackgroundLoop(
    () => this.run(),
    () => {
      this.idle.wake();
      this.delay.wake();
    },
  );
  private status: ReplicationLag['state'] = 'starting';
  private failures = 0;
  private lastError: string | null = null;
  private lastContact = 0;
  /** When relay_high_water was last written, and which value. */
  private storedAt = 0;
  private storedHighWater: number | null;
  private next: PreparedBatch | null = null;
  private readonly stream: StreamPosition;

  constructor(
    db: Db,
    private readonly client: RelayClient,
    options: Partial<ReplicatorOptions> = {},
    private readonly logger?: Logger,
    /** Resolves once what was committed so far is on stable storage (`CommandBus.durable`). */
    private readonly durable: () => Promise<void> = () => Promise.resolve(),
    /** Where the placement of a run in the relay's stream commits: one of the commands `durable` covers. */
    private readonly transaction: StoreTransaction = plainTransaction(db),
  ) {
    this.options = { ...defaultReplicatorOptions, ...options };
    this.reader = new JournalReader(db);
    this.stream = new StreamPosition(db);
    this.state = new ReplicationState(db);
    this.relayHighWater = this.state.get('relay_high_water');
    this.storedHighWater = this.relayHighWater;
  }

  start(): void {
    this.lifecycle.start();
  }

  async stop(): Promise<void> {
    await this.lifecycle.stop();
    this.storeHighWater();
    this.status = 'stopped';
  }

  /** Call after a commit: new events go out without waiting for the idle poll. */
  wake(): void {
    this.idle.wake();
  }

  lag(): ReplicationLag {
    const headSeq = this.reader.head();
    const pending = this.stream.pending(this.relayHighWater ?? 0);
    const oldest = pending.firstSeq === null ? null : this.reader.occurredAt(pending.firstSeq);
    return {
      events: pending.events,
      seconds: oldest ? Math.max(0, Math.round((Date.now() - Date.parse(oldest)) / 1000)) : 0,
      headSeq,
      relayHighWater: this.relayHighWater,
      state: this.status,
      consecutiveFailures: this.failures,
      lastError: this.lastError,
      lastContactAt: this.lastContact ? new Date(this.lastContact).toISOString() : null,
    };
  }

  private acknowledge(highWater: number): void {
    this.relayHighWater = highWater;
    this.lastContact = Date.now();
    if (this.lastContact - this.storedAt >= STORE_HIGH_WATER_EVERY_MS) this.storeHighWater();
  }

  /**
   * The stored high water only says where replication stood until the relay answers after a
   * start (each run asks it first), so it is written now and then and at stop, not per batch: a
   * write per acknowledged batch was a WAL commit every 250 ms of a busy store's day.
   */
  private storeHighWater(): void {
    if (this.relayHighWater === null || this.relayHighWater === this.storedHighWater) return;
    this.state.set('relay_high_water', this.relayHighWater);
    this.storedHighWater = this.relayHighWater;
    this.storedAt = this.lastContact;
  }

  private async run(): Promise<void> {
    let deferred = false;
    while (this.lifecycle.running) {
      try {
        if (!this.confirmedThisRun) {
          const highWater = await this.client.highWater(this.lifecycle.signal);
          await this.checkHeldEvents(highWater);
          // Runs are placed against the high water this database recorded before the answer, and
          // saved before the answer is: a crash in between must not make a foreign high water look like ours.
          await this.placeRun(highWater);
          this.acknowledge(highWater);
          this.confirmedThisRun = true;
        }
        const acked = this.relayHighWater ?? 0;
        await this.placeRun(acked);
        const run = this.stream.nextRun(acked);
        if (run) {
          const pending = this.stream.pending(acked).events;
          if (!deferred && pending < this.options.maxBatchEvents) {
            deferred = true;
            await this.delay.sleep(this.options.maxDelayMs);
            continue;
          }
          deferred = false;
          await this.sendRun(run, acked, acked + pending);
        } else {
          deferred = false;
          this.status = 'idle';
          if (Date.now() - this.lastContact >= this.options.heartbeatMs) {
            this.acknowledge(await this.client.heartbeat(acked, null, this.lifecycle.signal));
          }
          await this.idle.sleep(this.options.idlePollMs);
        }
        this.failures = 0;
        this.lastError = null;
      } catch (error) {
        if (!this.lifecycle.running) break;
        this.failures += 1;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.status = 'retrying';
        if (error instanceof RelayHttpError && !error.retryable) {
          this.logger?.warn({ err: this.lastError }, 'relay refused the request; retrying later');
        }
        await this.delay.sleep(this.retryDelay(error));
      }
    }
  }

  /**
   * A relay high water past the one this database last recorded names events it never saw
   * acknowledged: usually its own, sent just before a crash, but another journal's when this one
   * never replicated there (a new appliance, used before it was enrolled, for a store that had
   * one). Taken on trust, this journal's events up to that position would be dropped by the relay
   * as replays of the other's and never reach HQ. So the event this journal holds at that position
   * is sent again: the relay compares it with the one it stored there (a replay when it is the
   * same, nothing stored either way), and when it is another event this journal goes on as a new
   * run after what the relay holds.
   */
  private async checkHeldEvents(highWater: number): Promise<void> {
    if (highWater <= (this.storedHighWater ?? 0)) return;
    const seq = this.stream.journalSeqAt(highWater);
    if (seq === null) return;
    const [event] = this.reader.readAfter(seq - 1, 1, Number.MAX_SAFE_INTEGER, seq);
    // What the relay records of the store's lag with this request stays true.
    const pending = this.stream.pending(highWater);
    const oldestUnsentAt = pending.firstSeq === null ? null : this.reader.occurredAt(pending.firstSeq);
    const body = await this.client.encodeBatch([{ ...event, seq: highWater }], highWater + pending.events, oldestUnsentAt);
    try {
      await this.client.sendEncoded(body, this.lifecycle.signal);
    } catch (error) {
      if (!(error instanceof RelayHttpError && error.code === 'DUPLICATE_EVENT_ID')) throw error;
      this.logger?.warn({ highWater }, 'the relay holds another journal of this store up to its high water; this journal goes on after it');
      await this.placeRun(highWater, true);
    }
  }

  /**
   * Gives the next run its place after the relay's high water (`StreamPosition.placement`; `foreign`:
   * what the relay holds up to it is another journal's), in one transaction that commits before any
   * event goes out under that place, and that `prepare` waits to be on stable storage: a power cut
   * must not leave the relay holding events at a place the store no longer knows, or it would send
   * them again after the relay's high water and be refused as duplicates for good.
   */
  private async placeRun(highWater: number, foreign = false): Promise<void> {
    const placed = this.stream.placement(highWater, this.storedHighWater, foreign);
    if (!placed) return;
    await this.transaction('replication.place_run', (db) => saveStreamSegments(db, placed));
    this.stream.adopt(placed);
  }

  /**
   * A busy relay (429) or one restarting (503) says when to come back: that wait is honoured as is
   * (the same batch is then sent again; the relay stores it once by seq). Other failures back off
   * exponentially.
   */
  private retryDelay(error: unknown): number {
    if (error instanceof RelayHttpError && error.retryAfterMs !== null && error.retryable) {
      return retryAfterDelay(error.retryAfterMs, this.options.backoff);
    }
    return backoffDelay(this.failures, this.options.backoff);
  }

  /**
   * Reads and compresses the batch at the start of `run`, its events under their stream positions
   * (`streamHead`: where the journal's head will be); null when there is nothing to send.
   */
  private async prepare(run: PendingRun, streamHead: number): Promise<PreparedBatch | null> {
    const read = this.reader.readAfter(run.fromSeq - 1, this.options.maxBatchEvents, this.options.maxBatchBytes, run.untilSeq);
    if (read.length === 0) return null;
    const events = read.map((event) => ({ ...event, seq: run.streamSeq + (event.seq - run.fromSeq) }));
    // The relay keeps what it stores: nothing a power cut could still take back from the journal.
    await this.durable();
    const body = await this.client.encodeBatch(events, streamHead, events[0].occurredAt);
    return { firstSeq: events[0].seq, lastSeq: events[events.length - 1].seq, lastJournalSeq: read[read.length - 1].seq, body };
  }

  /**
   * Sends one batch of `run`. While it is in flight the following batch is read and compressed, so
   * during catch-up the store's work overlaps the relay's; it is used only if the relay confirms
   * exactly the position it follows.
   */
  private async sendRun(run: PendingRun, acked: number, streamHead: number): Promise<void> {
    this.status = 'sending';
    const batch = this.next?.firstSeq === acked + 1 ? this.next : await this.prepare(run, streamHead);
    this.next = null;
    if (!batch) return;
    const sending = this.client.sendEncoded(batch.body, this.lifecycle.signal);
    const rest = { fromSeq: batch.lastJournalSeq + 1, untilSeq: run.untilSeq, streamSeq: batch.lastSeq + 1 };
    const following = rest.fromSeq <= rest.untilSeq ? this.prepare(rest, streamHead).catch(() => null) : Promise.resolve(null);
    const result = await sending;
    if (result.kind === 'stored') {
      this.acknowledge(result.highWater);
      if (result.highWater === batch.lastSeq) this.next = await following;
      return;
    }
    this.logger?.warn({ expectedSeq: result.expectedSeq, sentFrom: batch.firstSeq }, 'relay expects another seq; resuming from it');
    this.acknowledge(result.expectedSeq - 1);
  }
}
