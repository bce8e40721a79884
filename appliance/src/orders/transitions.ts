import { statusWord } from './status-words.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { assertOpen, loadOrder } from './commands.js';
import { assertStep, assertTransition } from './guards.js';
import { readHandOverPolicy } from './hand-over.js';
import { isSettled, type ItemStatus, type Order } from './model.js';
import { forwardPath, type OrderStatus } from './state-machine.js';

/** What a transition does to the lines already at the kitchen. */
/** The event each forward step journals; a cancellation has its own, with its reason (cancelOrder). */
const STEP_EVENT = {
  CONFIRMED: 'order.confirmed',
  PREPARING: 'order.preparing',
  READY: 'order.ready',
  DELIVERING: 'order.delivering',
  COMPLETED: 'order.completed',
} as const;

const ITEM_EFFECT: Partial<Record<OrderStatus, { from: ItemStatus[]; to: ItemStatus }>> = {
  PREPARING: { from: ['CONFIRMED'], to: 'PREPARING' },
  READY: { from: ['CONFIRMED', 'PREPARING'], to: 'READY' },
  COMPLETED: { from: ['CONFIRMED', 'PREPARING', 'READY'], to: 'DELIVERED' },
};

/**
 * One transition. `byPolicy` is the store's hand-over policy completing a settled order: the
 * state machine must allow the step, but not for this actor's role (a KDS bump may hand over).
 */
function step(tx: CommandTx, order: Order, to: OrderStatus, byPolicy = false): Order {
  // No transition leads back to DRAFT, and CANCELLED goes through cancelOrder.
  if (to === 'DRAFT' || to === 'CANCELLED') throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, from: order.status, to }, { from: statusWord(order.status), to: statusWord(to) });
  if (byPolicy) assertStep(order, to);
  else assertTransition(tx, order, to);
  if (to === 'COMPLETED' && order.items.some((i) => i.status === 'PENDING')) {
    throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId: order.id, reason: 'pending items', from: order.status, to }, { from: statusWord(order.status), to: statusWord(to) });
  }
  // A balance due never leaves the store as a sale: it is paid, or a manager writes it off.
  if (to === 'COMPLETED' && !isSettled(order)) {
    throw businessRule('ORDER_NOT_PAID', { orderId: order.id, totalCents: order.totalCents }, { number: order.number });
  }
  tx.prepare('UPDATE orders SET status = ?, updated_at = ? WHERE id = ?').run(to, tx.nowIso, order.id);
  const effect = ITEM_EFFECT[to];
  if (effect) {
    tx
      .prepare(`UPDATE order_items SET status = ? WHERE order_id = ? AND status IN (${effect.from.map(() => '?').join(',')})`)
      .run(effect.to, order.id, ...effect.from);
  }
  // The order as these two updates left it, without reading it and its lines back (a kitchen bump
  // takes up to three steps): they change its status, its lines' statuses and updated_at only.
  const next: Order = {
    ...order,
    status: to,
    updatedAt: tx.nowIso,
    items: effect ? order.items.map((item) => (effect.from.includes(item.status) ? { ...item, status: effect.to } : item)) : order.items,
  };
  tx.emit({
    type: STEP_EVENT[to],
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
  return handOverIfDue(tx, order);
}

/**
 * The courier came back without delivering: the order waits at the counter (READY) to go out
 * again. Not handed over by the payment policy meanwhile: a prepaid order that came back may still
 * be cancelled after a call to the customer.
 */
export function returnFromDelivery(tx: CommandTx, orderId: string): Order {
  const order = loadOrder(tx, orderId);
  if (order.status !== 'DELIVERING') return order;
  return step(tx, order, 'READY', true);
}

/**
 * Moves an order to where its kitchen tickets say it is, when lines already at the kitchen moved
 * onto it or off it (a table transfer, joined tables): the tickets decide, not whoever moved the
 * lines, so the step is the state machine's, as a KDS bump would make it.
 */
export function followKitchen(tx: CommandTx, orderId: string, status: 'PREPARING' | 'READY'): Order {
  let order = loadOrder(tx, orderId);
  if (order.status === status) return order;
  assertOpen(order);
  for (const to of forwardPath(order.status, status)) order = step(tx, order, to, true);
  return handOverIfDue(tx, order);
}

/** Completes a settled order once it is out of the kitchen, when its channel's policy says so. */
function handOverIfDue(tx: CommandTx, order: Order): Order {
  if (order.status === 'READY' && isSettled(order) && readHandOverPolicy(tx.db)[order.channel] === 'ON_PAYMENT') return step(tx, order, 'COMPLETED', true);
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
 * Records that the order is paid in full (called by the payment workflow). An order out for
 * delivery is handed over; a READY one too when its channel hands over on payment; one still in
 * the kitchen completes by the same policy once the kitchen reports it READY.
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
  const paid = loadOrder(tx, orderId);
  // Paid at the door: the courier has handed it over.
  if (paid.status === 'DELIVERING') return step(tx, paid, 'COMPLETED', true);
  return handOverIfDue(tx, paid);
}

export interface WriteOffInput {
  kind: 'COURTESY' | 'LOSS';
  reason: string;
  /** The balance still due, computed by the workflow from the payments. */
  amountCents: number;
  managerId: string | null;
}

/**
 * A manager writes off what a confirmed order still owes (cortesia or perda): the order may then
 * be handed over like a paid one, and the Z report lists it apart from the sales.
 */
export function writeOffOrder(tx: CommandTx, orderId: string, input: WriteOffInput): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  if (order.status === 'DRAFT') throw businessRule('ORDER_WRITE_OFF_DRAFT', { orderId }, { number: order.number });
  if (order.paidAt || order.writeOff || input.amountCents <= 0) throw businessRule('ORDER_ALREADY_SETTLED', { orderId }, { number: order.number });
  tx.prepare('UPDATE orders SET write_off_kind = ?, write_off_reason = ?, write_off_cents = ?, written_off_at = ?, written_off_by = ?, updated_at = ? WHERE id = ?').run(
    input.kind, input.reason, input.amountCents, tx.nowIso, input.managerId, tx.nowIso, orderId,
  );
  tx.emit({
    type: 'order.written_off',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: order.number, businessDate: order.businessDate, status: order.status, totalCents: order.totalCents, kind: input.kind, reason: input.reason, amountCents: input.amountCents, managerId: input.managerId },
  });
  return handOverIfDue(tx, loadOrder(tx, orderId));
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
    throw businessRule('ORDER_TRANSITION_NOT_ALLOWED', { orderId, itemId, from: item.status, to: status }, { from: statusWord(item.status), to: statusWord(status) });
  }
  tx.prepare('UPDATE order_items SET status = ? WHERE id = ?').run(status, itemId);
  tx.emit({ type: 'order.item_status_changed', aggregateType: 'order', aggregateId: orderId, payload: { orderId, itemId, status } });
  return loadOrder(tx, orderId);
}
