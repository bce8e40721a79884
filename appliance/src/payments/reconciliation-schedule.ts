import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { localDate, localMinuteOfDay } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import { AppError } from '../kernel/errors.js';
import type { ModuleContext } from '../kernel/module.js';
import type { Settlement } from './gateways/pix-gateway.js';
import { gatewayListingEnd, reconcile, reconciledFile, settlementsOfBusinessDays } from './reconciliation.js';
import type { PaymentsRuntime } from './runtime.js';
import { decodeSettlementBytes, parseSettlementFile } from './settlement-file.js';
import type { PaymentProvider } from './types.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const reconciliationScheduleSchema = lazySchema(() => z.object({
  /** Local time (store zone) after which yesterday's sales are reconciled. */
  runAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24 h'),
  /** Settlement files dropped as `<inboxDir>/<TEF|ASAAS|MERCADO_PAGO>/*.csv`; moved to `processed/` or `rejected/`. */
  inboxDir: z.string().min(1),
  checkEveryMs: z.number().int().positive(),
}));
export type ReconciliationScheduleOptions = z.infer<typeof reconciliationScheduleSchema>;

/** The schedule the store configured (CHEFIA_RECONCILIATION_AT, CHEFIA_SETTLEMENT_DIR), checked every minute. */
export function reconciliationScheduleFromConfig(config: Config['reconciliation']): ReconciliationScheduleOptions {
  return { runAt: config.runAt, inboxDir: config.settlementDir, checkEveryMs: 60_000 };
}

const LAST_DATE_KEY = 'payments.reconciliation.last_date';
const FILE_PROVIDERS: readonly PaymentProvider[] = ['TEF', 'ASAAS', 'MERCADO_PAGO'];
const SYSTEM = { actor: { type: 'system' as const, id: 'reconciliation-schedule' } };

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * Reconciles each business day once, after `runAt` the next morning in the store zone. The last
 * day done is kept in `settings`, so an appliance that was off at that time catches up on start,
 * one day after the other. A gateway that cannot be reached leaves the day to the next check.
 */
export class ReconciliationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ctx: ModuleContext,
    private readonly runtime: () => PaymentsRuntime,
    private readonly options: ReconciliationScheduleOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.checkEveryMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs what is due; a tick while one runs joins it. */
  tick(): Promise<void> {
    this.running ??= this.runDue()
      .catch((error: unknown) => this.ctx.logger.warn({ err: error }, 'daily reconciliation postponed'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private dueDates(): string[] {
    const { timeZone } = this.ctx.config;
    const now = this.ctx.clock.now();
    const [h, m] = this.options.runAt.split(':').map(Number);
    const target = addDays(localDate(now, timeZone), localMinuteOfDay(now, timeZone) >= h * 60 + m ? -1 : -2);
    const last = this.ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LAST_DATE_KEY) as string | undefined;
    // A store reconciles from its first scheduled day on; it never backfills its whole history.
    const dates: string[] = [];
    for (let date = last ? addDays(last, 1) : target; date <= target; date = addDays(date, 1)) dates.push(date);
    return dates;
  }

  private async runDue(): Promise<void> {
    const dates = this.dueDates();
    for (const [i, date] of dates.entries()) {
      const reconciliationIds = await this.reconcileGateways(date);
      const files = i === dates.length - 1 ? await this.importInbox() : [];
      const ids = [...reconciliationIds, ...files.flatMap((f) => (f.reconciliationId && !f.alreadyReconciled ? [f.reconciliationId] : []))];
      await this.ctx.commands.run(
        'payments.reconciliation_day',
        (tx) => {
          // The day cursor is the scheduler's bookmark (like a consumer offset); the journal records
          // what was reconciled, so a day with nothing to reconcile leaves no event.
          tx.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_DATE_KEY, date);
          if (ids.length === 0 && files.length === 0) return;
          tx.emit({ type: 'payment.reconciliation_day_completed', aggregateType: 'reconciliation', aggregateId: date, payload: { businessDate: date, reconciliationIds: ids, files } });
        },
        SYSTEM,
      );
    }
  }

  private async reconcileGateways(date: string): Promise<string[]> {
    const ids: string[] = [];
    for (const gateway of this.runtime().pix.list()) {
      const listed: Settlement[] = await gateway.listSettlements(date, gatewayListingEnd(date));
      const result = await this.ctx.commands.run(
        'payments.reconcile',
        (tx) => reconcile(tx, gateway.name, date, date, settlementsOfBusinessDays(tx.db, gateway.name, date, date, listed)),
        SYSTEM,
      );
      ids.push(result.id);
    }
    return ids;
  }

  private async importInbox(): Promise<{ provider: PaymentProvider; file: string; reconciliationId: string | null; alreadyReconciled: boolean; rejected: string | null }[]> {
    const imported = [];
    for (const provider of FILE_PROVIDERS) {
      const dir = join(this.options.inboxDir, provider);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
      for (const name of names) {
        const path = join(dir, name);
        let outcome: { reconciliationId: string | null; alreadyReconciled: boolean; rejected: string | null };
        try {
          const bytes = await readFile(path);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          // Reconciled before a crash kept the file from moving: only the move is left to do.
          const done = reconciledFile(this.ctx.db, sha256);
          const file = done ? null : await parseSettlementFile(decodeSettlementBytes(bytes));
          const result = file
            ? await this.ctx.commands.run('payments.reconcile', (tx) => reconcile(tx, provider, file.from, file.to, file.settlements, sha256), SYSTEM)
            : null;
          outcome = { reconciliationId: result?.id ?? done, alreadyReconciled: done !== null, rejected: null };
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcome = { reconciliationId: null, alreadyReconciled: false, rejected: this.ctx.messages.t(error.messageKey, error.params) };
        }
        const target = join(dir, outcome.rejected ? 'rejected' : 'processed');
        await mkdir(target, { recursive: true });
        await rename(path, join(target, name));
        imported.push({ provider, file: name, ...outcome });
      }
    }
    return imported;
  }
}
