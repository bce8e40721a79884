import { reaisToCents, type MarketplaceAddress, type MarketplaceOrder, type PlatformEvent, type PlatformEventKind } from '../connector.js';

/** iFood event codes the relay acts on (full codes PLACED and CANCELLED). */
const KIND_OF_CODE: Record<string, PlatformEventKind> = { PLC: 'ORDER_PLACED', CAN: 'ORDER_CANCELLED' };

/** iFood's automatic cancellation of an order nobody confirmed. */
const CONFIRM_WITHIN_MS = 8 * 60_000;

interface IfoodEvent {
  id: string;
  code: string;
  fullCode?: string;
  orderId?: string;
  merchantId?: string;
  createdAt: string;
}

export function toPlatformEvent(raw: IfoodEvent): PlatformEvent {
  if (typeof raw?.id !== 'string' || typeof raw.code !== 'string' || typeof raw.createdAt !== 'string') {
    throw new Error('iFood event without id, code or createdAt');
  }
  return {
    id: raw.id,
    kind: KIND_OF_CODE[raw.code] ?? 'OTHER',
    code: raw.code,
    platformOrderId: raw.orderId ?? null,
    merchantId: raw.merchantId ?? null,
    occurredAt: new Date(raw.createdAt).toISOString(),
    raw,
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function address(raw: any): MarketplaceAddress | null {
  if (!raw) return null;
  const street = text(raw.streetName);
  const number = text(raw.streetNumber);
  const formatted = text(raw.formattedAddress) ?? [street, number].filter(Boolean).join(', ');
  return {
    formatted,
    street,
    number,
    complement: text(raw.complement),
    neighborhood: text(raw.neighborhood),
    city: text(raw.city),
    state: text(raw.state),
    postalCode: text(raw.postalCode),
    reference: text(raw.reference),
  };
}

/** The iFood order (`GET /order/v1.0/orders/{id}`) in the relay's platform-neutral shape. */
export function toMarketplaceOrder(raw: any): MarketplaceOrder {
  const methods: any[] = raw.payments?.methods ?? [];
  const cash = methods.find((m) => m.method === 'CASH');
  const offline = methods.find((m) => m.type === 'OFFLINE');
  const benefits: any[] = raw.benefits ?? [];
  return {
    platform: 'IFOOD',
    platformOrderId: String(raw.id),
    displayId: String(raw.displayId ?? raw.id).slice(0, 20),
    merchantId: String(raw.merchant?.id ?? ''),
    createdAt: new Date(raw.createdAt).toISOString(),
    confirmDeadline: new Date(new Date(raw.createdAt).getTime() + CONFIRM_WITHIN_MS).toISOString(),
    customerName: text(raw.customer?.name),
    customerPhone: text(raw.customer?.phone?.number),
    deliveryAddress: raw.orderType === 'DELIVERY' ? address(raw.delivery?.deliveryAddress) : null,
    items: (raw.items ?? []).map((item: any) => ({
      externalCode: text(item.externalCode),
      name: String(item.name ?? ''),
      quantity: Math.max(1, Math.round(Number(item.quantity) || 1)),
      unitPriceCents: reaisToCents(item.unitPrice),
      totalCents: reaisToCents(item.totalPrice ?? item.price),
      notes: text(item.observations),
      options: (item.options ?? []).map((option: any) => ({
        externalCode: text(option.externalCode),
        name: String(option.name ?? ''),
        quantity: Math.max(1, Math.round(Number(option.quantity) || 1)),
        priceCents: reaisToCents(option.price),
      })),
    })),
    notes: text(raw.extraInfo),
    subtotalCents: reaisToCents(raw.total?.subTotal),
    deliveryFeeCents: reaisToCents(raw.total?.deliveryFee),
    discounts: benefits.flatMap((benefit) =>
      (benefit.sponsorshipValues ?? [])
        .filter((sponsor: any) => reaisToCents(sponsor.value) > 0)
        .map((sponsor: any) => ({ amountCents: reaisToCents(sponsor.value), sponsor: String(sponsor.name) })),
    ),
    totalCents: reaisToCents(raw.total?.orderAmount),
    payment: {
      prepaid: reaisToCents(raw.payments?.pending) === 0,
      method: String((offline ?? methods[0])?.method ?? 'UNKNOWN'),
      pendingCents: reaisToCents(raw.payments?.pending),
      changeForCents: cash?.cash?.changeFor !== undefined ? reaisToCents(cash.cash.changeFor) : null,
    },
  };
}
