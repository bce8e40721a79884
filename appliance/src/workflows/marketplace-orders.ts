import { z } from 'zod';
import { findOpenBusinessDay } from '../business-day/index.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import {
  flagForOperator,
  getMarketplaceOrder,
  isPastConfirmDeadline,
  linkStoreOrder,
  markAccepted,
  markCancelledByPlatform,
  platformOrderSchema,
  readAutoAccept,
  recordPlatformOrder,
  type MarketplaceOrder,
} from '../marketplace/index.js';
import { createOrder, getOrder, ORDER_STATUSES, type Order } from '../orders/index.js';
import type { DownstreamApplier, DownstreamMessage, DownstreamOutcome } from '../replication/index.js';
import { storeLinesOf } from './marketplace-lines.js';
import { bookPlatformPayment, PLATFORM_LABEL } from './marketplace-payment.js';
import { cancelAndRelease, confirmAndRoute } from './order-commands.js';
import { unsentLinesShortOfStock } from './order-stock-hold.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const OPEN_STATUSES: readonly string[] = ORDER_STATUSES.filter((s) => s !== 'COMPLETED' && s !== 'CANCELLED');

/**
 * The store order for a platform order, made once: a DRAFT MARKETPLACE order on the open business
 * day, linked so the relay follows it. Without a store product for every line, or without an open
 * business day, the platform order is flagged for the operator and null is answered.
 */
function storeOrderFor(tx: CommandTx, marketplaceOrder: MarketplaceOrder): Order | null {
  if (marketplaceOrder.orderId) return getOrder(tx.db, marketplaceOrder.orderId);
  const items = storeLinesOf(tx, marketplaceOrder);
  const day = findOpenBusinessDay(tx.db);
  if (!items || !day) {
    flagForOperator(tx, marketplaceOrder.id, items ? 'BUSINESS_DAY_CLOSED' : 'UNMAPPED_ITEMS');
    return null;
  }
  const order = createOrder(tx, { businessDate: day.date, businessDayId: day.id, channel: 'MARKETPLACE', notes: marketplaceOrder.notes, items });
  linkStoreOrder(tx, marketplaceOrder.id, order.id);
  return order;
}

/**
 * Accepts a platform order: its store order is confirmed and routed to the kitchen in the same
 * transaction; the journal's `order.confirmed` is what makes the relay confirm it at the platform.
 */
export function acceptMarketplaceOrder(tx: CommandTx, marketplaceOrderId: string, automatic: boolean): MarketplaceOrder {
  const marketplaceOrder = getMarketplaceOrder(tx.db, marketplaceOrderId);
  if (!marketplaceOrder) throw businessRule('MARKETPLACE_ORDER_NOT_FOUND', { marketplaceOrderId });
  if (marketplaceOrder.status !== 'RECEIVED') {
    throw businessRule('MARKETPLACE_ORDER_NOT_PENDING', { marketplaceOrderId, status: marketplaceOrder.status }, { displayId: marketplaceOrder.displayId });
  }
  if (isPastConfirmDeadline(marketplaceOrder, tx.now)) {
    throw businessRule('MARKETPLACE_ORDER_EXPIRED', { marketplaceOrderId, confirmDeadline: marketplaceOrder.confirmDeadline }, { displayId: marketplaceOrder.displayId });
  }
  const order = storeOrderFor(tx, marketplaceOrder);
  if (!order) {
    const flagged = getMarketplaceOrder(tx.db, marketplaceOrderId)!;
    if (flagged.attention === 'BUSINESS_DAY_CLOSED') throw businessRule('BUSINESS_DAY_NOT_OPEN');
    throw businessRule('MARKETPLACE_ITEMS_UNMAPPED', { marketplaceOrderId }, { displayId: marketplaceOrder.displayId });
  }
  confirmAndRoute(tx, order.id, `${PLATFORM_LABEL[marketplaceOrder.platform]} #${marketplaceOrder.displayId}`);
  bookPlatformPayment(tx, marketplaceOrder, getOrder(tx.db, order.id)!);
  return markAccepted(tx, marketplaceOrderId, automatic);
}

function receive(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
  const parsed = platformOrderSchema.safeParse(message.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    tx.emit({ type: 'marketplace.order_refused', aggregateType: 'marketplace_order', aggregateId: message.id, payload: { messageId: message.id, issues } });
    return 'ignored';
  }
  const { order: marketplaceOrder, created } = recordPlatformOrder(tx, parsed.data);
  // Past its deadline (the store was offline) the platform cancels it: nothing goes to the kitchen
  // nor waits as a draft; the platform's cancellation that follows closes it.
  if (!created || isPastConfirmDeadline(marketplaceOrder, tx.now)) return 'applied';
  const order = storeOrderFor(tx, marketplaceOrder);
  // An order short of a BLOCK item waits for the operator like any unaccepted one (a call to the
  // customer, a swap, a rejection): accepting it would be refused, and with it the whole message,
  // so the order would never reach the store's screens.
  if (order && readAutoAccept(tx.db)[marketplaceOrder.platform] && unsentLinesShortOfStock(tx.db, order).length === 0) acceptMarketplaceOrder(tx, marketplaceOrder.id, true);
  return 'applied';
}

const cancellationSchema = lazySchema(() => z.object({ marketplaceOrderId: z.string().min(1).max(64), code: z.string().max(40).nullable().default(null) }));

/** The platform cancelled: the store order is cancelled with it and its kitchen tickets voided. */
function cancelFromPlatform(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
  const parsed = cancellationSchema.safeParse(message.payload);
  const marketplaceOrder = parsed.success ? getMarketplaceOrder(tx.db, parsed.data.marketplaceOrderId) : null;
  if (!parsed.success || !marketplaceOrder) return 'ignored';
  markCancelledByPlatform(tx, marketplaceOrder.id, parsed.data.code);
  const order = marketplaceOrder.orderId ? getOrder(tx.db, marketplaceOrder.orderId) : null;
  if (order && OPEN_STATUSES.includes(order.status)) {
    cancelAndRelease(tx, order.id, `Cancelado pelo ${PLATFORM_LABEL[marketplaceOrder.platform]}${parsed.data.code ? ` (${parsed.data.code})` : ''}`);
  }
  return 'applied';
}

/** Marketplace orders and cancellations pushed by the relay (docs/integrations.md). */
export const marketplaceOrderApplier: DownstreamApplier = {
  types: ['marketplace.order_received', 'marketplace.order_cancelled'],
  apply(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
    return message.type === 'marketplace.order_cancelled' ? cancelFromPlatform(tx, message) : receive(tx, message);
  },
};
