import type { Db } from '../kernel/db/open.js';
import { AppError } from '../kernel/errors.js';
import { backoffDelay, retryAfterDelay, type BackoffOptions } from './backoff.js';
import { BackgroundLoop } from './background-loop.js';
import type { CommandRunner, DownstreamApplier, DownstreamOutcome } from './downstream-applier.js';
import type { DownstreamMessage } from '../../contract/index.js';
import { RelayHttpError, type RelayClient } from './relay-client.js';
import { ReplicationState } from './replication-state.js';
import { WakeableSleep } from './wakeable-sleep.js';

export interface DownstreamPollerOptions {
  waitSeconds: number;
  backoff: BackoffOptions;
}

interface Logger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The store's rules refused the message: it is refused the same way on every retry. */
const isRefusal = (error: unknown): error is AppError => error instanceof AppError && error.status < 500;

/**
 * Long-polls the relay for HQ messages after the last applied cursor. Each message is applied and
 * recorded in one transaction (the applied-id check makes redelivery harmless), and only then
 * acknowledged, so a crash between apply and ack re-fetches a message that is then skipped.
 * Messages no applier handles are recorded as ignored so they cannot block the ones behind them.
 */
export class DownstreamPoller {
  private readonly state: ReplicationState;
  private readonly appliers = new Map<string, DownstreamApplier>();
  private readonly isApplied;
  private readonly recordApplied;
  private readonly sleeper = new WakeableSleep();
  private readonly lifecycle = new BackgroundLoop(
    () => this.run(),
    () => this.sleeper.wake(),
  );
  private failures = 0;
  /** Since start, for /health: messages applied, ignored (no applier), refused by the store's rules and skipped as redelivered. */
  readonly stats = { applied: 0, ignored: 0, refused: 0, duplicates: 0 };

  constructor(
    db: Db,
    private readonly client: RelayClient,
    private readonly commands: CommandRunner,
    appliers: DownstreamApplier[],
    private readonly options: DownstreamPollerOptions = { waitSeconds: 25, backoff: { baseMs: 500, maxMs: 60_000 } },
    private readonly logger?: Logger,
  ) {
    this.state = new ReplicationState(db);
    for (const applier of appliers) for (const type of applier.types) this.appliers.set(type, applier);
    this.isApplied = db.prepare('SELECT 1 FROM replication_downstream_applied WHERE message_id = ?').pluck();
    this.recordApplied = db.prepare(
      'INSERT INTO replication_downstream_applied (message_id, cursor, type, outcome, applied_at) VALUES (?, ?, ?, ?, ?)',
    );
  }

  cursor(): number {
    return this.state.get('downstream_cursor') ?? 0;
  }

  start(): void {
    this.lifecycle.start();
  }

  stop(): Promise<void> {
    return this.lifecycle.stop();
  }

  /** Applies one page of messages; exposed for tests and for a one-shot sync. */
  async pollOnce(waitSeconds: number): Promise<number> {
    const messages = await this.client.downstream(this.cursor(), waitSeconds, this.lifecycle.signal);
    for (const message of messages) await this.applyOne(message);
    if (messages.length > 0) await this.client.acknowledge(messages[messages.length - 1].cursor, this.lifecycle.signal);
    return messages.length;
  }

  private async applyOne(message: DownstreamMessage): Promise<void> {
    try {
      await this.commands.run('replication.apply_downstream', (tx) => {
        if (this.isApplied.get(message.id)) {
          this.stats.duplicates += 1;
        } else {
          const applier = this.appliers.get(message.type);
          const outcome: DownstreamOutcome = applier ? applier.apply(tx, message) : 'ignored';
          this.recordApplied.run(message.id, message.cursor, message.type, outcome, tx.nowIso);
          this.stats[outcome] += 1;
        }
        this.moveCursor(message);
      });
    } catch (error) {
      // Retried, a refusal would hold every HQ message behind it (prices, settings, orders) for good.
      if (!isRefusal(error)) throw error;
      await this.commands.run('replication.refuse_downstream', (tx) => {
        if (this.isApplied.get(message.id)) return;
        this.recordApplied.run(message.id, message.cursor, message.type, 'refused', tx.nowIso);
        tx.emit({ type: 'replication.downstream_refused', aggregateType: 'downstream_message', aggregateId: message.id, payload: { messageId: message.id, type: message.type, code: error.code } });
        this.moveCursor(message);
      });
      this.stats.refused += 1;
      this.logger?.error({ messageId: message.id, type: message.type, code: error.code }, 'HQ message refused by the store; the ones after it go on');
    }
  }

  private moveCursor(message: DownstreamMessage): void {
    if (message.cursor > this.cursor()) this.state.set('downstream_cursor', message.cursor);
  }

  private async run(): Promise<void> {
    while (this.lifecycle.running) {
      try {
        await this.pollOnce(this.options.waitSeconds);
        this.failures = 0;
      } catch (error) {
        if (!this.lifecycle.running) break;
        this.failures += 1;
        this.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'downstream poll failed');
        const retryAfterMs = error instanceof RelayHttpError && error.retryable ? error.retryAfterMs : null;
        await this.sleeper.sleep(retryAfterMs !== null ? retryAfterDelay(retryAfterMs, this.options.backoff) : backoffDelay(this.failures, this.options.backoff));
      }
    }
  }
}
