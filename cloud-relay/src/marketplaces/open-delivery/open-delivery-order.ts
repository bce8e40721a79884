import { deliveryFeeCharged, itemCode, optionalText, reaisToCents, type MarketplaceOrder, type PlatformEvent, type PlatformEventKind } from '../connector.js';

const KIND_OF_TYPE: Record<string, PlatformEventKind> = { CREATED: 'ORDER_PLACED', CANCELLED: 'ORDER_CANCELLED' };

const money = (price: { value?: number } | undefined | null) => reaisToCents(price?.value);

/** An Open Delivery event (`eventId`, `eventType`, `orderId`, `createdAt`, `sourceAppId`). */
export function toPlatformEvent(raw: any): PlatformEvent {
  if (typeof raw?.eventId !== 'string' || typeof raw.eventType !== 'string' || typeof raw.createdAt !== 'string') {
    throw new Error('Open Delivery event without eventId, eventType or createdAt');
  }
  return {
    id: raw.eventId,
    kind: KIND_OF_TYPE[raw.eventType] ?? 'OTHER',
    code: raw.eventType,
    platformOrderId: optionalText(raw.orderId),
    merchantId: optionalText(raw.merchantId),
    occurredAt: new Date(raw.createdAt).toISOString(),
    raw,
  };
}

/** An Open Delivery v1 order (`GET /v1/orders/{orderId}`) in the relay's neutral shape. */
export function toMarketplaceOrder(raw: any): MarketplaceOrder {
  const methods: any[] = raw.payments?.methods ?? [];
  const pending = methods.find((m) => m.type === 'PENDING');
  const address = raw.delivery?.deliveryAddress;
  const fees: any[] = raw.otherFees ?? [];
  const discounts: any[] = raw.discounts ?? [];
  const onDelivery = (discount: any) => discount?.target === 'DELIVERY_FEE';
  return {
    platform: 'OPEN_DELIVERY',
    platformOrderId: String(raw.id),
    displayId: String(raw.displayId ?? raw.id).slice(0, 20),
    merchantId: String(raw.merchant?.id ?? ''),
    createdAt: new Date(raw.createdAt).toISOString(),
    // The standard carries no confirmation deadline (each app has its own): `preparationStartDateTime`
    // is when to start cooking, the moment of placing for an instant order, never a reason to refuse it.
    confirmDeadline: null,
    customerName: optionalText(raw.customer?.name),
    customerPhone: optionalText(raw.customer?.phone?.number),
    deliveryAddress: address
      ? {
          formatted: optionalText(address.formattedAddress) ?? [address.street, address.number].filter(Boolean).join(', '),
          street: optionalText(address.street),
          number: optionalText(address.number),
          complement: optionalText(address.complement),
          neighborhood: optionalText(address.district),
          city: optionalText(address.city),
          state: optionalText(address.state),
          postalCode: optionalText(address.postalCode),
          reference: optionalText(address.reference),
        }
      : null,
    items: (raw.items ?? []).map((item: any) => ({
      externalCode: itemCode(item.externalCode, item.id),
      name: String(item.name ?? ''),
      quantity: Math.max(1, Math.round(Number(item.quantity) || 1)),
      unitPriceCents: money(item.unitPrice),
      totalCents: money(item.totalPrice),
      notes: optionalText(item.specialInstructions),
      options: (item.options ?? []).map((option: any) => ({
        externalCode: itemCode(option.externalCode, option.id),
        name: String(option.name ?? ''),
        quantity: Math.max(1, Math.round(Number(option.quantity) || 1)),
        priceCents: money(option.totalPrice ?? option.unitPrice),
      })),
    })),
    notes: optionalText(raw.extraInfo),
    subtotalCents: money(raw.total?.itemsPrice),
    deliveryFeeCents: deliveryFeeCharged(
      fees.filter((fee) => fee.type === 'DELIVERY_FEE').reduce((sum, fee) => sum + money(fee.price), 0),
      discounts.filter(onDelivery).map((discount) => money(discount.value)),
    ),
    // Discounts on the goods only: free delivery is off the delivery fee, whoever pays for it.
    discounts: discounts.filter((discount) => !onDelivery(discount)).flatMap((discount: any) =>
      (discount.sponsorshipValues ?? []).map((sponsor: any) => ({ amountCents: money(sponsor.amount), sponsor: String(sponsor.name) })),
    ),
    totalCents: money(raw.total?.orderAmount),
    payment: {
      prepaid: reaisToCents(raw.payments?.pending) === 0,
      method: String((pending ?? methods[0])?.method ?? 'UNKNOWN'),
      pendingCents: reaisToCents(raw.payments?.pending),
      changeForCents: pending?.changeFor !== undefined ? reaisToCents(pending.changeFor) : null,
    },
  };
}
