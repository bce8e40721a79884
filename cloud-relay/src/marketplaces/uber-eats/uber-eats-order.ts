import { itemCode, optionalText, type MarketplaceOrder, type PlatformEvent, type PlatformEventKind } from '../connector.js';

const KIND_OF_TYPE: Record<string, PlatformEventKind> = { 'orders.notification': 'ORDER_PLACED', 'orders.cancel': 'ORDER_CANCELLED' };

/** Uber Eats denies an order nobody accepted after this long. */
const ACCEPT_WITHIN_MS = 11.5 * 60_000;

/** Order API v2 amounts are `amount_e5` (the amount times 100,000): integer division keeps them exact. */
const cents = (money: { amount_e5?: number } | undefined | null): number => Math.round((money?.amount_e5 ?? 0) / 1000);

/** `{event_id, event_type, event_time (unix seconds), meta: {resource_id, user_id}}`. */
export function toPlatformEvent(raw: any): PlatformEvent {
  if (typeof raw?.event_id !== 'string' || typeof raw.event_type !== 'string' || typeof raw.event_time !== 'number') {
    throw new Error('Uber Eats webhook without event_id, event_type or event_time');
  }
  return {
    id: raw.event_id,
    kind: KIND_OF_TYPE[raw.event_type] ?? 'OTHER',
    code: raw.event_type,
    platformOrderId: optionalText(raw.meta?.resource_id),
    merchantId: optionalText(raw.meta?.user_id),
    occurredAt: new Date(raw.event_time * 1000).toISOString(),
    raw,
  };
}

/** An Uber Eats order (`GET /v2/eats/order/{id}`) in the relay's neutral shape. */
export function toMarketplaceOrder(raw: any): MarketplaceOrder {
  const placedAt = new Date(raw.placed_at).toISOString();
  const charges = raw.payment?.charges ?? {};
  const location = raw.eater?.delivery?.location;
  return {
    platform: 'UBER_EATS',
    platformOrderId: String(raw.id),
    displayId: String(raw.display_id ?? raw.id).slice(0, 20),
    merchantId: String(raw.store?.id ?? ''),
    createdAt: placedAt,
    confirmDeadline: new Date(new Date(placedAt).getTime() + ACCEPT_WITHIN_MS).toISOString(),
    customerName: [raw.eater?.first_name, raw.eater?.last_name].filter(Boolean).join(' ') || null,
    customerPhone: optionalText(raw.eater?.phone),
    deliveryAddress: location
      ? { formatted: optionalText(location.address) ?? '', street: optionalText(location.street), number: null, complement: optionalText(location.unit_number), neighborhood: null, city: optionalText(location.city), state: null, postalCode: optionalText(location.postal_code), reference: optionalText(raw.eater?.delivery?.notes) }
      : null,
    items: (raw.cart?.items ?? []).map((item: any) => ({
      externalCode: itemCode(item.external_data, item.id),
      name: String(item.title ?? ''),
      quantity: Math.max(1, Math.round(Number(item.quantity) || 1)),
      unitPriceCents: cents(item.price?.unit_price),
      totalCents: cents(item.price?.total_price),
      notes: optionalText(item.special_instructions),
      options: (item.selected_modifier_groups ?? []).flatMap((group: any) =>
        (group.selected_items ?? []).map((option: any) => ({ externalCode: itemCode(option.external_data, option.id), name: String(option.title ?? ''), quantity: Math.max(1, Number(option.quantity) || 1), priceCents: cents(option.price?.total_price) })),
      ),
    })),
    notes: optionalText(raw.cart?.special_instructions),
    subtotalCents: cents(charges.sub_total),
    deliveryFeeCents: cents(charges.delivery_fee),
    discounts: [],
    totalCents: cents(charges.total),
    payment: { prepaid: true, method: 'ONLINE', pendingCents: 0, changeForCents: null },
  };
}
