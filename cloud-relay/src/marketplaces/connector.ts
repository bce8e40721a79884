/**
 * One interface for every ordering platform: a platform is one folder under `marketplaces/` with
 * a connector (this interface), its order mapping and an in-repo simulator of its API.
 */

/** What the relay does with a platform event; anything else is stored and acknowledged only. */
export type PlatformEventKind = 'ORDER_PLACED' | 'ORDER_CANCELLED' | 'OTHER';

export interface PlatformEvent {
  id: string;
  kind: PlatformEventKind;
  /** The platform's own code (iFood `PLC`, `CAN`, …), kept for the operator and the logs. */
  code: string;
  platformOrderId: string | null;
  merchantId: string | null;
  occurredAt: string;
  raw: unknown;
  /** Platforms that send the whole order in the event (Rappi) need no details call. */
  order?: MarketplaceOrder;
}

/** The lifecycle calls the relay makes on the store's behalf, in this order. */
export const ORDER_ACTIONS = ['CONFIRM', 'START_PREPARATION', 'READY', 'DISPATCH', 'CANCEL'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** A store's credentials at one platform, as HQ entered them (sealed at rest). */
export interface PlatformCredentials {
  clientId: string;
  clientSecret: string;
  /** Where the platform signs webhooks with a secret of their own (Rappi); else the client secret signs. */
  webhookSecret?: string;
}

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/** Everything a call needs: where the platform is, who the store is there, and a valid token. */
export interface PlatformSession {
  apiUrl: string;
  merchantId: string;
  credentials: PlatformCredentials;
  accessToken(): Promise<string>;
}

export interface MarketplaceAddress {
  formatted: string;
  street: string | null;
  number: string | null;
  complement: string | null;
  neighborhood: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  reference: string | null;
}

export interface MarketplaceOrderItem {
  /** The platform item's external code: what the store maps to one of its products. */
  externalCode: string | null;
  name: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  notes: string | null;
  options: { externalCode: string | null; name: string; quantity: number; priceCents: number }[];
}

/** A platform order in the shape the store receives it (downstream `marketplace.order_received`). */
export interface MarketplaceOrder {
  platform: string;
  platformOrderId: string;
  displayId: string;
  merchantId: string;
  createdAt: string;
  /** When the platform cancels an order nobody confirmed. */
  confirmDeadline: string | null;
  customerName: string | null;
  customerPhone: string | null;
  deliveryAddress: MarketplaceAddress | null;
  items: MarketplaceOrderItem[];
  notes: string | null;
  subtotalCents: number;
  deliveryFeeCents: number;
  /** Discounts and who pays for them (`PLATFORM`, `MERCHANT`, …). */
  discounts: { amountCents: number; sponsor: string }[];
  totalCents: number;
  payment: { prepaid: boolean; method: string; pendingCents: number; changeForCents: number | null };
}

/** A call the platform refused for good (4xx): retrying would not help. */
export class PlatformRejected extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'PlatformRejected';
  }
}

/** Order details the relay cannot read (not JSON, a field missing, a date or an amount malformed). */
export class UnreadableOrder extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableOrder';
  }
}

/**
 * A platform's order details in the neutral shape, or UnreadableOrder saying what in them cannot
 * be read: a mapping that throws (an impossible date) or yields amounts that are not whole
 * centavos must not reach the store, whose order, tender and NFC-e are built from them.
 */
