import { statusWord } from './status-words.js';
import { businessRule, conflict, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { assertOpen, assertUnsettled, loadOrder, recomputeTotals } from './commands.js';
import { assertMayChange } from './guards.js';
import type { Order, OrderItem } from './model.js';

/** The line as it stood before the cancel: the caller tells the kitchen about it. */
export interface CancelledLine {
  order: Order;
  item: OrderItem;
}

/**
 * Cancels one line of an open, unsettled order (a guest gives up one dish): it leaves the totals,
 * stays on the order as CANCELLED for the reports, and its reason and approving manager go to the
 * journal. The last live line is refused: that is the order's cancellation, with its own rules. The
 * manager's approval, the kitchen and the stock are the caller's (the line-cancel workflow).
 */
export function cancelOrderItem(tx: CommandTx, orderId: string, itemId: string, reason: string, managerId: string | null): CancelledLine {
  const current = loadOrder(tx, orderId);
  assertMayChange(tx, current);
  assertOpen(current);
  assertUnsettled(current);
  // Out with the courier: the dish left the store with the order.
  if (current.status === 'DELIVERING') throw businessRule('ORDER_CLOSED', { orderId, status: current.status }, { number: current.number, status: statusWord(current.status) });
  const item = current.items.find((i) => i.itemId === itemId);
  if (!item) throw notFound('ORDER_ITEM_NOT_FOUND', { orderId, itemId });
  if (item.status === 'CANCELLED') throw conflict('ORDER_ITEM_ALREADY_CANCELLED', { orderId, itemId });
  if (!current.items.some((i) => i.itemId !== itemId && i.status !== 'CANCELLED')) {
    throw businessRule('ORDER_ITEM_LAST_LINE', { orderId, itemId }, { number: current.number });
  }
  tx.prepare("UPDATE order_items SET status = 'CANCELLED' WHERE id = ?").run(itemId);
  recomputeTotals(tx, orderId);
  const order = loadOrder(tx, orderId);
  tx.emit({
    type: 'order.item_cancelled',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: order.number, itemId, reason, managerId, subtotalCents: order.subtotalCents, discountCents: order.discountCents, totalCents: order.totalCents },
  });
  return { order, item };
}
