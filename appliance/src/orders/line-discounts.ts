import type { CommandTx } from '../kernel/journal/command-bus.js';
import { loadOrder, recomputeTotals } from './commands.js';
import type { Order } from './model.js';

export interface LineDiscountChange {
  itemId: string;
  discountCents: number;
  appliedRules: string[];
}

/**
 * Lowers the discounts of lines still on an order to what they earn now that `cancelledItemId` left
 * it (the pricing workflow judges them: a combo's burger without its fries). Only ever lowers, and
 * only live lines: nothing is charged above the price a line was sent with. The lines' new figures
 * and the order's totals after them are journaled together.
 */
export function lowerLineDiscounts(tx: CommandTx, orderId: string, cancelledItemId: string, changes: readonly LineDiscountChange[]): Order {
  const current = loadOrder(tx, orderId);
  const lowered = changes.filter((change) => {
    const item = current.items.find((i) => i.itemId === change.itemId);
    return item !== undefined && item.status !== 'CANCELLED' && change.discountCents >= 0 && change.discountCents < item.discountCents;
  });
  if (lowered.length === 0) return current;
  const update = tx.prepare('UPDATE order_items SET discount_cents = ?, total_cents = gross_cents - ?, applied_rules = ? WHERE id = ? AND order_id = ?');
  for (const change of lowered) update.run(change.discountCents, change.discountCents, JSON.stringify(change.appliedRules), change.itemId, orderId);
  recomputeTotals(tx, orderId);
  const order = loadOrder(tx, orderId);
  const items = order.items.filter((i) => lowered.some((change) => change.itemId === i.itemId));
  tx.emit({
    type: 'order.line_discounts_lowered',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: {
      orderId,
      number: order.number,
      cancelledItemId,
      items: items.map((i) => ({ itemId: i.itemId, discountCents: i.discountCents, totalCents: i.totalCents, appliedRules: i.appliedRules })),
      subtotalCents: order.subtotalCents,
      discountCents: order.discountCents,
      totalCents: order.totalCents,
    },
  });
  return order;
}
