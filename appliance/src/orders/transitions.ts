import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { assertOpen, loadOrder } from './commands.js';
import { assertTransition } from './guards.js';
import type { ItemStatus, Order } from './model.js';
import { forwardPath, type OrderStatus } from './state-machine.js';

/** What a transition does to the lines already at the kitchen. */
const ITEM_EFFECT: Partial<Record<OrderStatus, { from: ItemStatus[]; to: ItemStatus }>> = {
  PREPARING: { from: ['CONFIRMED'], to: 'PREPARING' },
  READY: { from: ['CONFIRMED', 'PREPARING'], to: 'READY' },
  COMPLETED: { from: ['CONFIRMED', 'PREPARING', 'READY'], to: 'DELIVERED' },
};

function step(tx: CommandTx, order: Order, to: OrderStatus): Order {
  assertTransition(tx, order, to);
  if (to === 'COMPLETED' && order.items.some((i) => i.status === 'PENDING')) {
    throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, reason: 'pending items' }, { from: order.status, to });
  }
  tx.prepare('UPDATE orders SET status = ?, updated_at = ? WHERE id = ?').run(to, tx.nowIso, order.id);
  const effect = ITEM_EFFECT[to];
  if (effect) {
    tx
      .prepare(`UPDATE order_items SET status = ? WHERE order_id = ? AND status IN (${effect.from.map(() => '?').join(',')})`)
      .run(effect.to, order.id, ...effect.from);
  }
  const next = loadOrder(tx, order.id);
  tx.emit({
    type: `order.${to.toLowerCase()}`,
    aggregateType: 'order',
    aggregateId: order.id,
    payload: { orderId: order.id, number: next.number, businessDate: next.businessDate, status: to, totalCents: next.totalCents },
  });
  return next;
}

/**
 * Moves an order along the state machine (see state-machine.ts) for this transaction's actor.
 * Asking for the current status is a no-op, so a repeated kitchen bump is harmless; READY asked of
 * a CONFIRMED order passes through PREPARING so every transition has its event.
 */
export function setOrderStatus(tx: CommandTx, orderId: string, status: OrderStatus): Order {
  let order = loadOrder(tx, orderId);
  if (order.status === status) return order;
  if (status === 'CANCELLED') return cancelOrder(tx, orderId, null);
  assertOpen(order);
  for (const to of forwardPath(order.status, status)) order = step(tx, order, to);
  return order;
}

/**
 * Cancels an order and its lines. The totals stay as they were, so reports can show what was
 * cancelled. The manager override for confirmed orders is checked by the cancel workflow.
 */
export function cancelOrder(tx: CommandTx, orderId: string, reason: string | null): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  assertTransition(tx, order, 'CANCELLED');
  tx.prepare("UPDATE orders SET status = 'CANCELLED', cancel_reason = ?, updated_at = ? WHERE id = ?").run(reason, tx.nowIso, orderId);
  tx.prepare("UPDATE order_items SET status = 'CANCELLED' WHERE order_id = ?").run(orderId);
  tx.emit({
    type: 'order.cancelled',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: order.number, businessDate: order.businessDate, status: 'CANCELLED', reason, totalCents: order.totalCents },
  });
  return loadOrder(tx, orderId);
}

/**
 * Records that the order is paid in full (called by the payment workflow). An order already
 * READY or out for delivery is handed over and becomes COMPLETED; one still in the kitchen stays
 * where it is and completes when it is handed over.
 */
export function markOrderPaid(tx: CommandTx, orderId: string): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  if (order.paidAt) return order;
  tx.prepare('UPDATE orders SET paid_at = ?, updated_at = ? WHERE id = ?').run(tx.nowIso, tx.nowIso, orderId);
  tx.emit({
    type: 'order.paid',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: order.number, businessDate: order.businessDate, status: order.status, totalCents: order.totalCents },
  });
  if (order.status === 'READY' || order.status === 'DELIVERING') return setOrderStatus(tx, orderId, 'COMPLETED');
  return loadOrder(tx, orderId);
}

const ITEM_TRANSITIONS: Partial<Record<ItemStatus, ItemStatus[]>> = {
  CONFIRMED: ['PREPARING', 'READY'],
  PREPARING: ['READY'],
  READY: ['PREPARING', 'DELIVERED'],
};

/**
 * Item-level progress reported by the kitchen (start, bump, recall) or the waiter (served). The
 * kitchen names a combo's parts `<itemId>.<n>`; a part's progress moves its whole line.
 */
export function setOrderItemStatus(tx: CommandTx, orderId: string, kitchenItemId: string, status: 'PREPARING' | 'READY' | 'DELIVERED'): Order {
  const order = loadOrder(tx, orderId);
  const itemId = kitchenItemId.split('.')[0];
  const item = order.items.find((i) => i.itemId === itemId);
  if (!item) throw businessRule('ORDER_ITEM_NOT_FOUND', { orderId, itemId });
  if (item.status === status) return order;
  if (!ITEM_TRANSITIONS[item.status]?.includes(status)) {
    throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId, itemId }, { from: item.status, to: status });
  }
  tx.prepare('UPDATE order_items SET status = ? WHERE id = ?').run(status, itemId);
  tx.emit({ type: 'order.item_status_changed', aggregateType: 'order', aggregateId: orderId, payload: { orderId, itemId, status } });
  return loadOrder(tx, orderId);
}
