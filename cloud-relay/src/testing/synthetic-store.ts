import crypto from 'node:crypto';

export interface SyntheticEvent {
  seq: number;
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  actor: { type: string; id: string } | null;
  correlationId: string | null;
  occurredAt: string;
}

export const PAYMENT_METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX'] as const;

/** Deterministic pseudo-random numbers so a failing trial can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/**
 * Produces journal envelopes shaped like docs/events.md for a store selling and being paid, and
 * keeps its own totals so tests can compare them with what the relay computed.
 */
export class SyntheticStore {
  private seq: number;
  readonly totals = { orders: 0, paidCents: 0, byMethod: new Map<string, number>(), byProduct: new Map<string, number>() };
  readonly products = [
    { id: 'prod-xburger', name: 'X-Burger', priceCents: 2890 },
    { id: 'prod-coxinha', name: 'Coxinha', priceCents: 750 },
    { id: 'prod-guarana', name: 'Guaraná 350ml', priceCents: 600 },
    { id: 'prod-acai', name: 'Açaí 500ml', priceCents: 1990 },
    { id: 'prod-pf', name: 'Prato feito', priceCents: 3290 },
  ];

  constructor(
    private readonly random: () => number = Math.random,
    startSeq = 1,
  ) {
    this.seq = startSeq - 1;
  }

  private event(type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: Date): SyntheticEvent {
    this.seq += 1;
    return {
      seq: this.seq,
      id: crypto.randomUUID(),
      type,
      aggregateType,
      aggregateId,
      payload,
      actor: { type: 'user', id: 'user-cashier' },
      correlationId: null,
      occurredAt: occurredAt.toISOString(),
    };
  }

  catalogEvents(at: Date): SyntheticEvent[] {
    return this.products.map((product) =>
      this.event('catalog.product_upserted', 'product', product.id, {
        product: { id: product.id, categoryId: 'cat-1', sku: product.id.toUpperCase(), name: product.name, type: 'SIMPLE', priceCents: product.priceCents, unit: 'UNIT', active: true, barcode: null },
      }, at),
    );
  }

  /** order.created, payment.captured, order.completed: one paid order. */
  paidOrder(businessDate: string, at: Date): SyntheticEvent[] {
    const orderId = crypto.randomUUID();
    const itemCount = 1 + Math.floor(this.random() * 3);
    const items = Array.from({ length: itemCount }, () => {
      const product = this.products[Math.floor(this.random() * this.products.length)];
      const quantity = 1 + Math.floor(this.random() * 2);
      return {
        itemId: crypto.randomUUID(), productId: product.id, name: product.name, categoryId: 'cat-1', quantity, unit: 'UNIT',
        unitPriceCents: product.priceCents, discountCents: 0, totalCents: quantity * product.priceCents, appliedRules: [],
      };
    });
    const totalCents = items.reduce((sum, item) => sum + item.totalCents, 0);
    const method = PAYMENT_METHODS[Math.floor(this.random() * PAYMENT_METHODS.length)];
    this.totals.orders += 1;
    this.totals.paidCents += totalCents;
    this.totals.byMethod.set(method, (this.totals.byMethod.get(method) ?? 0) + totalCents);
    for (const item of items) this.totals.byProduct.set(item.productId, (this.totals.byProduct.get(item.productId) ?? 0) + item.totalCents);
    const number = this.totals.orders;
    return [
      this.event('order.created', 'order', orderId, {
        orderId, number, businessDate, channel: 'COUNTER', tableId: null, customerId: null, status: 'OPEN', items,
        subtotalCents: totalCents, discountCents: 0, totalCents,
      }, at),
      this.event('payment.captured', 'payment', orderId, {
        paymentId: crypto.randomUUID(), orderId, businessDate, method, amountCents: totalCents, changeCents: 0, provider: null, cashierSessionId: 'cs-1',
      }, at),
      this.event('order.completed', 'order', orderId, { orderId, number, businessDate, status: 'COMPLETED', totalCents }, at),
    ];
  }

  businessDayClosed(date: string, report: Record<string, unknown>, at: Date): SyntheticEvent {
    return this.event('business_day.closed', 'business_day', `bd-${date}`, { businessDayId: `bd-${date}`, date, report }, at);
  }
}