export function readOrderDetails(platform: string, raw: unknown, toOrder: (raw: any) => MarketplaceOrder): MarketplaceOrder {
  if (typeof raw !== 'object' || raw === null) throw new UnreadableOrder(`${platform} order details are not a JSON object`);
  let order: MarketplaceOrder;
  try {
    order = toOrder(raw);
  } catch (error) {
    throw new UnreadableOrder(`${platform} order details: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problem = orderProblem(order);
  if (problem) throw new UnreadableOrder(`${platform} order details: ${problem}`);
  return order;
}

function orderProblem(order: MarketplaceOrder): string | null {
  if (!order.platformOrderId || order.platformOrderId === 'undefined') return 'no order id';
  if (order.items.length === 0) return 'no items';
  const amounts = [
    order.subtotalCents, order.deliveryFeeCents, order.totalCents, order.payment.pendingCents, order.payment.changeForCents ?? 0,
    ...order.discounts.map((discount) => discount.amountCents),
    ...order.items.flatMap((item) => [item.unitPriceCents, item.totalCents, ...item.options.map((option) => option.priceCents)]),
  ];
  if (!amounts.every(Number.isSafeInteger)) return 'an amount is not a number';
  return null;
}

export interface MarketplaceConnector {
  readonly platform: string;
  /** Checked on the raw body BEFORE it is parsed: a bad signature is refused and nothing is stored. */
  verifyWebhook(rawBody: Buffer, headers: Headers, credentials: PlatformCredentials): boolean;
  parseWebhook(rawBody: Buffer): PlatformEvent[];
  authenticate(apiUrl: string, credentials: PlatformCredentials): Promise<AccessToken>;
  /** New events, oldest first; acknowledged with `acknowledge` only after they are stored. */
  poll(session: PlatformSession): Promise<PlatformEvent[]>;
  acknowledge(session: PlatformSession, events: readonly PlatformEvent[]): Promise<void>;
  /** The order's details, or null while the platform does not have them yet (404: retried). */
  fetchOrder(session: PlatformSession, platformOrderId: string): Promise<MarketplaceOrder | null>;
  perform(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<void>;
  /**
   * Whether the platform already shows `action` done for the order. Asked before a retry whose
   * earlier attempt may have reached the platform (its node died or lost the lease before marking
   * the job done), so the call is not made a second time. False when the platform cannot tell.
   */
  alreadyDone(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<boolean>;
}

/** For platforms that deliver only by webhook: nothing to poll, nothing to acknowledge. */
export const WEBHOOK_ONLY: Pick<MarketplaceConnector, 'poll' | 'acknowledge'> = {
  poll: async () => [],
  // A webhook delivery is acknowledged by answering it 202.
  acknowledge: async () => undefined,
};

/**
 * For connectors that do not read the order's state back from the platform: a retry is always
 * sent, so a call in flight when its node died can reach the platform twice.
 */
export const CANNOT_TELL_IF_DONE: Pick<MarketplaceConnector, 'alreadyDone'> = {
  alreadyDone: async () => false,
};

/**
 * A poll's events, read one by one and oldest first. An event the relay cannot read (a field
 * missing, a time it cannot parse) is left out, so it is not acknowledged either: the platform
 * keeps it for a relay that can read it, and the orders polled beside it are not held back by it
 * (one throw would fail every poll from then on and leave the store without orders).
 */
export function readPolledEvents(raws: readonly unknown[], read: (raw: any) => PlatformEvent): PlatformEvent[] {
  const events = raws.flatMap((raw) => {
    try {
      return [read(raw)];
    } catch {
      return [];
    }
  });
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/** A platform's optional text field: trimmed, or null when missing or blank. */
export const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The code the store maps an item or option by: the merchant's own PDV code, else the platform's
 * catalog id for it (never the order line's id, which changes on every order), so an item nobody
 * coded at the platform can still be mapped once. The prefix keeps a catalog id from passing for a
 * PDV code of another product.
 */
export function itemCode(pdvCode: unknown, catalogId: unknown): string | null {
  const id = typeof catalogId === 'number' ? String(catalogId) : optionalText(catalogId);
  return optionalText(pdvCode) ?? (id === null ? null : `id:${id}`);
}

/**
 * The delivery fee the customer was charged: the platform's fee less its discounts on delivery
 * ("entrega grátis", by the platform or by the store), never below zero. Such a discount is not
 * one on the goods: taking it off the goods would cut the store's sales and the NFC-e by it.
 */
export function deliveryFeeCharged(feeCents: number, deliveryDiscountsCents: readonly number[]): number {
  return Math.max(0, feeCents - deliveryDiscountsCents.reduce((sum, cents) => sum + cents, 0));
}

/** Platform decimal reais (`29.9`) to integer centavos, without float drift (`0.1 + 0.2`). */
export function reaisToCents(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return 0;
  const [whole, fraction = ''] = Number(value).toFixed(2).split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0')));
}
