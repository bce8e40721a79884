import crypto from 'node:crypto';
import type { EventType, JournalEvent, NewEvent } from '../../../appliance/contract/index.js';
import type { JournalEvent as WireEvent } from '../ingest/event-schema.js';

/** An envelope as a store posts it to the relay. */
export type SyntheticEvent = WireEvent;

/** A store journal written by hand, event by event (a waiter's actions), numbered from 1. */
export function handJournal() {
  let seq = 0;
  return (type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: string): SyntheticEvent => ({
    seq: ++seq, id: crypto.randomUUID(), type, aggregateType, aggregateId, payload, actor: { type: 'user', id: 'waiter-1' }, correlationId: null, occurredAt,
  });
}

/** One unit of a product as an order line carries it, at its price, no discount. */
export const orderLine = (productId: string, name: string, cents: number) => ({
  itemId: crypto.randomUUID(), productId, name, categoryId: 'cat-1', quantity: 1, unit: 'UNIT', unitPriceCents: cents, discountCents: 0, totalCents: cents, appliedRules: [] as string[],
});

/**
 * One counter order of `products` different products (one unit each, priced R$ 1,00 plus n
 * centavos), paid in cash on `date`: a day whose product report runs long.
 */
export function saleOfManyProducts(products: number, date: string): { events: SyntheticEvent[]; totalCents: number } {
  const orderId = crypto.randomUUID();
  const paymentId = crypto.randomUUID();
  const items = Array.from({ length: products }, (_, index) => orderLine(`prod-${index}`, `Produto ${index}`, 100 + index));
  const totalCents = items.reduce((sum, item) => sum + item.totalCents, 0);
  const event = handJournal();
  const at = `${date}T18:00:00.000Z`;
  return {
    totalCents,
    events: [
      event('order.created', 'order', orderId, { orderId, number: 1, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items, subtotalCents: totalCents, discountCents: 0, totalCents }, at),
      event('payment.captured', 'payment', paymentId, { paymentId, orderId, businessDate: date, method: 'CASH', amountCents: totalCents, tenderedCents: totalCents, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, at),
    ],
  };
}

export const PAYMENT_METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX'] as const;
const PROVIDER_OF = { CASH: 'CASH', CREDIT: 'TEF', DEBIT: 'TEF', VOUCHER: 'TEF', PIX: 'ASAAS' } as const;

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

  private envelope(occurredAt: Date) {
    this.seq += 1;
    return { seq: this.seq, id: crypto.randomUUID(), actor: { type: 'user' as const, id: 'user-cashier' }, correlationId: null, occurredAt: occurredAt.toISOString() };
  }

  /** An event exactly as the store's commands journal it (typed by the contract). */
  private event<T extends EventType>(event: NewEvent<T>, occurredAt: Date): JournalEvent<T> {
    return { ...this.envelope(occurredAt), ...event } as JournalEvent<T>;
  }

  catalogEvents(at: Date): JournalEvent<'catalog.product_upserted'>[] {
    return this.products.map((product) =>
      this.event({
        type: 'catalog.product_upserted',
        aggregateType: 'product',
        aggregateId: product.id,
        payload: {
          product: { id: product.id, categoryId: 'cat-1', sku: product.id.toUpperCase(), name: product.name, type: 'SIMPLE', priceCents: product.priceCents, unit: 'UNIT', active: true, barcode: null },
        },
      }, at),
    );
  }

  /** order.created, payment.captured, order.completed: one paid order. */
  paidOrder(businessDate: string, at: Date): [JournalEvent<'order.created'>, JournalEvent<'payment.captured'>, JournalEvent<'order.completed'>] {
    const orderId = crypto.randomUUID();
    const itemCount = 1 + Math.floor(this.random() * 3);
    const items = Array.from({ length: itemCount }, () => {
      const product = this.products[Math.floor(this.random() * this.products.length)];
      const quantity = 1 + Math.floor(this.random() * 2);
      return {
        itemId: crypto.randomUUID(), productId: product.id, name: product.name, categoryId: 'cat-1', quantity, unit: 'UNIT' as const,
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
    const paymentId = crypto.randomUUID();
    return [
      this.event({
        type: 'order.created',
        aggregateType: 'order',
        aggregateId: orderId,
        payload: {
          orderId, number, businessDate, channel: 'COUNTER', tableId: null, customerId: null, consumerTaxIdGiven: false, status: 'DRAFT', items,
          subtotalCents: totalCents, discountCents: 0, totalCents,
        },
      }, at),
      this.event({
        type: 'payment.captured',
        aggregateType: 'payment',
        aggregateId: paymentId,
        payload: {
          paymentId, orderId, businessDate, method, amountCents: totalCents, tenderedCents: totalCents, changeCents: 0, provider: PROVIDER_OF[method],
          providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [],
        },
      }, at),
      this.event({
        type: 'order.completed',
        aggregateType: 'order',
        aggregateId: orderId,
        payload: { orderId, number, businessDate, status: 'COMPLETED', totalCents },
      }, at),
    ];
  }

  /**
   * The relay keeps the report as the store sent it, so any JSON stands in for the Z report here;
   * without `text` the day is closed as by a release before the printed Z was journaled.
   */
  businessDayClosed(date: string, report: Record<string, unknown>, at: Date, text?: string): SyntheticEvent {
    const businessDayId = `bd-${date}`;
    return { ...this.envelope(at), type: 'business_day.closed', aggregateType: 'business_day', aggregateId: businessDayId, payload: { businessDayId, date, report, text } };
  }
}
