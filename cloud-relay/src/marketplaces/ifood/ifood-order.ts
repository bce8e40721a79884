import { deliveryFeeCharged, itemCode, optionalText, reaisToCents, type MarketplaceAddress, type MarketplaceOrder, type PlatformEvent, type PlatformEventKind } from '../connector.js';

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

function address(raw: any): MarketplaceAddress | null {
  if (!raw) return null;
  const street = optionalText(raw.streetName);
  const number = optionalText(raw.streetNumber);
  const formatted = optionalText(raw.formattedAddress) ?? [street, number].filter(Boolean).join(', ');
  return {
    formatted,
    street,
    number,
    complement: optionalText(raw.complement),
    neighborhood: optionalText(raw.neighborhood),
    city: optionalText(raw.city),
    state: optionalText(raw.state),
    postalCode: optionalText(raw.postalCode),
    reference: optionalText(raw.reference),
  };
}

/** The iFood order (`GET /order/v1.0/orders/{id}`) in the relay's platform-neutral shape. */
export function toMarketplaceOrder(raw: any): MarketplaceOrder {
  const methods: any[] = raw.payments?.methods ?? [];
  const cash = methods.find((m) => m.method === 'CASH');
  const offline = methods.find((m) => m.type === 'OFFLINE');
  const benefits: any[] = raw.benefits ?? [];
  const onDelivery = (benefit: any) => benefit?.target === 'DELIVERY_FEE';
  return {
    platform: 'IFOOD',
    platformOrderId: String(raw.id),
    displayId: String(raw.displayId ?? raw.id).slice(0, 20),
    merchantId: String(raw.merchant?.id ?? ''),
    createdAt: new Date(raw.createdAt).toISOString(),
    confirmDeadline: new Date(new Date(raw.createdAt).getTime() + CONFIRM_WITHIN_MS).toISOString(),
    customerName: optionalText(raw.customer?.name),
    customerPhone: optionalText(raw.customer?.phone?.number),
    deliveryAddress: raw.orderType === 'DELIVERY' ? address(raw.delivery?.deliveryAddress) : null,
    items: (raw.items ?? []).map((item: any) => ({
      externalCode: itemCode(item.externalCode, item.id),
      name: String(item.name ?? ''),
      quantity: Math.max(1, Math.round(Number(item.quantity) || 1)),
      unitPriceCents: reaisToCents(item.unitPrice),
      totalCents: reaisToCents(item.totalPrice ?? item.price),
      notes: optionalText(item.observations),
      options: (item.options ?? []).map((option: any) => ({
        externalCode: itemCode(option.externalCode, option.id),
        name: String(option.name ?? ''),
        quantity: Math.max(1, Math.round(Number(option.quantity) || 1)),
        priceCents: reaisToCents(option.price),
      })),
    })),
    notes: optionalText(raw.extraInfo),
    subtotalCents: reaisToCents(raw.total?.subTotal),
    deliveryFeeCents: deliveryFeeCharged(reaisToCents(raw.total?.deliveryFee), benefits.filter(onDelivery).map((benefit) => reaisToCents(benefit.value))),
    // Discounts on the goods only: free delivery is off the delivery fee, whoever pays for it.
    discounts: benefits.filter((benefit) => !onDelivery(benefit)).flatMap((benefit) =>
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
