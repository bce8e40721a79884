import { businessRule } from '../kernel/errors.js';
import { formatBrl } from '../kernel/money.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { assertOpen, assertUnsettled, loadOrder, recomputeTotals } from './commands.js';
import type { Order, OrderItem } from './model.js';

/**
 * Moves lines between two open orders (a table transferring items to another tab). The lines
 * keep their status (their kitchen tickets follow them: the table-tab workflow moves them) and take
 * rounds of the receiving order (roundsOnArrival); both orders' totals are recomputed.
 */
export function moveOrderItems(tx: CommandTx, fromOrderId: string, toOrderId: string, itemIds: readonly string[]): { from: Order; to: Order } {
  if (fromOrderId === toOrderId) throw businessRule('ORDER_TRANSFER_SAME_ORDER', { orderId: fromOrderId });
  const from = loadOrder(tx, fromOrderId);
  const to = loadOrder(tx, toOrderId);
  assertOpen(from);
  assertOpen(to);
  assertUnsettled(from);
  assertUnsettled(to);
  const moving = from.items.filter((i) => itemIds.includes(i.itemId) && i.status !== 'CANCELLED');
  if (moving.length !== new Set(itemIds).size) {
    throw businessRule('ORDER_ITEM_NOT_FOUND', { orderId: fromOrderId, itemIds: itemIds.filter((id) => !moving.some((m) => m.itemId === id)) });
  }
  assertDiscountStaysWhole(from, moving);
  const start = tx.prepare('SELECT COALESCE(MAX(position), 0) FROM order_items WHERE order_id = ?').pluck().get(toOrderId) as number;
  const arrival = roundsOnArrival(to, moving);
  const move = tx.prepare('UPDATE order_items SET order_id = ?, position = ?, round = ? WHERE id = ?');
  moving.forEach((item, i) => move.run(toOrderId, start + i + 1, arrival.roundOf(item), item.itemId));
  tx.prepare("UPDATE order_items SET round = ? WHERE order_id = ? AND status = 'PENDING'").run(arrival.pendingRound, toOrderId);
  recomputeTotals(tx, fromOrderId);
  recomputeTotals(tx, toOrderId);
  // Lines already sent to the kitchen make a receiving order still in DRAFT (the tab just opened on
  // a free table) a confirmed one: its kitchen is under way, and its bump must find it there.
  if (to.status === 'DRAFT' && moving.some((i) => i.status !== 'PENDING')) confirmWithMovedLines(tx, toOrderId);
  const result = { from: loadOrder(tx, fromOrderId), to: loadOrder(tx, toOrderId) };
  for (const [order, direction] of [[result.from, 'OUT'], [result.to, 'IN']] as const) {
    tx.emit({
      type: 'order.items_transferred',
      aggregateType: 'order',
      aggregateId: order.id,
      payload: { orderId: order.id, direction, fromOrderId, toOrderId, itemIds: moving.map((m) => m.itemId), subtotalCents: order.subtotalCents, discountCents: order.discountCents, totalCents: order.totalCents },
    });
  }
  return result;
}

/**
 * The rounds moved lines take on the receiving order, numbered as `addOrderItems` numbers them. A
 * round is what the kitchen got in one send and what was priced together (combos): the sent lines
 * of each round of theirs arrive as a new round of their own, after the rounds the receiving order
 * sent, never inside one of them. Lines not sent yet join the round the order is still taking,
 * which comes after those (renumbered if it must: nobody outside the order has seen its number).
 */
function roundsOnArrival(to: Order, moving: readonly OrderItem[]): { roundOf: (item: OrderItem) => number; pendingRound: number } {
  const isPending = (item: OrderItem) => item.status === 'PENDING';
  const sentRounds = [...new Set(moving.filter((item) => !isPending(item)).map((item) => item.round))].sort((a, b) => a - b);
  const takingRound = to.items.find(isPending)?.round ?? null;
  const firstNew = takingRound ?? Math.max(0, ...to.items.map((item) => item.round)) + 1;
  // A draft stays a draft when no sent line arrives: its lines are all its first round.
  const pendingRound = to.status === 'DRAFT' && sentRounds.length === 0 ? 1 : firstNew + sentRounds.length;
  const newRound = new Map(sentRounds.map((round, i) => [round, firstNew + i]));
  return { roundOf: (item) => (isPending(item) ? pendingRound : newRound.get(item.round)!), pendingRound };
}

/**
 * A manager's discount stays on the order it was given to and never exceeds its goods: moving away
 * the lines it needs would cut it down without a word (the guests owing it again at the other
 * table). The manager removes or lowers it first, or fewer lines move.
 */
function assertDiscountStaysWhole(from: Order, moving: readonly Order['items'][number][]): void {
  if (from.manualDiscountCents === 0) return;
  const movingIds = new Set(moving.map((item) => item.itemId));
  const staying = from.items.filter((item) => item.status !== 'CANCELLED' && !movingIds.has(item.itemId)).reduce((sum, item) => sum + item.totalCents, 0);
  if (staying < from.manualDiscountCents) {
    throw businessRule('ORDER_TRANSFER_DISCOUNTED', { orderId: from.id, manualDiscountCents: from.manualDiscountCents }, { number: from.number, discount: formatBrl(from.manualDiscountCents) });
  }
}

function confirmWithMovedLines(tx: CommandTx, orderId: string): void {
  tx.prepare("UPDATE orders SET status = 'CONFIRMED', confirmed_at = ?, updated_at = ? WHERE id = ?").run(tx.nowIso, tx.nowIso, orderId);
  const order = loadOrder(tx, orderId);
  tx.emit({
    type: 'order.confirmed',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: order.number, businessDate: order.businessDate, status: order.status, totalCents: order.totalCents },
  });
}

/** Points an open order at another table (a whole tab moving). */
export function setOrderTable(tx: CommandTx, orderId: string, tableId: string | null): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  if (order.tableId === tableId) return order;
  tx.prepare('UPDATE orders SET table_id = ?, updated_at = ? WHERE id = ?').run(tableId, tx.nowIso, orderId);
  tx.emit({ type: 'order.table_changed', aggregateType: 'order', aggregateId: orderId, payload: { orderId, fromTableId: order.tableId, toTableId: tableId } });
  return loadOrder(tx, orderId);
}

/**
 * Sets the manual discount on the order's goods (replacing any earlier one). The manager override is
 * checked by the discount workflow; here the discount only has to fit within the goods: the
 * delivery fee is the courier's, and a larger discount would be cut down without a word.
 */
export function applyOrderDiscount(tx: CommandTx, orderId: string, input: { amountCents: number; reason: string }): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  assertUnsettled(order);
  const goodsCents = order.totalCents - order.deliveryFeeCents + order.manualDiscountCents;
  if (input.amountCents > goodsCents) throw businessRule('ORDER_DISCOUNT_TOO_LARGE', { orderId, maxCents: goodsCents }, { max: formatBrl(goodsCents) });
  tx.prepare('UPDATE orders SET manual_discount_cents = ?, manual_discount_reason = ? WHERE id = ?').run(input.amountCents, input.reason, orderId);
  recomputeTotals(tx, orderId);
  const next = loadOrder(tx, orderId);
  tx.emit({
    type: 'order.discount_applied',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: next.number, amountCents: input.amountCents, reason: input.reason, subtotalCents: next.subtotalCents, discountCents: next.discountCents, totalCents: next.totalCents },
  });
  return next;
}
