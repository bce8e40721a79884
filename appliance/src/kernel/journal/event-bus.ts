import { untilDeliveriesSent } from '../after-deliveries.js';
import type { Db } from '../db/open.js';
import type { Logger } from '../logger.js';
import type { EventPattern, JournalEvent, MatchingType } from './event.js';
import { matchesPattern } from './event.js';
import type { JournalStore } from './journal-store.js';

export type EventHandler<T = JournalEvent> = (event: T) => void | Promise<void>;

/** A handler for the events a pattern list matches, typed by the contract. */
export type HandlerFor<P extends EventPattern> = EventHandler<JournalEvent<MatchingType<P>>>;

interface Subscriber {
  name: string;
  patterns: string[];
  handler: EventHandler;
  timeoutMs: number;
}

interface DurableConsumer {
  name: string;
  patterns: string[];
  handler: EventHandler;
  cursor: number;
  running: Promise<void> | null;
  rerun: boolean;
  savedCursor: number;
  /**
   * The batches committed while its handler was busy, kept so the rerun takes them from memory
   * instead of scanning the journal: the seqs they cover and the events among them it handles.
   * `null` with `backlogLost` once a batch did not follow the last one or too many piled up; the
   * rerun then reads the journal.
   */
  backlog: { from: number; until: number; events: JournalEvent[] } | null;
  backlogLost: boolean;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const CURSOR_SAVE_MS = 1_000;
const PAGE_SIZE = 200;
/**
 * Seqs a catching-up consumer scans per statement. The journal has no index by type, so a read for
 * rare types walks the range; bounding it keeps each read to a few milliseconds of the event loop
 * however far behind the consumer is.
 */
const SCAN_WINDOW = 4_096;
/** Events a busy consumer keeps in memory for its rerun; past this it reads them from the journal. */
const BACKLOG_LIMIT = 1_000;

/**
 * Delivers committed events. Live subscribers get each event once, after commit, isolated from
 * each other (a throw or a hang in one never delays another). Durable consumers keep a cursor in
 * `consumer_offsets` and read the journal itself, so they catch up after a crash or restart.
 */
export class EventBus {
  private readonly subscribers: Subscriber[] = [];
  private readonly durables = new Map<string, DurableConsumer>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly readOffset;
  private readonly writeOffset;
  private saveTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  /**
   * `onStorage` resolves once what was committed so far is on stable storage (`CommandBus.durable`):
   * a consumer reading the journal to catch up waits for it before handling what it read, as live
   * deliveries, which come after the fsync, do.
   */
  constructor(
    private readonly db: Db,
    private readonly journal: JournalStore,
    private readonly logger: Logger,
    private readonly onStorage: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.readOffset = db.prepare('SELECT seq FROM consumer_offsets WHERE name = ?').pluck();
    this.writeOffset = db.prepare(
      `INSERT INTO consumer_offsets (name, seq, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at`,
    );
  }

  subscribe<P extends EventPattern>(name: string, patterns: P | readonly P[], handler: HandlerFor<P>, timeoutMs = DEFAULT_TIMEOUT_MS): void {
    this.subscribers.push({ name, patterns: [patterns].flat(), handler: widen(handler), timeoutMs });
  }

  /**
   * Registers a consumer that sees every matching event at least once, in seq order, across
   * restarts. Its handler must be idempotent (event ids make that easy).
   */
  durable<P extends EventPattern>(name: string, patterns: P | readonly P[], handler: HandlerFor<P>): void {
    const cursor = (this.readOffset.get(name) as number | undefined) ?? 0;
    const consumer: DurableConsumer = {
      name,
      patterns: [patterns].flat(),
      handler: widen(handler),
      cursor,
      running: null,
      rerun: false,
      savedCursor: cursor,
      backlog: null,
      backlogLost: false,
    };
    this.durables.set(name, consumer);
    void this.pump(consumer);
  }

  publish(events: JournalEvent[]): void {
    for (const event of events) {
      for (const sub of this.subscribers) {
        if (matchesAny(sub.patterns, event.type)) this.deliver(sub, event);
      }
    }
    if (events.length === 0) return;
    const last = events[events.length - 1].seq;
    for (const consumer of this.durables.values()) {
      const caughtUp = !consumer.running && consumer.cursor >= events[0].seq - 1;
      if (caughtUp && !events.some((e) => e.seq > consumer.cursor && matchesAny(consumer.patterns, e.type))) {
        consumer.cursor = Math.max(consumer.cursor, last);
        this.saveCursorsSoon();
      } else {
        void this.pump(consumer, events);
      }
    }
  }

  /** Waits for live deliveries in flight (bounded by their timeouts). */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops live and durable delivery; a durable handler already running finishes first. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.settle();
    await Promise.allSettled([...this.durables.values()].map((c) => c.running));
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.saveCursors();
  }

