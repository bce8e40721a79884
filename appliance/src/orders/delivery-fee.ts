import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { MAX_ORDER_TOTAL_CENTS } from '../kernel/money.js';
import { assertOpen, assertUnsettled, loadOrder, recomputeTotals } from './commands.js';
import type { Order } from './model.js';

/**
 * Charges the delivery fee with the order (an order taken at the till gets its zone's fee when its
 * delivery is made): it joins the total, so the till asks for it, the NFC-e declares it as freight
 * and the Z report counts it. A paid order is closed to it: its payments and NFC-e are final.
 */
export function setOrderDeliveryFee(tx: CommandTx, orderId: string, feeCents: number): Order {
  const order = loadOrder(tx, orderId);
  assertOpen(order);
  assertUnsettled(order);
  if (!Number.isSafeInteger(feeCents) || feeCents < 0 || feeCents > MAX_ORDER_TOTAL_CENTS) throw businessRule('ORDER_DELIVERY_FEE_INVALID', { deliveryFeeCents: feeCents });
  if (order.deliveryFeeCents === feeCents) return order;
  tx.prepare('UPDATE orders SET delivery_fee_cents = ? WHERE id = ?').run(feeCents, orderId);
  recomputeTotals(tx, orderId);
  const next = loadOrder(tx, orderId);
  tx.emit({
    type: 'order.delivery_fee_set',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, number: next.number, deliveryFeeCents: feeCents, subtotalCents: next.subtotalCents, discountCents: next.discountCents, totalCents: next.totalCents },
  });
  return next;
}
