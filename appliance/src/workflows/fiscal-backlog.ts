import {
  backlogEntry,
  deferEmission,
  hasPendingBacklog,
  pendingBacklog,
  recordBacklogAttempt,
  resolveBacklog,
  type BacklogEntry,
  type DeferredReason,
  type DeferredSale,
} from '../fiscal/index.js';
import { AppError } from '../kernel/errors.js';
import type { CommandFn, CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import type { FiscalEmissionPort, FiscalEmissionRequest } from '../payments/index.js';

const ACTOR = { type: 'system' as const, id: 'workflow:fiscal-backlog' };
const RETRY_INTERVAL_MS = 30_000;

/** What one emission attempt for a paid order came to. */
export type EmissionOutcome =
  | { kind: 'DOCUMENTED'; documentId: string }
  | { kind: 'NOTHING_TO_DOCUMENT' }
  /** A document exists but does not count yet (e.g. rejected: corrected after its number is inutilized). */
  | { kind: 'NOT_YET'; errorCode: string };

/**
 * Issues the fiscal document of one paid order, whatever its type (NFC-e, SAT/MF-e, NF-e):
 * idempotent per order, throws a 422 AppError for data that will not get better by retrying
 * and anything else for failures that may pass.
 */
export interface PaidOrderEmitter {
  available(): boolean;
  /** The order already has its document (a replayed delivery after a restart). */
  documented(orderId: string): boolean;
  /** Issues the order's document inside the settling transaction when it can (see `FiscalBacklog.issueWithSettlement`). */
  issueWithin(tx: CommandTx, orderId: string): void;
  emitOrder(orderId: string, settledAt: string): Promise<EmissionOutcome>;
}

/**
 * Every paid order ends with a fiscal document or a manager's journaled waiver. A sale that
 * cannot be documented at once (emission off, bad product data, a failure) goes to the fiscal
 * backlog, and so does every sale after it while the backlog is not empty, so documents are
 * numbered in sale order. The backlog is drained on each new sale, at start and every 30 s; a
 * sale refused for its data is retried on each pass (after the catalog is fixed) without holding
 * back the ones behind it.
 */
export class FiscalBacklog implements FiscalEmissionPort {
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: ModuleContext,
    private readonly emitter: PaidOrderEmitter,
  ) {}

  /**
   * The in-transaction reaction to `payment.order_settled`: a sale the backlog would emit at once
   * gets its document numbered and signed in the payment's own commit; `requestEmission`, after
   * the commit, then finds it issued and transmits it. A sale that must wait (emission off, the
   * backlog not empty, an order it already owns) is left to `requestEmission`, so documents stay
   * numbered in sale order.
   */
  issueWithSettlement(tx: CommandTx, orderId: string): void {
    if (!this.emitter.available() || backlogEntry(tx.db, orderId) || hasPendingBacklog(tx.db)) return;
    this.emitter.issueWithin(tx, orderId);
  }

  async requestEmission(request: FiscalEmissionRequest): Promise<void> {
    const sale: DeferredSale = {
      orderId: request.orderId,
      businessDate: request.businessDate,
      totalCents: request.totalCents,
      settledAt: request.settledAt ?? this.ctx.clock.now().toISOString(),
    };
    const entry = backlogEntry(this.ctx.db, sale.orderId);
    if (entry) {
      // A replayed delivery: the backlog already owns this sale.
      if (entry.status === 'PENDING') await this.drain();
      return;
    }
    if (!this.emitter.available()) {
      // The journal may replay a sale documented before a restart that left emission off.
      if (this.emitter.documented(sale.orderId)) return;
      return this.defer(sale, 'EMISSION_OFF', 'FISCAL_NOT_CONFIGURED');
    }
    if (hasPendingBacklog(this.ctx.db)) {
      await this.defer(sale, 'BEHIND_BACKLOG', null);
      return this.drain();
    }
    try {
      const outcome = await this.emitter.emitOrder(sale.orderId, sale.settledAt);
      if (outcome.kind === 'NOT_YET') await this.defer(sale, 'FISCAL_DATA_REFUSED', outcome.errorCode);
    } catch (error) {
      const refused = error instanceof AppError && error.status === 422;
      this.ctx.logger.error({ err: error, orderId: sale.orderId }, refused ? 'fiscal emission refused: correct the product fiscal data' : 'fiscal emission failed: the sale waits in the fiscal backlog');
      await this.defer(sale, refused ? 'FISCAL_DATA_REFUSED' : 'EMISSION_FAILED', errorCode(error));
    }
  }

  /** Emits the pending sales oldest first; one pass at a time, another one if sales came in meanwhile. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  start(): void {
    this.timer = setInterval(() => void this.drain().catch((error: unknown) => this.ctx.logger.warn({ err: error }, 'fiscal backlog pass failed')), RETRY_INTERVAL_MS);
    this.timer.unref();
    void this.drain().catch((error: unknown) => this.ctx.logger.warn({ err: error }, 'fiscal backlog pass failed'));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
  }

  private async pass(): Promise<void> {
    if (!this.emitter.available()) return;
    for (const entry of pendingBacklog(this.ctx.db)) {
      const proceed = await this.attempt(entry);
      if (!proceed) return;
    }
  }

  /** One pending sale; false when the failure will hit every following sale too (stop the pass). */
  private async attempt(entry: BacklogEntry): Promise<boolean> {
    let outcome: EmissionOutcome;
    try {
      outcome = await this.emitter.emitOrder(entry.orderId, entry.settledAt);
    } catch (error) {
      const refused = error instanceof AppError && error.status === 422;
      await this.run('fiscal.backlog_attempt_failed', entry.orderId, (tx) => recordBacklogAttempt(tx, entry.orderId, errorCode(error)));
      if (!refused) this.ctx.logger.warn({ err: error, orderId: entry.orderId }, 'fiscal backlog: emission failed, retrying later');
      return refused;
    }
    if (outcome.kind === 'NOT_YET') {
      await this.run('fiscal.backlog_attempt_failed', entry.orderId, (tx) => recordBacklogAttempt(tx, entry.orderId, outcome.errorCode));
      return true;
    }
    const resolution = outcome.kind === 'DOCUMENTED' ? { status: 'DOCUMENTED' as const, documentId: outcome.documentId } : { status: 'NOTHING_TO_DOCUMENT' as const };
    await this.run('fiscal.resolve_backlog', entry.orderId, (tx) => resolveBacklog(tx, entry.orderId, resolution));
    return true;
  }

  private async defer(sale: DeferredSale, reason: DeferredReason, code: string | null): Promise<void> {
    await this.run('fiscal.defer_emission', sale.orderId, (tx) => deferEmission(tx, sale, reason, code));
  }

  private run<T>(name: string, orderId: string, fn: CommandFn<T>): Promise<T> {
    return this.ctx.commands.run(name, fn, { actor: ACTOR, correlationId: orderId });
  }
}

const errorCode = (error: unknown): string => (error instanceof AppError ? error.code : 'FISCAL_EMISSION_FAILED');
