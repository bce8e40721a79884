
import {
  backupDatabase,
  businessDayAnswers,
  configuredBackupKeep,
  beginBusinessDayClose,
  buildZReport,
  findBusinessDay,
  findClosingBusinessDay,
  findOpenBusinessDay,
  finishBusinessDayClose,
  recordDayBackup,
  zReportText,
  type BackupResult,
  type BusinessDay,
  type CloseBlockers,
  type ZFiscal,
  type ZOrder,
  type ZPayment,
  type ZRefund,
  type ZReport,
} from '../business-day/index.js';
import { actorNames } from '../auth/index.js';
import { listOpenCashierSessions, listSessionsOfDay, readCloseReport, type CashierCloseReport } from '../cashier/index.js';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { readJson } from '../kernel/http/validation.js';
import { runCommand, storedAnswer } from '../kernel/http/command-route.js';
import type { AppEnv } from '../kernel/http/env.js';
import { businessRule } from '../kernel/errors.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import type { Actor } from '../kernel/journal/event.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { fiscalDaySummary } from '../fiscal/index.js';
import { bumpOrderTickets } from '../kitchen/index.js';
import { settleCouriers } from '../delivery/index.js';
import { getOrder } from '../orders/index.js';
import { findPayment, listPaymentsOfDay, listRefundsOfDate, orderKeptByMethod, type Payment, type RefundRow } from '../payments/index.js';
import { serviceChargesOfDay } from '../tables/index.js';
import { closeResolutions, openOrderBlockers, resolveOpenOrders } from './business-day-open-orders.js';
import { reportRunsOfCompletedOrders } from './delivery-dispatch.js';
import { tableExists } from './store-schema.js';
import { closeSettledTabs } from './table-tabs.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { storeDisplayName } from './store-profile.js';
import { lazySchema } from '../../contract/lazy-schema.js';

function blockersOf(db: Db): CloseBlockers {
  const openCashierSessions = listOpenCashierSessions(db).map((s) => ({ sessionId: s.id, terminalId: s.terminalId, operatorId: s.operatorId }));
  return { openCashierSessions, openOrders: openOrderBlockers(db) };
}

/** The day's orders in the order they were placed (numbers run per business date). */
function orderIdsOfDay(db: Db, date: string): string[] {
  return db.prepare('SELECT id FROM orders WHERE business_date = ? ORDER BY number').pluck().all(date) as string[];
}

/** The day's fiscal documents and taxes, where this appliance issues them. */
function fiscalOfDay(db: Db, date: string, window: { from: string; to: string }): ZFiscal | undefined {
  return tableExists(db, 'fiscal_documents') ? fiscalDaySummary(db, orderIdsOfDay(db, date), window) : undefined;
}


function ordersOfDay(db: Db, date: string): ZOrder[] {
  return orderIdsOfDay(db, date).flatMap((id) => {
    const order = getOrder(db, id);
    if (!order) return [];
    return [
      {
        number: order.number,
        channel: order.channel,
        status: order.status,
        subtotalCents: order.subtotalCents,
        deliveryFeeCents: order.deliveryFeeCents,
        discountCents: order.discountCents,
        totalCents: order.totalCents,
        items: order.items.map((i) => ({ productId: i.productId, name: i.name, categoryId: i.categoryId, quantity: i.quantity, unit: i.unit, totalCents: i.totalCents, cancelled: i.status === 'CANCELLED' })),
        writeOff: order.writeOff && { kind: order.writeOff.kind, reason: order.writeOff.reason, amountCents: order.writeOff.amountCents, managerId: order.writeOff.managerId },
      },
    ];
  });
}

/** What an order's captured payments took, and how much of it in cash (change given back excluded, refunds taken off); null when none. */
function takenFor(db: Db, orderId: string): { cashCents: number; totalCents: number } | null {
  const kept = orderKeptByMethod(db, orderId);
  return kept.captured === 0 ? null : { cashCents: kept.cashCents, totalCents: kept.totalCents };
}

/** The Z's tender for what a delivery platform collected online (`docs/integrations.md`, "Payment"). */
const PLATFORM_TENDER = 'MARKETPLACE';

const paidOnPlatform = (payment: Pick<Payment, 'provider'>) => payment.provider === 'MARKETPLACE';

/** The platform as an operator of the X/Z (iFood, Rappi…): one line per platform. */
const platformOperatorId = (payment: Pick<Payment, 'payerLabel'>) => `platform:${payment.payerLabel ?? PLATFORM_TENDER}`;

/**
 * A payment as the X/Z counts it. Money a delivery platform collected online is paid to the store
 * later by the platform: no card machine, gateway nor cashier took it, so it has its own tender
 * line (the credit line then matches the acquirer's) and is the platform's under the operators,
 * not the cashier who accepted the order or the relay that pushed it.
 */
function zPaymentOf(payment: Payment): ZPayment {
  const platform = paidOnPlatform(payment);
  return {
    method: platform ? PLATFORM_TENDER : payment.method,
    amountCents: payment.amountCents,
    changeCents: payment.changeCents,
    operatorId: platform ? platformOperatorId(payment) : payment.operatorId,
    capturedAt: payment.capturedAt ?? payment.createdAt,
  };
}

