import { statusWord } from './status-words.js';
import { businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { getOrder, itemEventView, type NewOrderItem, type Order, type OrderItem } from './model.js';
import { normalizeConsumerTaxId } from './consumer-tax-id.js';
import { sealConsumerTaxId } from './sealed-tax-id.js';
import { assertMayChange, assertTransition } from './guards.js';
import { formatBrl, MAX_ORDER_TOTAL_CENTS } from '../kernel/money.js';
import { isOpen, type OrderChannel } from './state-machine.js';

export interface CreateOrderInput {
  businessDate: string;
  businessDayId?: string | null;
  channel: OrderChannel;
  tableId?: string | null;
  customerId?: string | null;
  /** CPF or CNPJ as typed at the till; checked and stored as digits. */
  consumerTaxId?: string | null;
  notes?: string | null;
  /** The delivery fee the customer pays with this order (a chat order delivered by the store); 0 when none. */
  deliveryFeeCents?: number;
  items: NewOrderItem[];
}

export function loadOrder(tx: CommandTx, orderId: string): Order {
  const order = getOrder(tx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  return order;
}

export function assertOpen(order: Order): void {
  if (!isOpen(order.status)) throw businessRule('ORDER_CLOSED', { orderId: order.id, status: order.status }, { number: order.number, status: statusWord(order.status) });
}

/**
 * A paid (or written-off) order takes no more lines, transfers or discounts: its payments and
 * NFC-e cover what it held when it was settled, and it takes no second settlement, so anything
 * added would never be charged (and anything taken out charged twice). What comes next goes on a
 * new order.
 */
export function assertUnsettled(order: Order): void {
  if (order.paidAt !== null || order.writeOff !== null) throw businessRule('ORDER_ALREADY_PAID', { orderId: order.id }, { number: order.number });
}

/**
 * Recomputes the order's totals from its live (not cancelled) lines, the manual discount and the
 * delivery fee. The one place an order's total is made: the discount reaches the goods only (never
 * below zero), the fee is added after it, so what the customer pays is goods - discounts + fee.
 */
export function recomputeTotals(tx: CommandTx, orderId: string): void {
  const sums = tx
    .prepare(
      `SELECT COALESCE(SUM(gross_cents), 0) AS gross, COALESCE(SUM(discount_cents), 0) AS discount, COALESCE(SUM(total_cents), 0) AS total
       FROM order_items WHERE order_id = ? AND status <> 'CANCELLED'`,
    )
    .get(orderId) as { gross: number; discount: number; total: number };
  const { manual, fee } = tx.prepare('SELECT manual_discount_cents AS manual, delivery_fee_cents AS fee FROM orders WHERE id = ?').get(orderId) as { manual: number; fee: number };
  // Bounded unit prices and quantities keep each call small; this keeps rounds from adding up forever.
  if (sums.gross > MAX_ORDER_TOTAL_CENTS) throw businessRule('ORDER_TOTAL_TOO_LARGE', { orderId, maxCents: MAX_ORDER_TOTAL_CENTS }, { max: formatBrl(MAX_ORDER_TOTAL_CENTS) });
  const applied = Math.min(manual, sums.total);
  tx
    .prepare('UPDATE orders SET subtotal_cents = ?, discount_cents = ?, manual_discount_cents = ?, total_cents = ?, updated_at = ? WHERE id = ?')
    .run(sums.gross, sums.discount + applied, applied, sums.total - applied + fee, tx.nowIso, orderId);
}

function insertItems(tx: CommandTx, orderId: string, items: readonly NewOrderItem[], round: number): string[] {
  const start = tx.prepare('SELECT COALESCE(MAX(position), 0) FROM order_items WHERE order_id = ?').pluck().get(orderId) as number;
  const insert = tx.prepare(
    `INSERT INTO order_items (id, order_id, position, round, product_id, name, category_id, quantity, unit, unit_price_cents, gross_cents,
       discount_cents, total_cents, applied_rules, options, components, notes, seat, station, prep_seconds, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')`,
  );
  return items.map((item, i) => {
    const id = newId();
    insert.run(
      id, orderId, start + i + 1, round, item.productId, item.name, item.categoryId, item.quantity, item.unit, item.unitPriceCents,
      item.grossCents, item.discountCents, item.totalCents, JSON.stringify(item.appliedRules), JSON.stringify(item.options),
      JSON.stringify(item.components), item.notes, item.seat, item.station, item.prepSeconds,
    );
    return id;
  });
}

const totals = (o: Order) => ({ subtotalCents: o.subtotalCents, discountCents: o.discountCents, totalCents: o.totalCents });

/** Opens a DRAFT order with the next number of its business day. An empty order is a table tab. */
export function createOrder(tx: CommandTx, input: CreateOrderInput): Order {
  tx
    .prepare(
      `INSERT INTO order_number_counters (business_date, last_number) VALUES (?, 1)
       ON CONFLICT (business_date) DO UPDATE SET last_number = last_number + 1`,
    )
    .run(input.businessDate);
  const number = tx.prepare('SELECT last_number FROM order_number_counters WHERE business_date = ?').pluck().get(input.businessDate) as number;
  const id = newId();
  tx
    .prepare(
      `INSERT INTO orders (id, number, business_date, business_day_id, channel, status, table_id, customer_id, notes,
         subtotal_cents, discount_cents, total_cents, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, 0, 0, 0, ?, ?, ?)`,
    )
    .run(id, number, input.businessDate, input.businessDayId ?? null, input.channel, input.tableId ?? null, input.customerId ?? null, input.notes ?? null, tx.actor?.id ?? null, tx.nowIso, tx.nowIso);
  const fee = input.deliveryFeeCents ?? 0;
  if (!Number.isSafeInteger(fee) || fee < 0 || fee > MAX_ORDER_TOTAL_CENTS) throw businessRule('ORDER_DELIVERY_FEE_INVALID', { deliveryFeeCents: fee });
  if (fee > 0) tx.prepare('UPDATE orders SET delivery_fee_cents = ? WHERE id = ?').run(fee, id);
  if (input.consumerTaxId) {
    const { sealed, index } = sealConsumerTaxId(vaultOf(tx.db).keyring, id, normalizeConsumerTaxId(input.consumerTaxId));
    tx.prepare('UPDATE orders SET consumer_tax_id = ?, consumer_tax_id_index = ? WHERE id = ?').run(sealed, index, id);
  }
  insertItems(tx, id, input.items, 1);
  recomputeTotals(tx, id);
  const order = loadOrder(tx, id);
  tx.emit({
    type: 'order.created',
    aggregateType: 'order',
    aggregateId: id,
    payload: {
      orderId: id,
      number,
      businessDate: order.businessDate,
      channel: order.channel,
      tableId: order.tableId,
      customerId: order.customerId,
      // Events reach MQTT and the relay: they say whether a CPF/CNPJ was given, never which.
      consumerTaxIdGiven: order.consumerTaxId !== null,
      status: order.status,
      items: order.items.map(itemEventView),
      deliveryFeeCents: order.deliveryFeeCents,
      ...totals(order),
    },
  });
  return order;
}

/** Adds lines to an open order; on a confirmed order they form the next round, sent on the next confirm. */
export function addOrderItems(tx: CommandTx, orderId: string, items: readonly NewOrderItem[]): Order {
  const current = loadOrder(tx, orderId);
  assertMayChange(tx, current);
  assertOpen(current);
  assertUnsettled(current);
  if (current.status === 'DELIVERING') throw businessRule('ORDER_CLOSED', { orderId, status: current.status }, { number: current.number, status: statusWord(current.status) });
  const lastRound = Math.max(1, ...current.items.map((i) => i.round));
  const round = current.status === 'DRAFT' ? 1 : current.items.some((i) => i.round === lastRound && i.status === 'PENDING') ? lastRound : lastRound + 1;
  const ids = new Set(insertItems(tx, orderId, items, round));
  recomputeTotals(tx, orderId);
  const order = loadOrder(tx, orderId);
  tx.emit({
    type: 'order.items_added',
    aggregateType: 'order',
    aggregateId: orderId,
    payload: { orderId, items: order.items.filter((i) => ids.has(i.itemId)).map(itemEventView), ...totals(order) },
  });
  return order;
}

/**
 * Sends the order's pending lines to the kitchen. The first confirm moves DRAFT → CONFIRMED
 * (`order.confirmed`); later ones send a table's next round (`order.round_confirmed`).
 */
export function confirmOrderRound(tx: CommandTx, orderId: string): { order: Order; confirmedItems: OrderItem[] } {
  const current = loadOrder(tx, orderId);
  assertMayChange(tx, current);
  assertOpen(current);
  const pending = current.items.filter((i) => i.status === 'PENDING');
  if (current.status === 'DRAFT') {
    if (pending.length === 0) throw businessRule('ORDER_EMPTY', { orderId });
    assertTransition(tx, current, 'CONFIRMED');
  } else if (pending.length === 0) {
    throw businessRule('ORDER_NOTHING_TO_CONFIRM', { orderId });
  }
  tx.prepare("UPDATE order_items SET status = 'CONFIRMED' WHERE order_id = ? AND status = 'PENDING'").run(orderId);
  const firstConfirm = current.status === 'DRAFT';
  if (firstConfirm) {
    tx.prepare("UPDATE orders SET status = 'CONFIRMED', confirmed_at = ?, updated_at = ? WHERE id = ?").run(tx.nowIso, tx.nowIso, orderId);
  }
  // The two UPDATEs above are all that changed: apply them to the loaded order instead of reading it again.
  const ids = new Set(pending.map((i) => i.itemId));
  const items = current.items.map((i): OrderItem => (ids.has(i.itemId) ? { ...i, status: 'CONFIRMED' } : i));
  const order: Order = firstConfirm ? { ...current, status: 'CONFIRMED', confirmedAt: tx.nowIso, updatedAt: tx.nowIso, items } : { ...current, items };
  const confirmedItems = order.items.filter((i) => ids.has(i.itemId));
  const base = { orderId, number: order.number, businessDate: order.businessDate, status: order.status, totalCents: order.totalCents };
  if (firstConfirm) tx.emit({ type: 'order.confirmed', aggregateType: 'order', aggregateId: orderId, payload: base });
  else {
    const payload = { ...base, round: confirmedItems[0].round, itemIds: [...ids] };
    tx.emit({ type: 'order.round_confirmed', aggregateType: 'order', aggregateId: orderId, payload });
  }
  return { order, confirmedItems };
}

export function confirmOrder(tx: CommandTx, orderId: string): Order {
  return confirmOrderRound(tx, orderId).order;
}
