import type { CommandTx } from '../kernel/journal/command-bus.js';
import { getOrder, lowerLineDiscounts, type Order, type OrderItem } from '../orders/index.js';
import { crossLineRuleIds, discountsAfterCancel, loadPricingRules, type SentLine } from '../pricing/index.js';

const sentLine = (item: OrderItem): SentLine => ({
  key: item.itemId,
  productId: item.productId,
  quantity: item.quantity,
  unit: item.unit,
  unitPriceCents: item.unitPriceCents,
  discountCents: item.discountCents,
  appliedRules: item.appliedRules,
});

/**
 * After a line of the order was cancelled: the lines priced with it (its round) give back what it
 * helped them earn of a combo or a "leve X, pague Y" (pricing's `discountsAfterCancel`), in the
 * cancel's own transaction. Answers the order as it stands then.
 */
export function withdrawPromotionsOfCancelledLine(tx: CommandTx, orderId: string, cancelled: OrderItem): Order | null {
  const order = getOrder(tx.db, orderId);
  if (!order) return null;
  const lines = order.items.filter((i) => i.status !== 'CANCELLED' && i.round === cancelled.round).map(sentLine);
  const ruleIds = crossLineRuleIds(lines);
  if (ruleIds.length === 0) return order;
  const lowered = discountsAfterCancel(lines, loadPricingRules(tx.db, ruleIds));
  return lowerLineDiscounts(tx, orderId, cancelled.itemId, lowered.map((l) => ({ itemId: l.key, discountCents: l.discountCents, appliedRules: l.appliedRules })));
}
