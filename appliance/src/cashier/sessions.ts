import type { z } from 'zod';
import type { cashierCloseReportSchema } from '../../contract/index.js';
import { businessRule, conflict, forbidden, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { compareCount, differenceNeedsAlert, expectedByMethod, type AmountsByMethod } from './drawer-math.js';
import { readCashierLimits } from './limits.js';
import { isSupervisor } from './supervision.js';
import { drawerMovementTotals, findCashierSession, listOperations, type CashierSession } from './queries.js';

export interface OpenSessionInput {
  businessDayId: string;
  terminalId: string;
  openingFloatCents: number;
}

/** Opens a drawer for the acting operator on a terminal; one open session per terminal and per operator. */
export function openCashierSession(tx: CommandTx, input: OpenSessionInput): CashierSession {
  const operatorId = tx.actor?.id;
  if (!operatorId) throw forbidden('FORBIDDEN');
  if (tx.db.prepare("SELECT 1 FROM cashier_sessions WHERE terminal_id = ? AND status = 'OPEN'").get(input.terminalId)) {
    throw conflict('CASHIER_TERMINAL_BUSY', { terminalId: input.terminalId });
  }
  if (tx.db.prepare("SELECT 1 FROM cashier_sessions WHERE operator_id = ? AND status = 'OPEN'").get(operatorId)) {
    throw conflict('CASHIER_OPERATOR_BUSY', { operatorId });
  }
  const session: CashierSession = {
    id: newId(),
    businessDayId: input.businessDayId,
    terminalId: input.terminalId,
    operatorId,
    operatorName: tx.actor?.name ?? null,
    openingFloatCents: input.openingFloatCents,
    status: 'OPEN',
    openedAt: tx.nowIso,
    closedAt: null,
    closedBy: null,
  };
  tx.db
    .prepare(
      `INSERT INTO cashier_sessions (id, business_day_id, terminal_id, operator_id, operator_name, opening_float_cents, status, opened_at)
       VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)`,
    )
    .run(session.id, session.businessDayId, session.terminalId, operatorId, session.operatorName, session.openingFloatCents, tx.nowIso);
  tx.emit({
    type: 'cashier.session_opened',
    aggregateType: 'cashier_session',
    aggregateId: session.id,
    payload: { sessionId: session.id, businessDayId: session.businessDayId, terminalId: session.terminalId, operatorId, openingFloatCents: session.openingFloatCents },
  });
  return session;
}

/** The session, open, and moved only by its operator, a supervisor, or the system (gateway confirmations). */
export function requireOpenSession(tx: Pick<CommandTx, 'db' | 'actor'>, sessionId: string): CashierSession {
  const session = findCashierSession(tx.db, sessionId);
  if (!session) throw notFound('CASHIER_SESSION_NOT_FOUND', { sessionId });
  if (session.status !== 'OPEN') throw businessRule('CASHIER_SESSION_CLOSED', { sessionId });
  const actor = tx.actor;
  if (actor?.type !== 'system' && actor?.id !== session.operatorId && !isSupervisor(actor)) {
    throw forbidden('CASHIER_NOT_OWNER', { sessionId });
  }
  return session;
}

export function drawerExpectation(tx: Pick<CommandTx, 'db'>, session: CashierSession): AmountsByMethod {
  return expectedByMethod(session.openingFloatCents, drawerMovementTotals(tx.db, session.id));
}

/** The shape is the journal contract's: `cashier.session_closed` carries it to the printer and to HQ. */
export type CashierCloseReport = z.output<typeof cashierCloseReportSchema>;

/**
 * Blind close: the operator declares what is in the drawer per method without seeing the
 * expectation; the difference is computed here and stored with the session.
 */
export function closeCashierSession(tx: CommandTx, sessionId: string, counted: Partial<AmountsByMethod>): CashierCloseReport {
  const session = requireOpenSession(tx, sessionId);
  const operations = listOperations(tx.db, session.id);
  const comparison = compareCount(drawerExpectation(tx, session), counted);
  const limits = readCashierLimits(tx.db);
  const sum = (pred: (o: (typeof operations)[number]) => boolean, pick: (o: (typeof operations)[number]) => number) =>
    operations.filter(pred).reduce((s, o) => s + pick(o), 0);
  const report: CashierCloseReport = {
    sessionId,
    businessDayId: session.businessDayId,
    terminalId: session.terminalId,
    operatorId: session.operatorId,
    operatorName: session.operatorName,
    openedAt: session.openedAt,
    closedAt: tx.nowIso,
    closedBy: tx.actor?.id ?? null,
    openingFloatCents: session.openingFloatCents,
    totals: {
      cashSalesCents: sum((o) => o.type === 'SALE' && o.method === 'CASH', (o) => o.amountCents),
      changeCents: sum((o) => o.type === 'SALE' && o.method === 'CASH', (o) => o.changeCents),
      // The totals are the drawer's cash: a card or PIX refund of the drawer's own sale shows in its method's expected line.
      refundsCents: sum((o) => o.type === 'REFUND' && o.method === 'CASH', (o) => o.amountCents),
      withdrawalsCents: sum((o) => o.type === 'WITHDRAWAL', (o) => o.amountCents),
      depositsCents: sum((o) => o.type === 'DEPOSIT', (o) => o.amountCents),
    },
    ...comparison,
    alert: differenceNeedsAlert(comparison.lines, limits.closeDifferenceAlertAboveCents),
    drawerOpenings: tx.prepare('SELECT drawer_openings FROM cashier_sessions WHERE id = ?').pluck().get(sessionId) as number,
  };
  tx.db
    .prepare("UPDATE cashier_sessions SET status = 'CLOSED', closed_at = ?, closed_by = ?, close_report = ? WHERE id = ?")
    .run(tx.nowIso, report.closedBy, JSON.stringify(report), sessionId);
  tx.emit({ type: 'cashier.session_closed', aggregateType: 'cashier_session', aggregateId: sessionId, payload: report });
  if (report.alert) {
    tx.emit({
      type: 'cashier.close_difference_alert',
      aggregateType: 'cashier_session',
      aggregateId: sessionId,
      payload: { sessionId, differenceCents: report.differenceCents, thresholdCents: limits.closeDifferenceAlertAboveCents, status: report.status },
    });
  }
  return report;
}
