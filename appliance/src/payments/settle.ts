import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { FiscalEmissionRequest } from './fiscal-port.js';
import { listPaymentsOfOrder } from './queries.js';

/**
 * Marks an order as paid in full (once) and emits `payment.order_settled`, which the fiscal
 * emission consumer picks up from the journal. Returns false when it was already settled.
 */
export function markOrderSettled(tx: CommandTx, orderId: string, totalCents: number, businessDate: string): boolean {
  const inserted = tx.prepare('INSERT OR IGNORE INTO fiscal_emission_requests (order_id, requested_at) VALUES (?, ?)').run(orderId, tx.nowIso);
  if (inserted.changes === 0) return false;
  // What each tender paid and kept: a part refunded before the sale was owed again and paid otherwise.
  const payments = listPaymentsOfOrder(tx.db, orderId)
    .filter((p) => p.status === 'CAPTURED' && p.amountCents > p.refundedCents)
    .map((p) => ({ method: p.method, amountCents: p.amountCents - p.refundedCents, changeCents: p.changeCents }));
  const payload: FiscalEmissionRequest = { orderId, businessDate, totalCents, payments, settledAt: tx.nowIso };
  tx.emit({ type: 'payment.order_settled', aggregateType: 'order', aggregateId: orderId, payload });
  return true;
}