  private deliver(sub: Subscriber, event: JournalEvent): void {
    const log = (error: unknown) =>
      this.logger.error(
        { err: error, subscriber: sub.name, eventType: event.type, seq: event.seq, correlationId: event.correlationId },
        'event subscriber failed',
      );
    let timer: NodeJS.Timeout | undefined;
    const run = Promise.resolve()
      .then(() => sub.handler(event))
      .catch(log);
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log(new Error(`subscriber timed out after ${sub.timeoutMs} ms`));
        resolve();
      }, sub.timeoutMs);
    });
    const settled = Promise.race([run, timeout]).finally(() => {
      clearTimeout(timer);
      this.inFlight.delete(settled);
    });
    this.inFlight.add(settled);
  }

  /**
   * Each cursor write is an fsync on the writer connection, so all cursors are written together at
   * most once per CURSOR_SAVE_MS (and on stop) instead of after every event: delivery stays
   * at-least-once, a restart repeats at most that window, and handlers are idempotent by event id.
   */
  private saveCursorsSoon(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveCursors();
    }, CURSOR_SAVE_MS);
    this.saveTimer.unref();
  }

  private saveCursors(): void {
    const moved = [...this.durables.values()].filter((c) => c.savedCursor !== c.cursor);
    if (moved.length === 0) return;
    const now = new Date().toISOString();
    try {
      this.db.transaction(() => {
        for (const consumer of moved) this.writeOffset.run(consumer.name, consumer.cursor, now);
      })();
    } catch (error) {
      // E.g. a full disk: the cursors stay unsaved (a restart repeats a little more) and the next event retries.
      this.logger.warn({ err: error }, 'could not save durable consumer cursors');
      return;
    }
    for (const consumer of moved) consumer.savedCursor = consumer.cursor;
  }

  private pump(consumer: DurableConsumer, live: JournalEvent[] | null = null): Promise<void> {
    if (consumer.running) {
      consumer.rerun = true;
      if (live) keepForRerun(consumer, live);
      return consumer.running;
    }
    consumer.running = this.drainConsumer(consumer, live).finally(() => {
      consumer.running = null;
    });
    return consumer.running;
  }

  /**
   * Delivers the batch just committed straight from memory when the consumer is caught up with
   * it, and otherwise reads the journal from its cursor. Either way it first waits until the
   * commit's own answers and MQTT messages have left (the kitchen's tickets among them), so
   * follow-up work never delays them.
   */
  private async drainConsumer(consumer: DurableConsumer, live: JournalEvent[] | null): Promise<void> {
    try {
      await untilDeliveriesSent();
      if (live && consumer.cursor >= live[0].seq - 1) {
        for (const event of live) {
          if (this.stopped) return;
          if (event.seq <= consumer.cursor) continue;
          if (matchesAny(consumer.patterns, event.type)) await consumer.handler(event);
          consumer.cursor = event.seq;
        }
        this.saveCursorsSoon();
        if (!consumer.rerun) return;
      }
      do {
        consumer.rerun = false;
        const backlog = consumer.backlog;
        consumer.backlog = null;
        consumer.backlogLost = false;
        // The batches that came while it was busy follow on from its cursor: handled from memory.
        if (backlog && consumer.cursor >= backlog.from - 1) {
          for (const event of backlog.events) {
            if (this.stopped) return;
            if (event.seq <= consumer.cursor) continue;
            await consumer.handler(event);
            consumer.cursor = event.seq;
          }
          consumer.cursor = Math.max(consumer.cursor, backlog.until);
          this.saveCursorsSoon();
          continue;
        }
        for (;;) {
          if (this.stopped) return;
          const head = this.journal.lastSeq();
          const until = Math.min(head, consumer.cursor + SCAN_WINDOW);
          const events = this.journal.readMatching(consumer.cursor, until, consumer.patterns, PAGE_SIZE);
          if (events.length > 0) await this.onStorage();
          for (const event of events) {
            if (this.stopped) return;
            await consumer.handler(event);
            consumer.cursor = event.seq;
          }
          if (events.length < PAGE_SIZE) consumer.cursor = Math.max(consumer.cursor, until);
          this.saveCursorsSoon();
          if (consumer.cursor >= head) break;
          // A long catch-up must not hold the event loop that serves the tills.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } while (consumer.rerun);
    } catch (error) {
      this.logger.error({ err: error, consumer: consumer.name, cursor: consumer.cursor }, 'durable consumer failed; retrying');
      if (!this.stopped) setTimeout(() => void this.pump(consumer), 1_000).unref();
    }
  }
}

const matchesAny = (patterns: readonly string[], type: string) => patterns.some((p) => matchesPattern(p, type));

/** Adds a batch committed while the consumer was busy to its backlog, if it follows on from it. */
function keepForRerun(consumer: DurableConsumer, batch: JournalEvent[]): void {
  if (consumer.backlogLost) return;
  const from = batch[0].seq;
  const until = batch[batch.length - 1].seq;
  const handled = batch.filter((event) => matchesAny(consumer.patterns, event.type));
  if (!consumer.backlog) consumer.backlog = { from, until, events: handled };
  else if (from === consumer.backlog.until + 1) {
    consumer.backlog.until = until;
    consumer.backlog.events.push(...handled);
  } else consumer.backlog = null;
  if (!consumer.backlog || consumer.backlog.events.length > BACKLOG_LIMIT) {
    consumer.backlog = null;
    consumer.backlogLost = true;
  }
}

/** The bus calls a handler only with events its patterns match, which is the type it was declared with. */
const widen = <P extends EventPattern>(handler: HandlerFor<P>) => handler as EventHandler;
