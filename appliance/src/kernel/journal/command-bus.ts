import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.js';
import { afterDeliveries } from '../after-deliveries.js';
import { prepareCached } from '../db/statements.js';
import { AppError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Actor, EventPattern, EventType, JournalEvent, MatchingType, NewEvent } from './event.js';
import { matchesPattern } from './event.js';
import type { JournalStore } from './journal-store.js';

export interface CommandTx {
  readonly db: Db;
  readonly now: Date;
  readonly nowIso: string;
  readonly actor: Actor | null;
  readonly correlationId: string | null;
  /** A compiled statement on the transaction's connection, cached by SQL text. */
  prepare(sql: string): Statement;
  /** Appends an event to the journal inside this command's transaction; its type name picks its payload type. */
  emit(event: NewEvent): JournalEvent;
}

export type CommandFn<T> = (tx: CommandTx) => T;

export interface CommandOptions {
  actor?: Actor | null;
  correlationId?: string | null;
  /**
   * For bookkeeping nothing waits on (a printed job's DONE): the command may wait up to this many
   * ms for a batch other commands start, and commits with it instead of paying a commit (its pages
   * of the journal, the database header) and an fsync of its own. It still runs before any command
   * that arrives after it.
   */
  shareCommitWithinMs?: number;
}

export interface IdempotencyRequest {
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: string;
  replayed: boolean;
}

interface Pending {
  name: string;
  execute(tx: CommandTx): unknown;
  options: CommandOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export interface CommitListener {
  (events: JournalEvent[]): void;
}

/** Work done inside the transaction of the command that emitted the event (see `CommandBus.react`). */
export type InTransactionReaction<T extends EventType> = (tx: CommandTx, event: JournalEvent<T>) => void;

const MAX_BATCH = 256;

/**
 * Runs commands one after another on the single writer connection. Commands that arrive while a
 * batch is being written share the next COMMIT (group commit): each runs in its own SAVEPOINT so a
 * failing command rolls back alone, and one fsync makes the whole batch durable. Promises resolve
 * only after COMMIT returned, so a caller never acknowledges work that could still be lost.
 */
export class CommandBus {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Commands waiting to share the next batch (`shareCommitWithinMs`), in arrival order, and when they go alone. */
  private parked: Pending[] = [];
  private parkedTimer: NodeJS.Timeout | null = null;
  private parkedDeadline = Infinity;
  private unsynced = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  /** Batches committed, and of them the ones known to be on stable storage (they complete in order). */
  private committedBatches = 0;
  private durableBatches = 0;
  private durableWaiters: { batch: number; wake: () => void }[] = [];
  private readonly listeners: CommitListener[] = [];
  private readonly reactions: { pattern: EventPattern; reaction: InTransactionReaction<EventType> }[] = [];
  /** The reactions of each event type met so far, so an emit does not match every pattern again. */
  private readonly reactionsByType = new Map<string, InTransactionReaction<EventType>[]>();
  private readonly findKey;
  private readonly storeKey;
  // Compiled once: `exec` compiles its SQL on every call, and these run twice per command.
  private readonly savepoint;
  private readonly release;
  private readonly rollbackTo;
  private readonly reactionSavepoint;
  private readonly reactionRelease;
  private readonly reactionRollbackTo;
  readonly stats = { commands: 0, batches: 0, failures: 0 };
  /** Told of every batch as its COMMIT returns, before its fsync (group-fsync): whether it committed, and how many commands it held. */
  batchObserver: ((size: number, committed: boolean) => void) | null = null;
  /**
   * Every failure passes here before it reaches a caller, so the appliance can turn a full disk,
   * whichever statement met it, into one STORAGE_FULL answer.
   */
  mapError: (error: unknown) => unknown = (error) => error;
  /** Told about a commit listener or an in-transaction reaction that threw; the error never reaches the write loop. */
  onListenerError: (error: unknown) => void = () => undefined;
  /**
   * Seals stored answers at rest, since an answer may carry personal data (an order's CPF na
   * nota); `rowKey` is the scope and key. Set by the appliance; without it answers stay as given.
   */
  responseCodec: { seal(rowKey: string, body: string): string; open(rowKey: string, stored: string): string } | null = null;
  /**
   * Runs on every emitted event before it is appended; a throw fails the command. The payload's
   * type is already checked at compile time, so production leaves this off (a zod parse per event
   * would cost the till's hot path); tests and the in-process harness set `assertEventMatchesContract`
   * to also catch what the types cannot see (a spread carrying an extra field, a value out of range).
   */
  checkEvent: ((event: NewEvent) => void) | null = null;

