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

const liveLines = (order: Order) => order.items.filter((i) => i.status !== 'CANCELLED');

/**
 * Lowers the combo and "leve X, pague Y" discounts of `together` (lines of `orderId` priced in one
 * round) to what they still earn among themselves now that `goneItemId` left them (pricing's
 * `discountsAfterCancel`). Null when no discount of theirs depended on other lines.
 */
function lowerToWhatTheyEarn(tx: CommandTx, orderId: string, together: readonly OrderItem[], goneItemId: string): Order | null {
  const lines = together.map(sentLine);
  const ruleIds = crossLineRuleIds(lines);
  if (ruleIds.length === 0) return null;
  const lowered = discountsAfterCancel(lines, loadPricingRules(tx.db, ruleIds));
  return lowerLineDiscounts(tx, orderId, goneItemId, lowered.map((l) => ({ itemId: l.key, discountCents: l.discountCents, appliedRules: l.appliedRules })));
}

/**
 * After a line of the order was cancelled: the lines priced with it (its round) give back what it
 * helped them earn of a combo or a "leve X, pague Y", in the cancel's own transaction. Answers the
 * order as it stands then.
 */
export function withdrawPromotionsOfCancelledLine(tx: CommandTx, orderId: string, cancelled: OrderItem): Order | null {
  const order = getOrder(tx.db, orderId);
  if (!order) return null;
  const together = liveLines(order).filter((i) => i.round === cancelled.round);
  return lowerToWhatTheyEarn(tx, orderId, together, cancelled.itemId) ?? order;
}

/**
 * After lines moved to another order (to another table's tab): a round split between two bills
 * earns no combo or "leve X, pague Y" across them, so each side keeps only what its own lines earn,
 * exactly as if the other side had been cancelled, in the move's own transaction. Each lowering is
 * journaled on its order (`order.line_discounts_lowered`) naming a line of the other side as the one
 * that left. A round that moved whole keeps its discounts. `movedLines` are the lines as they were
 * on the order they left: the receiving order numbers them in rounds of its own. Answers both
 * orders as they stand then.
 */
export function withdrawPromotionsOfSplitRounds(tx: CommandTx, moved: { from: Order; to: Order }, movedLines: readonly OrderItem[]): { from: Order; to: Order } {
  let { from, to } = moved;
  for (const round of new Set(movedLines.map((i) => i.round))) {
    const wentIds = new Set(movedLines.filter((i) => i.round === round).map((i) => i.itemId));
    const stayed = liveLines(from).filter((i) => i.round === round);
    const went = liveLines(to).filter((i) => wentIds.has(i.itemId));
    if (stayed.length === 0 || went.length === 0) continue;
    from = lowerToWhatTheyEarn(tx, from.id, stayed, went[0].itemId) ?? from;
    to = lowerToWhatTheyEarn(tx, to.id, went, stayed[0].itemId) ?? to;
  }
  return { from, to };
}
