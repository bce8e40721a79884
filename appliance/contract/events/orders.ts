import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const cents = lazySchema(() => z.number().int());
export const orderStatus = lazySchema(() => z.enum(['DRAFT', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERING', 'COMPLETED', 'CANCELLED']));
export const orderChannel = lazySchema(() => z.enum(['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER']));
const totals = { subtotalCents: cents, discountCents: cents, totalCents: cents };

/** The journal view of an order line (`OrderItem` in docs/events.md). */
export const orderItemSchema = lazySchema(() => z.object({
  itemId: z.string(),
  productId: z.string(),
  name: z.string(),
  categoryId: z.string(),
  /** Units, or grams when `unit` is GRAM. */
  quantity: z.number().int(),
  unit: z.enum(['UNIT', 'GRAM']),
  unitPriceCents: cents,
  discountCents: cents,
  totalCents: cents,
  appliedRules: z.array(z.string()),
}));

const statusChange = lazySchema(() => z.object({ orderId: z.string(), number: z.number().int(), businessDate: z.string(), status: orderStatus, totalCents: cents }));
const handOver = lazySchema(() => z.enum(['ON_PAYMENT', 'EXPLICIT']));

export const orderEvents = [
  defineEvent(
    'order.created',
    'order',
    () => z.object({
      orderId: z.string(),
      number: z.number().int(),
      businessDate: z.string(),
      channel: orderChannel,
      tableId: z.string().nullable(),
      customerId: z.string().nullable(),
      /** Whether a CPF/CNPJ was given for the fiscal document; the number itself never enters an event. */
      consumerTaxIdGiven: z.boolean().optional(),
      status: orderStatus,
      items: z.array(orderItemSchema),
      /** The delivery fee the customer pays with the order, included in totalCents (absent on older events: 0). */
      deliveryFeeCents: cents.optional(),
      ...totals,
    }),
    'An order was opened with its first lines (and the delivery fee of a chat order delivered by the store).',
  ),
  defineEvent('order.items_added', 'order', () => z.object({ orderId: z.string(), items: z.array(orderItemSchema), ...totals }), 'Lines were added to an open order.'),
  defineEvent('order.confirmed', 'order', () => statusChange, 'The order was sent to the kitchen (DRAFT → CONFIRMED).'),
  defineEvent(
    'order.round_confirmed',
    'order',
    () => statusChange.extend({ round: z.number().int(), itemIds: z.array(z.string()) }),
    "A table's next round was sent to the kitchen.",
  ),
  defineEvent('order.preparing', 'order', () => statusChange, 'The kitchen started the order.'),
  defineEvent('order.ready', 'order', () => statusChange, 'Every kitchen ticket of the order is bumped.'),
  defineEvent('order.delivering', 'order', () => statusChange, 'A delivery order left the store.'),
  defineEvent('order.completed', 'order', () => statusChange, 'The order was handed over and settled.'),
  defineEvent('order.cancelled', 'order', () => statusChange.extend({ status: z.literal('CANCELLED'), reason: z.string().nullable() }), 'The order was cancelled.'),
  defineEvent(
    'order.paid',
    'order',
    () => statusChange,
    'Paid in full; a DELIVERING order then completes, a READY one when its channel hands over on payment.',
  ),
  defineEvent(
    'order.written_off',
    'order',
    () => statusChange.extend({ kind: z.enum(['COURTESY', 'LOSS']), reason: z.string(), amountCents: cents, managerId: z.string().nullable() }),
    'A manager wrote off the balance due (`amountCents`) as a courtesy or a loss.',
  ),
  defineEvent(
    'order.hand_over_policy_changed',
    'store',
    () => z.object({
      policy: z.object({ COUNTER: handOver, TABLE: handOver, DELIVERY: handOver, TAKEOUT: handOver, KIOSK: handOver, MARKETPLACE: handOver, WHATSAPP: handOver, INSTAGRAM: handOver, MESSENGER: handOver }),
    }),
    'Per channel, whether an order completes on payment or on an explicit hand-over.',
  ),
  defineEvent(
    'order.discount_applied',
    'order',
    () => z.object({ orderId: z.string(), number: z.number().int(), amountCents: cents, reason: z.string(), ...totals }),
    'A manual order discount (after a manager override).',
  ),
  defineEvent(
    'order.delivery_fee_set',
    'order',
    () => z.object({ orderId: z.string(), number: z.number().int(), deliveryFeeCents: cents, ...totals }),
    'The store\'s delivery fee was put on an open, unpaid order (its zone\'s fee when the delivery was made at the till): totalCents includes it.',
  ),
  defineEvent(
    'order.items_transferred',
    'order',
    () => z.object({
      orderId: z.string(),
      direction: z.enum(['OUT', 'IN']),
      fromOrderId: z.string(),
      toOrderId: z.string(),
      itemIds: z.array(z.string()),
      ...totals,
    }),
    'Lines moved between two orders; one event per order.',
  ),
  defineEvent(
    'order.table_changed',
    'order',
    () => z.object({ orderId: z.string(), fromTableId: z.string().nullable(), toTableId: z.string().nullable() }),
    'The order moved to another table.',
  ),
  defineEvent(
    'order.item_cancelled',
    'order',
    () => z.object({ orderId: z.string(), number: z.number().int(), itemId: z.string(), reason: z.string(), managerId: z.string().nullable(), ...totals }),
    'One line of an open order was cancelled (a line already sent to the kitchen with a manager, `managerId`); the totals are the order\'s after it.',
  ),
  defineEvent(
    'order.line_discounts_lowered',
    'order',
    () => z.object({
      orderId: z.string(),
      number: z.number().int(),
      cancelledItemId: z.string(),
      items: z.array(z.object({ itemId: z.string(), discountCents: cents, totalCents: cents, appliedRules: z.array(z.string()) })),
      ...totals,
    }),
    'Lines priced together with one that left them (cancelled, or moved to another table\'s tab; `cancelledItemId` names a line that left) lost the part of a combo or "leve X, pague Y" discount it helped earn (docs/pricing.md); each line\'s new discount and total, and the order\'s totals after them.',
  ),
  defineEvent(
    'order.item_status_changed',
    'order',
    () => z.object({ orderId: z.string(), itemId: z.string(), status: z.enum(['PREPARING', 'READY', 'DELIVERED']) }),
    "A line's kitchen status changed.",
  ),
  defineEvent(
    'order.consumer_tax_id_set',
    'order',
    () => z.object({ orderId: z.string(), consumerTaxIdGiven: z.boolean() }),
    '"CPF na nota" set (`true`) or cleared (`false`) before payment; the number is not in the event.',
  ),
] as const;