  /**
   * `awaitDurable` defers acknowledgement until the batch is on stable storage (see WalSyncer);
   * without it the COMMIT itself is durable (synchronous=FULL).
   */
  constructor(
    private readonly db: Db,
    private readonly journal: JournalStore,
    private readonly clock: Clock,
    private readonly awaitDurable: ((done: () => void) => void) | null = null,
  ) {
    this.findKey = db.prepare('SELECT request_hash, status, response FROM idempotency_keys WHERE scope = ? AND key = ?');
    this.storeKey = db.prepare(
      'INSERT INTO idempotency_keys (scope, key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.savepoint = db.prepare('SAVEPOINT command');
    this.release = db.prepare('RELEASE command');
    this.rollbackTo = db.prepare('ROLLBACK TO command');
    this.reactionSavepoint = db.prepare('SAVEPOINT reaction');
    this.reactionRelease = db.prepare('RELEASE reaction');
    this.reactionRollbackTo = db.prepare('ROLLBACK TO reaction');
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `reaction` inside the transaction of every command that emits an event of `pattern` (a
   * type, or `domain.*`), right after the event is appended: for follow-up work that belongs with
   * the event and would otherwise cost a commit (and an fsync) of its own, such as the DANFE's
   * print job with the NFC-e's authorization, or that nothing may see the event without. It runs
   * in a savepoint of its own: one that throws is rolled back alone (with the events it emitted)
   * and reported to `onListenerError`, and the command commits without it, so its owner keeps an
   * after-commit path that does the same work idempotently.
   */
  react<P extends EventPattern>(pattern: P, reaction: InTransactionReaction<MatchingType<P>>): void {
    this.reactions.push({ pattern, reaction: reaction as unknown as InTransactionReaction<EventType> });
    this.reactionsByType.clear();
  }

  private reactionsTo(type: string): InTransactionReaction<EventType>[] {
    let list = this.reactionsByType.get(type);
    if (!list) {
      list = this.reactions.filter((r) => matchesPattern(r.pattern, type)).map((r) => r.reaction);
      this.reactionsByType.set(type, list);
    }
    return list;
  }

  run<T>(name: string, fn: CommandFn<T>, options: CommandOptions = {}): Promise<T> {
    return this.enqueue(name, fn, options) as Promise<T>;
  }

  /**
   * Runs the command unless the key was already used: then the stored response is returned and
   * nothing runs. The key is recorded in the same transaction as the command's effects, so a
   * retry after a crash sees either both or neither.
   */
  runIdempotent<T>(
    name: string,
    fn: CommandFn<T>,
    request: IdempotencyRequest,
    respond: (result: T) => { status: number; body: string },
    options: CommandOptions = {},
  ): Promise<StoredResponse> {
    const execute = (tx: CommandTx): StoredResponse => {
      const previous = this.storedResponse(request);
      if (previous) return previous;
      const response = respond(fn(tx));
      const stored = this.responseCodec ? this.responseCodec.seal(`${request.scope}\n${request.key}`, response.body) : response.body;
      this.storeKey.run(request.scope, request.key, request.requestHash, response.status, stored, tx.nowIso);
      return { ...response, replayed: false };
    };
    return this.enqueue(name, execute, options) as Promise<StoredResponse>;
  }

  /**
   * The stored answer of a key already used, null for a new one. A route that acts outside the
   * store before its command (a card terminal, a PIX gateway) asks first, so a retry charges no one.
   */
  storedResponse(request: IdempotencyRequest): StoredResponse | null {
    const previous = this.findKey.get(request.scope, request.key) as { request_hash: string; status: number; response: string } | undefined;
    if (!previous) return null;
    if (previous.request_hash !== request.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED', 422);
    const body = this.responseCodec ? this.responseCodec.open(`${request.scope}\n${request.key}`, previous.response) : previous.response;
    return { status: previous.status, body, replayed: true };
  }

  /**
   * Resolves once every batch committed before the call is on stable storage. A reader that acts
   * outside the store on what it read (a receipt on paper, a document sent to SEFAZ, events shipped
   * to the relay) reads first and awaits this before acting: with `group-fsync` a commit is visible
   * to reads a moment before its fsync ends, and a power cut in that moment would take back what
   * was read. With `full` durability every commit is on storage when COMMIT returns, and this is
   * already resolved.
   */
  durable(): Promise<void> {
    if (this.durableBatches >= this.committedBatches) return Promise.resolve();
    const batch = this.committedBatches;
    return new Promise((wake) => this.durableWaiters.push({ batch, wake }));
  }

  /** Resolves once every queued command has committed. */
  drain(): Promise<void> {
    if (this.queue.length === 0 && this.parked.length === 0 && !this.scheduled && this.unsynced === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.unpark();
  }

  private enqueue(name: string, execute: (tx: CommandTx) => unknown, options: CommandOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new AppError('SHUTTING_DOWN', 503));
    if (execute.constructor.name === 'AsyncFunction') {
      return Promise.reject(new Error(`command ${name} must be synchronous`));
    }
    return new Promise((resolve, reject) => {
      const pending = { name, execute, options, resolve, reject };
      if (options.shareCommitWithinMs !== undefined && !this.scheduled) {
        this.park(pending, options.shareCommitWithinMs);
        return;
      }
      this.queue.push(pending);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private park(pending: Pending, withinMs: number): void {
    this.parked.push(pending);
    const deadline = performance.now() + withinMs;
    if (deadline >= this.parkedDeadline) return;
    this.parkedDeadline = deadline;
    if (this.parkedTimer) clearTimeout(this.parkedTimer);
    this.parkedTimer = setTimeout(() => this.unpark(), withinMs);
  }

  /** The parked commands go first in the next batch: they arrived before anything queued after them. */
  private unpark(): void {
    if (this.parkedTimer) clearTimeout(this.parkedTimer);
    this.parkedTimer = null;
    this.parkedDeadline = Infinity;
    if (this.parked.length === 0) return;
    this.queue.unshift(...this.parked.splice(0));
    this.schedule();
  }

  private flush(): void {
    this.unpark();
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      this.writeBatch(batch);
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): nothing of this batch committed.
      if (this.db.inTransaction) {
        try {
          this.db.exec('ROLLBACK');
        } catch {
          // SQLite may already have rolled back on its own.
        }
      }
      this.stats.failures += batch.length;
      const failure = this.mapError(error);
      for (const pending of batch) pending.reject(failure);
    }
    if (this.queue.length > 0) {
      // What this batch's listeners handed to sockets goes out before the next batch holds the loop.
      afterDeliveries(() => this.flush());
    } else {
      this.scheduled = false;
      this.wakeIdle();
    }
  }

  private writeBatch(batch: Pending[]): void {
    const outcomes: { ok: boolean; value: unknown; events: JournalEvent[] }[] = [];
    this.db.exec('BEGIN IMMEDIATE');
    for (const pending of batch) outcomes.push(this.runOne(pending));
    let committed = true;
    let commitError: unknown;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      committed = false;
      commitError = this.mapError(error);
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    }
    this.stats.batches += 1;
    // Counted before the observer hears of it, so `durable()` called from there covers this batch.
    const batchNumber = committed ? ++this.committedBatches : this.committedBatches;
    this.batchObserver?.(batch.length, committed);
    const settle = () => this.settle(batch, outcomes, committed, commitError);
    if (!committed) {
      settle();
      return;
    }
    if (this.awaitDurable) {
      this.unsynced += 1;
      this.awaitDurable(() => {
        this.unsynced -= 1;
        this.markDurable(batchNumber);
        settle();
        this.wakeIdle();
      });
    } else {
      this.markDurable(batchNumber);
      settle();
    }
  }

  private markDurable(batchNumber: number): void {
    this.durableBatches = batchNumber;
    if (this.durableWaiters.length === 0) return;
    const due = this.durableWaiters.filter((waiter) => waiter.batch <= batchNumber);
    this.durableWaiters = this.durableWaiters.filter((waiter) => waiter.batch > batchNumber);
    for (const waiter of due) waiter.wake();
  }

  private settle(batch: Pending[], outcomes: { ok: boolean; value: unknown; events: JournalEvent[] }[], committed: boolean, commitError: unknown): void {
    const events: JournalEvent[] = [];
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      this.stats.commands += 1;
      if (!committed) {
        this.stats.failures += 1;
        pending.reject(commitError);
      } else if (outcome.ok) {
        events.push(...outcome.events);
        pending.resolve(outcome.value);
      } else {
        this.stats.failures += 1;
        pending.reject(this.mapError(outcome.value));
      }
    });
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        // The work is committed and acknowledged; a failing listener must not undo that or stop the loop.
        this.onListenerError(error);
      }
    }
  }

