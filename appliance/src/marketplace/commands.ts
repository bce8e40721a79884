import { businessRule, notFound } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { sealCustomerField } from './sealed-customer.js';
import {
  getMarketplaceOrder,
  writeAutoAccept,
  type MarketplaceAttention,
  type MarketplaceOrder,
  type MarketplacePlatform,
  type PlatformOrder,
} from './model.js';

const AGGREGATE = 'marketplace_order';

function load(tx: CommandTx, id: string): MarketplaceOrder {
  const order = getMarketplaceOrder(tx.db, id);
  if (!order) throw notFound('MARKETPLACE_ORDER_NOT_FOUND', { marketplaceOrderId: id });
  return order;
}

/**
 * Keeps a platform order as it arrived (customer, address, lines, fees, payment), the customer's
 * name, phone and address sealed. Events reach MQTT and the relay: they carry none of them. A platform order already kept is
 * returned as it is (`created: false`).
 */
export function recordPlatformOrder(tx: CommandTx, input: PlatformOrder): { order: MarketplaceOrder; created: boolean } {
  const existing = tx.prepare('SELECT id FROM marketplace_orders WHERE platform = ? AND platform_order_id = ?').pluck().get(input.platform, input.platformOrderId) as string | undefined;
  if (existing) return { order: load(tx, existing), created: false };
  const { keyring } = vaultOf(tx.db);
  tx
    .prepare(
      `INSERT INTO marketplace_orders (id, platform, platform_order_id, display_id, status, customer_name, customer_phone, delivery_address, notes,
         subtotal_cents, delivery_fee_cents, discounts, total_cents, prepaid, payment_method, pending_cents, change_for_cents, confirm_deadline, placed_at, received_at)
       VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.marketplaceOrderId, input.platform, input.platformOrderId, input.displayId,
      sealCustomerField(keyring, 'name', input.marketplaceOrderId, input.customerName),
      sealCustomerField(keyring, 'phone', input.marketplaceOrderId, input.customerPhone),
      sealCustomerField(keyring, 'address', input.marketplaceOrderId, input.deliveryAddress ? JSON.stringify(input.deliveryAddress) : null),
      input.notes, input.subtotalCents, input.deliveryFeeCents,
      JSON.stringify(input.discounts), input.totalCents, input.payment.prepaid ? 1 : 0, input.payment.method, input.payment.pendingCents,
      // In UTC like every time the store keeps: the deadline checks compare it as text.
      input.payment.changeForCents, input.confirmDeadline && new Date(input.confirmDeadline).toISOString(), input.createdAt, tx.nowIso,
    );
  const insertLine = tx.prepare(
    `INSERT INTO marketplace_order_lines (marketplace_order_id, position, external_code, name, quantity, unit_price_cents, total_cents, notes, options)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  input.items.forEach((item, index) => {
    insertLine.run(input.marketplaceOrderId, index + 1, item.externalCode, item.name, item.quantity, item.unitPriceCents, item.totalCents, item.notes, JSON.stringify(item.options));
  });
  const order = load(tx, input.marketplaceOrderId);
  tx.emit({
    type: 'marketplace.order_received',
    aggregateType: AGGREGATE,
    aggregateId: order.id,
    payload: {
      marketplaceOrderId: order.id,
      platform: order.platform,
      platformOrderId: order.platformOrderId,
      displayId: order.displayId,
      itemCount: order.lines.length,
      unmappedCount: order.lines.filter((line) => line.productId === null).length,
      subtotalCents: order.subtotalCents,
      deliveryFeeCents: order.deliveryFeeCents,
      totalCents: order.totalCents,
      prepaid: order.payment.prepaid,
      confirmDeadline: order.confirmDeadline,
    },
  });
  return { order, created: true };
}

/** The store order made for the platform order: the relay learns which store order to follow. */
export function linkStoreOrder(tx: CommandTx, id: string, orderId: string): MarketplaceOrder {
  const current = load(tx, id);
  tx.prepare('UPDATE marketplace_orders SET order_id = ?, attention = NULL WHERE id = ?').run(orderId, id);
  tx.emit({ type: 'marketplace.order_linked', aggregateType: AGGREGATE, aggregateId: id, payload: { marketplaceOrderId: id, orderId, platform: current.platform, platformOrderId: current.platformOrderId } });
  return load(tx, id);
}

/** The order waits for the operator: items without a store product, or no business day open. */
export function flagForOperator(tx: CommandTx, id: string, attention: MarketplaceAttention): MarketplaceOrder {
  const current = load(tx, id);
  if (current.attention === attention) return current;
  tx.prepare('UPDATE marketplace_orders SET attention = ? WHERE id = ?').run(attention, id);
  tx.emit({ type: 'marketplace.order_flagged', aggregateType: AGGREGATE, aggregateId: id, payload: { marketplaceOrderId: id, platform: current.platform, attention } });
  return load(tx, id);
}

export function markAccepted(tx: CommandTx, id: string, automatic: boolean): MarketplaceOrder {
  const current = load(tx, id);
  if (current.status !== 'RECEIVED') throw businessRule('MARKETPLACE_ORDER_NOT_PENDING', { marketplaceOrderId: id, status: current.status }, { displayId: current.displayId });
  tx.prepare("UPDATE marketplace_orders SET status = 'ACCEPTED', attention = NULL WHERE id = ?").run(id);
  tx.emit({ type: 'marketplace.order_accepted', aggregateType: AGGREGATE, aggregateId: id, payload: { marketplaceOrderId: id, orderId: current.orderId, platform: current.platform, automatic } });
  return load(tx, id);
}

/** The platform cancelled the order (customer, platform, or timeout); a repeat is a no-op. */
export function markCancelledByPlatform(tx: CommandTx, id: string, code: string | null): MarketplaceOrder {
  const current = load(tx, id);
  if (current.status === 'CANCELLED') return current;
  tx.prepare("UPDATE marketplace_orders SET status = 'CANCELLED', attention = NULL, cancel_code = ? WHERE id = ?").run(code, id);
  tx.emit({ type: 'marketplace.order_cancelled', aggregateType: AGGREGATE, aggregateId: id, payload: { marketplaceOrderId: id, orderId: current.orderId, platform: current.platform, code, by: 'PLATFORM' } });
  return load(tx, id);
}

/**
 * The store cancelled the store order a platform order became (at the POS, or the day's close
 * cancelling drafts): the platform order is cancelled with it, so it no longer waits for the
 * operator nor nears a deadline. Answers the platform order cancelled; null when the store order
 * is none of theirs or its platform order is already cancelled (a repeat is a no-op).
 */
export function markCancelledWithStoreOrder(tx: CommandTx, orderId: string): string | null {
  const open = tx.prepare("SELECT id, platform FROM marketplace_orders WHERE order_id = ? AND status <> 'CANCELLED'").get(orderId) as { id: string; platform: MarketplacePlatform } | undefined;
  if (!open) return null;
  tx.prepare("UPDATE marketplace_orders SET status = 'CANCELLED', attention = NULL WHERE id = ?").run(open.id);
  tx.emit({ type: 'marketplace.order_cancelled', aggregateType: AGGREGATE, aggregateId: open.id, payload: { marketplaceOrderId: open.id, orderId, platform: open.platform, code: null, by: 'STORE' } });
  return open.id;
}

/** Which store product a platform item code is (the back office menu mapping). */
export function setItemMapping(tx: CommandTx, platform: MarketplacePlatform, externalCode: string, productId: string): void {
  tx
    .prepare(
      `INSERT INTO marketplace_item_mappings (platform, external_code, product_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, external_code) DO UPDATE SET product_id = excluded.product_id, updated_at = excluded.updated_at`,
    )
    .run(platform, externalCode, productId, tx.nowIso);
  tx.emit({ type: 'marketplace.item_mapped', aggregateType: 'marketplace_mapping', aggregateId: `${platform}:${externalCode}`, payload: { platform, externalCode, productId } });
}

export function setAutoAccept(tx: CommandTx, storeId: string, patch: Partial<Record<MarketplacePlatform, boolean>>): Record<MarketplacePlatform, boolean> {
  const autoAccept = writeAutoAccept(tx.db, patch);
  tx.emit({ type: 'marketplace.auto_accept_changed', aggregateType: 'store', aggregateId: storeId, payload: { autoAccept } });
  return autoAccept;
}

/**
 * Orders waiting for the operator, not yet warned about, whose deadline is within `leadSeconds` of
 * `now`. One whose deadline already passed is not among them: it can no longer be accepted.
 */
export function ordersNearDeadline(db: Db, now: Date, leadSeconds: number): { id: string; platform: string; display_id: string; confirm_deadline: string }[] {
  const limit = new Date(now.getTime() + leadSeconds * 1000).toISOString();
  return db
    .prepare(
      `SELECT id, platform, display_id, confirm_deadline FROM marketplace_orders
       WHERE status = 'RECEIVED' AND deadline_warned_at IS NULL AND confirm_deadline IS NOT NULL AND confirm_deadline <= ? AND confirm_deadline > ?`,
    )
    .all(limit, now.toISOString()) as { id: string; platform: string; display_id: string; confirm_deadline: string }[];
}

/**
 * Warns once about every order still waiting for the operator whose platform deadline (after which
 * the platform cancels it) is less than `leadSeconds` away: `marketplace.order_deadline_near`
 * reaches the POS over MQTT. Answers the orders warned.
 */
export function warnNearDeadlines(tx: CommandTx, leadSeconds: number): string[] {
  const due = ordersNearDeadline(tx.db, tx.now, leadSeconds);
  for (const order of due) {
    tx.prepare('UPDATE marketplace_orders SET deadline_warned_at = ? WHERE id = ?').run(tx.nowIso, order.id);
    const secondsLeft = Math.max(0, Math.round((Date.parse(order.confirm_deadline) - tx.now.getTime()) / 1000));
    tx.emit({
      type: 'marketplace.order_deadline_near',
      aggregateType: AGGREGATE,
      aggregateId: order.id,
      payload: { marketplaceOrderId: order.id, platform: order.platform, displayId: order.display_id, confirmDeadline: order.confirm_deadline, secondsLeft },
    });
  }
  return due.map((order) => order.id);
}