/** A refund under the tender its payment is counted in (a platform's cancellation gives back the platform's money). */
function zRefundOf(db: Db, refund: RefundRow): ZRefund {
  const payment = findPayment(db, refund.paymentId);
  return { method: payment && paidOnPlatform(payment) ? PLATFORM_TENDER : refund.method, amountCents: refund.amountCents, operatorId: refund.operatorId };
}

/** Gathers the day from payments, orders and cashier, and builds the Z report (inside the closing command). */
export function zReportOf(tx: CommandTx, day: BusinessDay, timeZone: string): ZReport {
  const payments = listPaymentsOfDay(tx.db, day.id).filter((p) => p.status === 'CAPTURED');
  const sessions = listSessionsOfDay(tx.db, day.id);
  // A waiter charging a card at the table, a kiosk taking its own payments: no drawer, so their
  // names come from the users and the paired devices; a platform is named as the store names it.
  const operatorIds = [...new Set(payments.flatMap((p) => (p.operatorId && !paidOnPlatform(p) ? [p.operatorId] : [])))];
  const operatorNames = {
    ...(tableExists(tx.db, 'users') ? actorNames(tx.db, operatorIds) : {}),
    ...Object.fromEntries(sessions.filter((s) => s.operatorName).map((s) => [s.operatorId, s.operatorName!])),
    ...Object.fromEntries(payments.filter(paidOnPlatform).map((p) => [platformOperatorId(p), p.payerLabel ?? 'App de entrega'])),
  };
  const cashierCloses = sessions.flatMap((s) => {
    const report = readCloseReport(tx.db, s.id) as CashierCloseReport | null;
    return report ? [{ sessionId: s.id, terminalId: s.terminalId, operatorId: s.operatorId, operatorName: s.operatorName ?? operatorNames[s.operatorId] ?? null, totalExpectedCents: report.totalExpectedCents, totalCountedCents: report.totalCountedCents, differenceCents: report.differenceCents, status: report.status }] : [];
  });
  return buildZReport({
    businessDayId: day.id,
    date: day.date,
    openedAt: day.openedAt,
    closedAt: tx.nowIso,
    timeZone,
    payments: payments.map(zPaymentOf),
    refunds: listRefundsOfDate(tx.db, day.date).map((r) => zRefundOf(tx.db, r)),
    orders: ordersOfDay(tx.db, day.date),
    cashierCloses,
    serviceCharges: tableExists(tx.db, 'tab_service_charges') ? serviceChargesOfDay(tx.db, day.date) : [],
    operatorNames,
    fiscal: fiscalOfDay(tx.db, day.date, { from: day.openedAt, to: tx.nowIso }),
  });
}


const closeBody = lazySchema(() => z.object({ resolve: closeResolutions.optional() }));

/** The Z as printed (48 columns), under the name the store shows on its receipts. */
export function printedZ(ctx: ModuleContext, report: ZReport): string {
  return zReportText(report, storeDisplayName(ctx.db, ctx.config.storeName), ctx.config.timeZone);
}

/**
 * The closed day as the close answers it: the day, its Z report and printed text, and the backup
 * taken, or null and why not (the day is closed all the same).
 */
interface ClosedDay {
  day: BusinessDay;
  report: ZReport;
  text: string;
  backup: BackupResult | null;
  backupFailure?: { code: 'BACKUP_FAILED'; message: string };
}

/**
 * The day's online backup, taken once the day is closed. A copy that cannot be written (a disk
 * with room for the day's commits but not for a whole copy) leaves the close done: it is logged
 * and told to the manager, who takes one from the back office once there is room.
 */
async function backUpClosedDay(ctx: ModuleContext, day: BusinessDay): Promise<Pick<ClosedDay, 'backup' | 'backupFailure'>> {
  try {
    return { backup: await backupDatabase(ctx.db, ctx.config.dataDir, day.date, configuredBackupKeep(ctx.db), () => ctx.commands.durable()) };
  } catch (error) {
    ctx.logger.error({ err: error, businessDayId: day.id, date: day.date }, 'the closed day\'s backup could not be written');
    return { backup: null, backupFailure: { code: 'BACKUP_FAILED', message: ctx.messages.t('BACKUP_FAILED') } };
  }
}

/** CLOSING → CLOSED with the Z report and its printed text (the one journaled for HQ), then the online backup (journaled by the caller). */
async function finishClose(ctx: ModuleContext, dayId: string, actor: Actor | null, correlationId: string | null): Promise<ClosedDay> {
  const { day, text } = await ctx.commands.run(
    'business_day.close_finish',
    (tx) => {
      const report = zReportOf(tx, findBusinessDay(tx.db, dayId)!, ctx.config.timeZone);
      const text = printedZ(ctx, report);
      return { day: finishBusinessDayClose(tx, dayId, report, text), text };
    },
    { actor, correlationId },
  );
  const report = JSON.parse(ctx.db.prepare('SELECT report FROM business_days WHERE id = ?').pluck().get(dayId) as string) as ZReport;
  return { day, report, text, ...(await backUpClosedDay(ctx, day)) };
}

