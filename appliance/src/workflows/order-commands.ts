import { findOpenBusinessDay } from '../business-day/index.js';
import { assertCustomerTakesData } from '../customers/index.js';
import { businessRule, forbidden, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { formatBrl } from '../kernel/money.js';
import { kitchenProgressOf, voidOrderTickets, routeOrderToKitchen, type KitchenTicket } from '../kitchen/index.js';
import type { VerifiedManagerOverride } from '../auth/index.js';
import {
  addOrderItems,
  applyOrderDiscount,
  cancelOrder,
  confirmOrderRound,
  createOrder,
  followKitchen,
  getOrder,
  isSelfService,
  setOrderStatus,
  type Order,
  type OrderChannel,
} from '../orders/index.js';
import { orderBalance, orderKeptCents, type OrderBalance } from '../payments/index.js';
import { findTable } from '../tables/index.js';
import { requireManagerApproval } from './manager-override.js';
import { kitchenItemsOf } from './order-kitchen.js';
import { settleIfPaid } from './order-payment.js';
import { holdStockForOrder, releaseStockOfOrder, wasteWhatTheKitchenUsed } from './order-stock-hold.js';
import { refundPaidOnline } from './marketplace-payment.js';
import { priceOrderLines, type OrderLineInput } from './order-lines.js';
import { tableExists } from './store-schema.js';

export interface PlaceOrderInput {
  channel: OrderChannel;
  items: OrderLineInput[];
  tableId?: string | null;
  customerId?: string | null;
  consumerTaxId?: string | null;
  notes?: string | null;
}

function loadOrder(tx: CommandTx, orderId: string): Order {
  const order = getOrder(tx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  return order;
}

/** Creates a priced DRAFT order on the open business day. */
export function placeOrder(tx: CommandTx, input: PlaceOrderInput, timeZone: string): Order {
  const day = findOpenBusinessDay(tx.db);
  if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
  // A customer orders for themselves: their orders are known by who created them, never by a customer id they type.
  if (tx.actor?.type === 'user' && tx.actor.role === 'CUSTOMER' && input.customerId) {
    throw forbidden('ORDER_CUSTOMER_NOT_ALLOWED', { customerId: input.customerId });
  }
  // A kiosk sells what is sold on KIOSK, and its orders go to the kitchen once paid (kiosk-orders.ts):
  // one naming the till's channel would buy what the store keeps off the kiosk (beer) and skip both.
  if (tx.actor?.type === 'device' && tx.actor.deviceKind === 'KIOSK' && input.channel !== 'KIOSK') {
    throw forbidden('ORDER_CHANNEL_NOT_ALLOWED', { channel: input.channel, allowed: 'KIOSK' });
  }
  // A table's orders go through its tab, by the staff: a self-service order naming a table would send
  // food to the kitchen as "Mesa 3" on an order no tab, pré-conta or waiter ever charges.
  if (isSelfService(tx.actor) && (input.channel === 'TABLE' || input.tableId)) {
    throw forbidden('ORDER_CHANNEL_NOT_ALLOWED', { channel: input.channel, tableId: input.tableId ?? null });
  }
  // The customer named exists and was not erased: an order (and its CPF na nota) linked to an
  // anonymized id would attach a person again to the record the store told them it had erased.
  if (input.customerId && tableExists(tx.db, 'customers')) assertCustomerTakesData(tx, input.customerId);
  if (input.channel === 'TABLE' && !input.tableId) throw businessRule('ORDER_TABLE_REQUIRED');
  if (input.tableId && !findTable(tx.db, input.tableId)) throw businessRule('TABLE_NOT_FOUND', { tableId: input.tableId });
  const items = priceOrderLines(tx, input.channel, input.items, timeZone);
  return createOrder(tx, { businessDate: day.date, businessDayId: day.id, channel: input.channel, tableId: input.tableId, customerId: input.customerId, consumerTaxId: input.consumerTaxId, notes: input.notes, items });
}

export function addPricedItems(tx: CommandTx, orderId: string, lines: OrderLineInput[], timeZone: string): Order {
  const order = loadOrder(tx, orderId);
  return addOrderItems(tx, orderId, priceOrderLines(tx, order.channel, lines, timeZone));
}

/**
 * Confirms the order (or its next round), holds its stock and routes the new lines to the kitchen
 * in the same transaction, so a confirmed order always has its tickets and a failure leaves neither.
 * `label` names the order on the kitchen ticket where a table label would.
 */
export function confirmAndRoute(tx: CommandTx, orderId: string, label?: string): { order: Order; tickets: KitchenTicket[] } {
  const confirmed = confirmOrderRound(tx, orderId);
  const { confirmedItems } = confirmed;
  const items = kitchenItemsOf(tx, confirmedItems);
  // A new round for the kitchen on a finished order puts it back in the kitchen (one with nothing to cook does not).
  const order = confirmed.order.status === 'READY' && items.length > 0 ? setOrderStatus(tx, orderId, 'PREPARING') : confirmed.order;
  holdStockForOrder(tx, order);
  // A marketplace order has no table: the kitchen sees the platform and its short order id instead.
  const tableLabel = label ?? (order.tableId ? (findTable(tx.db, order.tableId)?.label ?? null) : null);
  const tickets = items.length === 0 ? [] : routeOrderToKitchen(tx, { orderId, orderNumber: order.number, channel: order.channel, tableLabel, items });
  // Nothing of it is for the kitchen and nothing earlier is cooking (a salad-bar plate by weight,
  // drinks from the fridge): no bump will ever come, so the order is ready at once, as the kitchen
  // would report it; a settled one is handed over then by its channel's policy, else once paid.
  if (tickets.length === 0 && order.status === 'CONFIRMED' && !kitchenProgressOf(tx.db, orderId).cooking) {
    return { order: followKitchen(tx, orderId, 'READY'), tickets };
  }
  return { order, tickets };
}

/** Cancels an order; once confirmed it needs a manager and its kitchen tickets are voided. */
export function cancelWithApproval(tx: CommandTx, orderId: string, reason: string, override: VerifiedManagerOverride | null): Order {
  const current = loadOrder(tx, orderId);
  const confirmed = current.status !== 'DRAFT';
  if (confirmed && current.status !== 'CANCELLED' && current.status !== 'COMPLETED') {
    requireManagerApproval(tx, 'orders.cancel', override, { aggregateType: 'order', aggregateId: orderId });
  }
  // A PIX charge still open would be paid on a cancelled order, outside every drawer and report:
  // the charge is withdrawn first (POST /payments/{id}/cancel).
  const pendingCents = current.status === 'CANCELLED' ? 0 : (paymentsOf(tx, current)?.pendingCents ?? 0);
  if (pendingCents > 0) {
    throw businessRule('ORDER_PAYMENT_PENDING', { orderId, pendingCents }, { number: current.number });
  }
  // Money taken would stay on a cancelled order, in no report and never returned: the payments are
  // refunded first (POST /payments/{id}/refunds, into the refunding operator's drawer). A platform
  // cancelling its own order refunds it online, below.
  const paidCents = current.status === 'CANCELLED' || current.channel === 'MARKETPLACE' || !takesPayments(tx) ? 0 : orderKeptCents(tx.db, orderId);
  if (paidCents > 0) {
    throw businessRule('ORDER_HAS_PAYMENTS', { orderId, paidCents }, { number: current.number, paid: formatBrl(paidCents) });
  }
  return cancelAndRelease(tx, orderId, reason);
}

/** A store assembled without the payments module takes none (a test appliance may be). */
const takesPayments = (tx: CommandTx) => tx.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payments'").get() !== undefined;

/** The order's payments so far; null in a store assembled without the payments module. */
function paymentsOf(tx: CommandTx, order: Order): OrderBalance | null {
  return takesPayments(tx) ? orderBalance(tx.db, order.id, order.totalCents) : null;
}

/** Cancels an order; once confirmed its kitchen tickets are voided and its stock released. */
export function cancelAndRelease(tx: CommandTx, orderId: string, reason: string): Order {
  const current = loadOrder(tx, orderId);
  const confirmed = current.status !== 'DRAFT';
  if (confirmed) wasteWhatTheKitchenUsed(tx, orderId, current.items, reason);
  const order = cancelOrder(tx, orderId, reason);
  if (confirmed) {
    voidOrderTickets(tx, orderId);
    releaseStockOfOrder(tx, order);
  }
  if (order.channel === 'MARKETPLACE') refundPaidOnline(tx, order, reason);
  return order;
}

/** A manual discount on the order total always needs a manager. */
export function discountWithApproval(
  tx: CommandTx,
  orderId: string,
  input: { amountCents: number; reason: string },
  override: VerifiedManagerOverride | null,
): Order {
  const order = loadOrder(tx, orderId);
  requireManagerApproval(tx, 'orders.discount', override, { aggregateType: 'order', aggregateId: orderId });
  // A platform order waiting for acceptance has no tender yet: what the platform charged is booked
  // on acceptance, capped at the order's total, so a discount now would shrink what the store books
  // of the platform's money. After acceptance it comes off what is still owed (the courier's part).
  if (order.channel === 'MARKETPLACE' && order.status === 'DRAFT') throw businessRule('ORDER_DISCOUNT_NOT_ACCEPTED', { orderId }, { number: order.number });
  // After a partial payment the discount comes off what is still owed: the total never falls below
  // what was taken (that would owe the customer money), and a discount that leaves nothing to pay
  // settles the order as its last tender would.
  const balance = paymentsOf(tx, order);
  const settled = order.paidAt !== null || order.writeOff !== null;
  if (!balance || settled || balance.paidCents + balance.pendingCents === 0) return applyOrderDiscount(tx, orderId, input);
  const maxCents = order.manualDiscountCents + balance.remainingCents;
  if (input.amountCents > maxCents) throw businessRule('ORDER_DISCOUNT_OVER_BALANCE', { orderId, maxCents }, { balance: formatBrl(maxCents) });
  applyOrderDiscount(tx, orderId, input);
  return settleIfPaid(tx, orderId) ?? loadOrder(tx, orderId);
}
