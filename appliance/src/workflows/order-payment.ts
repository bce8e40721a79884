import { findOpenBusinessDay, type BusinessDay } from '../business-day/index.js';
import { findCashierSession, findOpenSessionOfOperator, isSupervisor, noOverride, recordCashierOperation, requireOpenSession, type CashierSession } from '../cashier/index.js';
import type { Db } from '../kernel/db/open.js';
import { AppError, businessRule, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import { getOrder, markOrderPaid, orderStatusWord, type Order } from '../orders/index.js';
import { captureTender, markOrderSettled, orderBalance, type OrderBalance, type Payment, type TenderInput } from '../payments/index.js';
import { assertOrderFitsFiscalDocument } from './fiscal-item-limit.js';
import { consumeStockIfCompleted } from './order-stock-hold.js';

export interface PayableOrder {
  order: Order;
  day: BusinessDay;
  session: CashierSession | null;
}

/** The drawer a tender goes to: the one the request names, else the caller's open drawer (a kiosk has none). */
export function tenderDrawer(db: Db, actor: Actor | null, cashierSessionId?: string | null): CashierSession | null {
  if (cashierSessionId) return findCashierSession(db, cashierSessionId);
  return actor ? findOpenSessionOfOperator(db, actor.id) : null;
}

/**
 * The order, the open day and the drawer this tender is booked on, all checked, and the order one
 * its fiscal document can hold (no money taken for a sale that could never be documented). Reads only: a card
 * or PIX tender runs it before the terminal or the gateway is asked, and again in its command.
 */
export function payableOrder(tx: Pick<CommandTx, 'db' | 'actor'>, orderId: string, method: string, cashierSessionId?: string | null): PayableOrder {
  const order = getOrder(tx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  if (order.status === 'CANCELLED') throw businessRule('ORDER_CLOSED', { orderId, status: order.status }, { number: order.number, status: orderStatusWord(order.status) });
  if (order.paidAt || order.writeOff) throw businessRule('PAYMENT_ORDER_ALREADY_PAID', { orderId });
  assertOrderFitsFiscalDocument(tx.db, order);
  const day = findOpenBusinessDay(tx.db);
  if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
  const session = tenderDrawer(tx.db, tx.actor, cashierSessionId);
  if (cashierSessionId && !session) throw notFound('CASHIER_SESSION_NOT_FOUND', { cashierSessionId });
  if (method === 'CASH' && session?.status !== 'OPEN') throw businessRule('CASHIER_SESSION_REQUIRED');
  // A drawer named in the request is one the caller operates (or supervises), and open: a till that
  // still names the drawer closed at a handover must not book the sale in no drawer at all. A PIX
  // charge is booked into it only when the gateway confirms, by the system, past this check.
  if (session && cashierSessionId) requireOpenSession(tx, session.id);
  return { order, day, session: session?.status === 'OPEN' ? session : null };
}

/**
 * When nothing is left to pay (and no PIX charge is pending): the order is marked paid, handed
 * over when its channel's hand-over policy says so (orders `markOrderPaid`), its goods taken out of
 * stock once handed over, and queued for fiscal emission, all in the caller's transaction. Safe to call again: an order already settled is left alone.
 */
export function settleIfPaid(tx: CommandTx, orderId: string): Order | null {
  const order = getOrder(tx.db, orderId);
  if (!order || order.status === 'CANCELLED') return null;
  const balance = orderBalance(tx.db, orderId, order.totalCents);
  if (balance.remainingCents > 0 || balance.pendingCents > 0) return order;
  const settled = order.paidAt ? order : markOrderPaid(tx, orderId);
  markOrderSettled(tx, orderId, settled.totalCents, settled.businessDate);
  consumeStockIfCompleted(tx, settled);
  return settled;
}

export interface TenderRequest {
  method: TenderInput['method'];
  amountCents?: number;
  tenderedCents?: number;
  payerLabel?: string | null;
  cashierSessionId?: string | null;
  splitRules?: TenderInput['splitRules'];
  /**
   * The tab's service charge share taken with this tender (workflows/service-charge.ts): not the
   * order's, but it enters the drawer with the goods (cash expected includes it).
   */
  serviceChargeCents?: number;
}

export interface OrderPaymentResult {
  payment: Payment;
  balance: OrderBalance;
  order: { id: string; status: string; paidAt: string | null };
}

/** Tenders the cashier types and only a drawer's count checks: a card on the standalone machine, an "outros". */
const CHECKED_ONLY_BY_THE_COUNT: ReadonlySet<TenderInput['provider']> = new Set(['CARD_MACHINE', 'MANUAL']);

/**
 * Such a tender taken with no drawer open would be in no count: an order settled on a slip or a
 * voucher nobody ever checks, the customer's cash kept. An operator takes it in their own drawer;
 * a manager may without one, as a manager refunds without one. (Cash needs a drawer for everyone.)
 */
function refuseUncountedTender(tx: Pick<CommandTx, 'actor'>, provider: TenderInput['provider'], session: CashierSession | null): void {
  if (session || !CHECKED_ONLY_BY_THE_COUNT.has(provider) || isSupervisor(tx.actor)) return;
  throw new AppError('CASHIER_SESSION_REQUIRED', 422, 'CASHIER_TENDER_SESSION_REQUIRED');
}

/** Books one final tender: the payment, the drawer movement, and settlement when paid in full. */
export function payOrder(
  tx: CommandTx,
  orderId: string,
  tender: TenderRequest,
  provider: Pick<TenderInput, 'provider' | 'providerRef' | 'paymentId' | 'details'>,
): OrderPaymentResult {
  const { order, day, session } = payableOrder(tx, orderId, tender.method, tender.cashierSessionId);
  refuseUncountedTender(tx, provider.provider, session);
  const { payment } = captureTender(tx, {
    ...provider,
    orderId,
    orderTotalCents: order.totalCents,
    businessDayId: day.id,
    businessDate: day.date,
    method: tender.method,
    amountCents: tender.amountCents,
    tenderedCents: tender.tenderedCents,
    payerLabel: tender.payerLabel ?? null,
    cashierSessionId: session?.id ?? null,
    splitRules: tender.splitRules,
  });
  if (session) {
    recordCashierOperation(
      tx,
      { sessionId: session.id, type: 'SALE', method: payment.method, amountCents: payment.tenderedCents + (tender.serviceChargeCents ?? 0), changeCents: payment.changeCents, reference: payment.id },
      noOverride,
    );
  }
  const after = settleIfPaid(tx, orderId) ?? order;
  return { payment, balance: orderBalance(tx.db, orderId, order.totalCents), order: { id: after.id, status: after.status, paidAt: after.paidAt } };
}
