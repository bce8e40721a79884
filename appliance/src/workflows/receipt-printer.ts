import { findCashierSession, type CashierSession } from '../cashier/index.js';
import type { Db } from '../kernel/db/open.js';
import { listPaymentsOfOrder, type Payment } from '../payments/index.js';
import { readPrintRouting, tillPrinterOf } from './printing-routing.js';

/** The drawer that took a paid order's last tender: its till prints the customer's copy, its operator signs it. */
export function lastDrawerOf(payments: Payment[], db: Db): CashierSession | null {
  const sessionId = payments.findLast((p) => p.status === 'CAPTURED' && p.cashierSessionId)?.cashierSessionId;
  return sessionId ? findCashierSession(db, sessionId) : null;
}

/**
 * Where a paid order's receipt or DANFE prints: on the printer of the till that took its last
 * tender (`tillPrinters`), else, as for an order paid with no drawer (a marketplace's), on the
 * receipt printer.
 */
export function receiptPrinterOfOrder(db: Db, orderId: string): string | null {
  return tillPrinterOf(readPrintRouting(db), lastDrawerOf(listPaymentsOfOrder(db, orderId), db)?.terminalId);
}
