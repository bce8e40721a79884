import type { FiscalTx } from '../emission/context.js';
import { activeDocumentForOrder } from '../store/documents.js';
import { BACKLOG_AGGREGATE, backlogEntry, deferEmission, type DeferredSale } from './backlog-store.js';

/**
 * A sale whose document SEFAZ rejected (an offline NFC-e transmitted later, an NF-e sent again) has
 * no valid document any more: it goes back to the fiscal backlog, pending in its sale position,
 * until the corrected document is issued (after the rejected number is inutilized) or a manager
 * waives it. Nothing changes while the order has a standing document again, is already pending or
 * was waived. True when the sale was taken back.
 */
export function takeBackRejectedSale(tx: FiscalTx, sale: DeferredSale, errorCode: string): boolean {
  const current = activeDocumentForOrder(tx.db, sale.orderId);
  if (current && current.status !== 'REJECTED') return false;
  const entry = backlogEntry(tx.db, sale.orderId);
  if (!entry) return deferEmission(tx, sale, 'FISCAL_DATA_REFUSED', errorCode);
  if (entry.status === 'PENDING' || entry.status === 'WAIVED') return false;
  tx.db
    .prepare(
      `UPDATE fiscal_emission_backlog SET status = 'PENDING', deferred_reason = 'FISCAL_DATA_REFUSED', last_error_code = ?, document_id = NULL,
              resolved_at = NULL, resolved_by = NULL, updated_at = ? WHERE order_id = ?`,
    )
    .run(errorCode, tx.nowIso, sale.orderId);
  tx.emit({
    type: 'fiscal.emission_deferred',
    aggregateType: BACKLOG_AGGREGATE,
    aggregateId: sale.orderId,
    payload: { orderId: sale.orderId, businessDate: entry.businessDate, totalCents: entry.totalCents, settledAt: entry.settledAt, reason: 'FISCAL_DATA_REFUSED', errorCode },
  });
  return true;
}
