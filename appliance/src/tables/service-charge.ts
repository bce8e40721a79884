import type { Db } from '../kernel/db/open.js';
import { businessRule, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { prepareCached } from '../kernel/db/statements.js';
import { findTab } from './queries.js';

/** One payment's share of a tab's service charge (taxa de serviço), kept apart from the order's goods. */
export interface ServiceChargeShare {
  tabId: string;
  orderId: string;
  paymentId: string;
  businessDate: string;
  method: string;
  cashierSessionId: string | null;
  serviceChargeBp: number;
  /** The goods this payment paid: the base its share was computed on. */
  goodsCents: number;
  amountCents: number;
}

/** The guests declined the service charge (or accepted it again): later payments of the tab follow. */
export function setServiceChargeWaived(tx: CommandTx, tabId: string, waived: boolean): void {
  const tab = findTab(tx.db, tabId);
  if (!tab) throw notFound('TAB_NOT_FOUND', { tabId });
  if (tab.status !== 'OPEN' && tab.status !== 'CLOSING') throw businessRule('TAB_NOT_OPEN', { tabId, status: tab.status });
  tx.prepare('UPDATE tabs SET service_charge_waived = ? WHERE id = ?').run(waived ? 1 : 0, tabId);
  tx.emit({ type: 'tables.service_charge_waived', aggregateType: 'tab', aggregateId: tabId, payload: { tabId, waived } });
}

/** Books a payment's share; the caller computed it in the same transaction as the payment. */
export function recordServiceCharge(tx: CommandTx, share: ServiceChargeShare): void {
  tx.prepare(
      `INSERT INTO tab_service_charges (payment_id, tab_id, order_id, business_date, method, cashier_session_id, service_charge_bp, goods_cents, amount_cents, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(share.paymentId, share.tabId, share.orderId, share.businessDate, share.method, share.cashierSessionId, share.serviceChargeBp, share.goodsCents, share.amountCents, tx.nowIso);
  const { goodsCents: _base, ...payload } = share;
  tx.emit({ type: 'tables.service_charge_collected', aggregateType: 'tab', aggregateId: share.tabId, payload });
}

/** What the tab's payments collected so far: the goods they paid with a share, and the shares. */
export function serviceChargeCollected(db: Db, tabId: string): { goodsCents: number; amountCents: number } {
  const row = prepareCached(db, 'SELECT COALESCE(SUM(goods_cents), 0) AS goods, COALESCE(SUM(amount_cents), 0) AS amount FROM tab_service_charges WHERE tab_id = ?').get(tabId) as {
    goods: number;
    amount: number;
  };
  return { goodsCents: row.goods, amountCents: row.amount };
}

/** The service charge share a payment collected beside its goods (0 for none). */
export function serviceChargeOfPayment(db: Db, paymentId: string): number {
  return prepareCached(db, 'SELECT COALESCE(SUM(amount_cents), 0) FROM tab_service_charges WHERE payment_id = ?').pluck().get(paymentId) as number;
}

/** The service charge collected on a business day, by tender method (Z report, day close). */
export function serviceChargesOfDay(db: Db, businessDate: string): { method: string; amountCents: number; cashierSessionId: string | null }[] {
  return prepareCached(db, 'SELECT method, amount_cents AS amountCents, cashier_session_id AS cashierSessionId FROM tab_service_charges WHERE business_date = ? AND amount_cents > 0 ORDER BY created_at, payment_id').all(
    businessDate,
  ) as { method: string; amountCents: number; cashierSessionId: string | null }[];
}

/** The tab an order belongs to, if any (a TABLE order joined to a tab). */
export function tabIdOfOrder(db: Db, orderId: string): string | null {
  return (prepareCached(db, 'SELECT tab_id FROM tab_orders WHERE order_id = ?').pluck().get(orderId) as string | undefined) ?? null;
}
