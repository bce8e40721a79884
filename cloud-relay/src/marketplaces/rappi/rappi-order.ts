import { itemCode, optionalText, reaisToCents, type MarketplaceOrder, type MarketplaceOrderItem, type PlatformEvent } from '../connector.js';

/** Rappi takes an order about this long after it was sent before cancelling it. */
const TAKE_WITHIN_MS = 5 * 60_000;

/**
 * A Rappi webhook body: `NEW_ORDER` carries the whole order (`order_detail`, `customer`, `store`),
 * a cancellation `{order_id, event}`. Rappi gives no event id: the event and order id make one.
 */
export function toPlatformEvent(raw: any): PlatformEvent {
  if (raw?.order_detail?.order_id !== undefined) {
    const order = toMarketplaceOrder(raw);
    return { id: `NEW_ORDER:${order.platformOrderId}`, kind: 'ORDER_PLACED', code: 'NEW_ORDER', platformOrderId: order.platformOrderId, merchantId: order.merchantId || null, occurredAt: order.createdAt, raw, order };
  }
  if (raw?.order_id === undefined || typeof raw.event !== 'string') throw new Error('Rappi webhook without order_detail or order_id and event');
  const orderId = String(raw.order_id);
  return {
    id: `${raw.event}:${orderId}`,
    kind: raw.event.startsWith('ORDER_EVENT_CANCEL') || raw.event.startsWith('canceled') ? 'ORDER_CANCELLED' : 'OTHER',
    code: raw.event,
    platformOrderId: orderId,
    merchantId: raw.store_id !== undefined ? String(raw.store_id) : null,
    occurredAt: new Date(raw.created_at ?? Date.now()).toISOString(),
    raw,
  };
}

/**
 * An item's extra (`subitems`): its quantity is per unit of the item, and its price what it adds
 * to one unit (its unit price times that quantity), as the other platforms give an option's price.
 */
function subitem(sub: any): MarketplaceOrderItem['options'][number] {
  const quantity = Math.max(1, Math.round(Number(sub.quantity) || 1));
  return {
    externalCode: itemCode(sub.sku, sub.id),
    name: String(sub.name ?? ''),
    quantity,
    priceCents: reaisToCents(sub.unit_price_with_discount ?? sub.unit_price_without_discount) * quantity,
  };
}

export function toMarketplaceOrder(raw: any): MarketplaceOrder {
  const detail = raw.order_detail;
  const address = detail.delivery_information;
  const totals = detail.totals ?? {};
  const createdAt = new Date(detail.created_at).toISOString();
  const cash = detail.payment_method === 'cash';
  return {
    platform: 'RAPPI',
    platformOrderId: String(detail.order_id),
    displayId: String(detail.order_id).slice(-8),
    merchantId: String(raw.store?.internal_id ?? ''),
    createdAt,
    confirmDeadline: new Date(new Date(createdAt).getTime() + TAKE_WITHIN_MS).toISOString(),
    customerName: [raw.customer?.first_name, raw.customer?.last_name].filter(Boolean).join(' ') || null,
    customerPhone: optionalText(raw.customer?.phone_number),
    deliveryAddress: address
      ? {
          formatted: optionalText(address.complete_address) ?? '',
          street: optionalText(address.street_name),
          number: optionalText(address.street_number),
          complement: optionalText(address.complement),
          neighborhood: optionalText(address.neighborhood),
          city: optionalText(address.city),
          state: null,
          postalCode: optionalText(address.postal_code),
          reference: null,
        }
      : null,
    items: (detail.items ?? []).map((item: any) => {
      const quantity = Math.max(1, Math.round(Number(item.quantity) || 1));
      const unit = reaisToCents(item.unit_price_with_discount ?? item.unit_price_without_discount);
      const options = (item.subitems ?? []).map(subitem);
      // Rappi prices an item's extras apart from it: one unit costs the item and its extras.
      const extrasCents = options.reduce((sum: number, option: { priceCents: number }) => sum + option.priceCents, 0);
      return {
        externalCode: itemCode(item.sku, item.id),
        name: String(item.name ?? ''),
        quantity,
        unitPriceCents: unit,
        totalCents: (unit + extrasCents) * quantity,
        notes: optionalText(item.comments),
        options,
      };
    }),
    notes: null,
    subtotalCents: reaisToCents(totals.total_products_with_discount ?? totals.total_products_without_discount),
    deliveryFeeCents: reaisToCents(totals.charges?.shipping),
    discounts: reaisToCents(totals.total_discounts) > 0 ? [{ amountCents: reaisToCents(totals.total_discounts), sponsor: 'RAPPI' }] : [],
    totalCents: reaisToCents(totals.total_order),
    payment: {
      prepaid: !cash,
      method: cash ? 'CASH' : String(detail.payment_method ?? 'ONLINE').toUpperCase(),
      pendingCents: cash ? reaisToCents(totals.total_order) : 0,
      changeForCents: cash && detail.billing_information?.change_for !== undefined ? reaisToCents(detail.billing_information.change_for) : null,
    },
  };
}