/** Journals the closed day's backup, if one was taken; the answer is the whole close, so a retry with the request's key gets it back. */
function recordClose(closed: ClosedDay) {
  return (tx: CommandTx): ClosedDay => {
    if (closed.backup) recordDayBackup(tx, closed.day.id, closed.backup);
    return closed;
  };
}

/** The caller and the Idempotency-Key of a close request, or null without a key. */
function closeRequestOf(c: Context<AppEnv>): string | null {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return null;
  const actor = c.get('actor');
  return `${actor ? `${actor.type}:${actor.id}` : 'anonymous'} ${key}`;
}

/** Leitura X as printed (48 columns): the Z report's text of the open day, as a partial reading taken now. */
export function xReportText(ctx: ModuleContext, report: ZReport): string {
  return zReportText(report, storeDisplayName(ctx.db, ctx.config.storeName), ctx.config.timeZone, 'X');
}

export function registerBusinessDayClose(ctx: ModuleContext): void {
  // Leitura X: the same report for the open day, without closing anything.
  ctx.api.get('/business-days/current/x-report', routeDoc({ tag: 'business-day', summary: 'The X report: the open day so far, as data and printed text', response: () => import('./answers.js').then((a) => a.xReportAnswer), errors: { 422: ['BUSINESS_DAY_NOT_OPEN'] } }), requirePermission('reports.read'), async (c) => {
    const report = await ctx.commands.run(
      'business_day.x_report',
      (tx) => {
        const day = findOpenBusinessDay(tx.db);
        if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
        return zReportOf(tx, day, ctx.config.timeZone);
      },
      { actor: c.get('actor'), correlationId: c.get('correlationId') },
    );
    return ok(c, { report, text: xReportText(ctx, report) });
  });

  /**
   * A retry of a close (same caller, same Idempotency-Key) waits for the close it repeats and gets
   * its answer back: the close runs for seconds (the Z, then the backup), and a retry meanwhile
   * would otherwise find no day open.
   */
  const closesInFlight = new Map<string, Promise<Response>>();

  /** Optional `{resolve}`: the open orders to settle in the same transaction (all or nothing). */
  ctx.api.post('/business-days/current/close', routeDoc({ tag: 'business-day', summary: 'Close the business day (optionally settling its open orders): the Z report and the backup', response: () => businessDayAnswers().then((a) => a.closedDayAnswer), body: closeBody, errors: { 422: ['BUSINESS_DAY_NOT_OPEN', 'BUSINESS_DAY_CLOSE_BLOCKED'] } }), requirePermission('business_day.manage'), (c) => {
    const request = closeRequestOf(c);
    if (request === null) return closeDay(c);
    const previous = closesInFlight.get(request) ?? Promise.resolve();
    const attempt = previous.catch(() => undefined).then(async () => (await storedAnswer(c)) ?? closeDay(c));
    closesInFlight.set(request, attempt);
    const forget = () => {
      if (closesInFlight.get(request) === attempt) closesInFlight.delete(request);
    };
    attempt.then(forget, forget);
    return attempt;
  });

  /** Settles what the manager chose, closes the day through CLOSING with its Z and backup, and answers them (stored with the request's key). */
  async function closeDay(c: Context<AppEnv>): Promise<Response> {
    const { resolve } = await readJson(c, closeBody);
    const actor = c.get('actor');
    const correlationId = c.get('correlationId');
    const closing = await ctx.commands.run(
      'business_day.close_begin',
      (tx) => {
        if (resolve) resolveOpenOrders(tx, resolve);
        if (tableExists(tx.db, 'tabs')) closeSettledTabs(tx);
        const day = beginBusinessDayClose(tx, blockersOf(tx.db));
        // Every order of the day is over now: a ticket still open would greet the cooks tomorrow as a late order.
        if (tableExists(tx.db, 'kitchen_tickets')) for (const orderId of orderIdsOfDay(tx.db, day.date)) bumpOrderTickets(tx, orderId);
        // No order is still out with a courier (it would block the close): their runs and cash are settled with the day.
        if (tableExists(tx.db, 'deliveries')) {
          reportRunsOfCompletedOrders(tx);
          settleCouriers(tx, day.date, (orderId) => takenFor(tx.db, orderId));
        }
        return day;
      },
      { actor, correlationId },
    );
    const closed = await finishClose(ctx, closing.id, actor, correlationId);
    return runCommand(c, 'business_day.backup', recordClose(closed));
  }
}

/** A day left CLOSING by a crash is finished at start, from the same data. */
export async function resumeBusinessDayClose(ctx: ModuleContext): Promise<void> {
  const closing = findClosingBusinessDay(ctx);
  if (!closing) return;
  ctx.logger.warn({ businessDayId: closing.id }, 'finishing a business day close interrupted by a restart');
  const actor = { type: 'system' as const, id: 'workflow:business-day-close' };
  const closed = await finishClose(ctx, closing.id, actor, null);
  await ctx.commands.run('business_day.backup', recordClose(closed), { actor, correlationId: null });
}
