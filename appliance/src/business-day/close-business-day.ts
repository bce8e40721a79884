import type { ZReport } from './z-report.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findBusinessDay, findOpenBusinessDay, type BusinessDay } from './queries.js';

export interface CloseBlockers {
  openCashierSessions: { sessionId: string; terminalId: string; operatorId: string }[];
  /** `code` and `resolution` tell the close what each order lacks and which `resolve` option clears it. */
  openOrders: { orderId: string; number: number; status: string; channel?: string; code?: string; resolution?: string | null }[];
}

/**
 * OPEN → CLOSING: from here no sale is booked on the day (only OPEN days take sales). Refused
 * with a 422 naming every blocker while a drawer or an order is still open.
 */
export function beginBusinessDayClose(tx: CommandTx, blockers: CloseBlockers): BusinessDay {
  const day = findOpenBusinessDay(tx.db);
  if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
  const { openCashierSessions, openOrders } = blockers;
  if (openCashierSessions.length > 0 || openOrders.length > 0) {
    throw businessRule(
      'BUSINESS_DAY_CLOSE_BLOCKED',
      { openCashierSessions, openOrders },
      { cashiers: openCashierSessions.length, orders: openOrders.length },
    );
  }
  tx.db.prepare("UPDATE business_days SET status = 'CLOSING' WHERE id = ?").run(day.id);
  tx.emit({ type: 'business_day.closing', aggregateType: 'business_day', aggregateId: day.id, payload: { businessDayId: day.id, date: day.date } });
  return { ...day, status: 'CLOSING' };
}

/** The day left in CLOSING by a crash between the two steps, to be finished at start. */
export function findClosingBusinessDay(tx: Pick<CommandTx, 'db'>): BusinessDay | null {
  const id = tx.db.prepare("SELECT id FROM business_days WHERE status = 'CLOSING'").pluck().get() as string | undefined;
  return id ? findBusinessDay(tx.db, id) : null;
}

/**
 * CLOSING → CLOSED with the Z report stored and journaled in `business_day.closed`, along with
 * `text`, the Z as printed: HQ reads the store's own receipt, which needs the store's name and
 * zone that only the caller knows.
 */
export function finishBusinessDayClose(tx: CommandTx, businessDayId: string, report: ZReport, text: string): BusinessDay {
  const day = findBusinessDay(tx.db, businessDayId);
  if (!day || day.status !== 'CLOSING') throw businessRule('BUSINESS_DAY_NOT_CLOSING', { businessDayId, status: day?.status ?? null });
  tx.db
    .prepare("UPDATE business_days SET status = 'CLOSED', closed_at = ?, closed_by = ?, report = ?, report_text = ? WHERE id = ?")
    .run(tx.nowIso, tx.actor?.id ?? null, JSON.stringify(report), text, businessDayId);
  tx.emit({ type: 'business_day.closed', aggregateType: 'business_day', aggregateId: businessDayId, payload: { businessDayId, date: day.date, report, text } });
  return findBusinessDay(tx.db, businessDayId)!;
}

export function readDayReport(db: CommandTx['db'], businessDayId: string): unknown {
  const raw = db.prepare('SELECT report FROM business_days WHERE id = ?').pluck().get(businessDayId) as string | null | undefined;
  return raw ? JSON.parse(raw) : null;
}

/** The Z as the close printed it; null for days closed before it was kept. */
export function readDayReportText(db: CommandTx['db'], businessDayId: string): string | null {
  return (db.prepare('SELECT report_text FROM business_days WHERE id = ?').pluck().get(businessDayId) as string | null | undefined) ?? null;
}