  private wakeIdle(): void {
    if (this.scheduled || this.queue.length > 0 || this.parked.length > 0 || this.unsynced > 0) return;
    const waiters = this.idleWaiters.splice(0);
    for (const wake of waiters) wake();
  }

  private runReaction(reaction: InTransactionReaction<EventType>, tx: CommandTx, event: JournalEvent, events: JournalEvent[]): void {
    const emittedBefore = events.length;
    this.reactionSavepoint.run();
    try {
      reaction(tx, event);
      this.reactionRelease.run();
    } catch (error) {
      // A failure SQLite answered by rolling back everything (SQLITE_FULL) fails the command too.
      if (!this.db.inTransaction) throw error;
      this.reactionRollbackTo.run();
      this.reactionRelease.run();
      events.length = emittedBefore;
      this.onListenerError(error);
    }
  }

  private runOne(pending: Pending): { ok: boolean; value: unknown; events: JournalEvent[] } {
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const events: JournalEvent[] = [];
    const actor = pending.options.actor ?? null;
    const correlationId = pending.options.correlationId ?? null;
    const tx: CommandTx = {
      db: this.db,
      now,
      nowIso,
      actor,
      correlationId,
      prepare: (sql) => prepareCached(this.db, sql),
      emit: (event) => {
        this.checkEvent?.(event);
        const stored = this.journal.append(event, actor, correlationId, nowIso);
        events.push(stored);
        for (const reaction of this.reactionsTo(stored.type)) this.runReaction(reaction, tx, stored, events);
        return stored;
      },
    };
    this.savepoint.run();
    try {
      const value = pending.execute(tx);
      if (value instanceof Promise) {
        // Anything it writes after its first await would land outside the transaction.
        value.catch(() => undefined);
        throw new Error(`command ${pending.name} must be synchronous`);
      }
      this.release.run();
      return { ok: true, value, events };
    } catch (error) {
      // SQLite rolls the whole transaction back on some errors (SQLITE_FULL): then the batch is lost.
      if (!this.db.inTransaction) throw error;
      this.rollbackTo.run();
      this.release.run();
      return { ok: false, value: error, events: [] };
    }
  }
}
