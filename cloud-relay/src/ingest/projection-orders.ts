import type { JournalEvent } from './event-schema.js';
import { localHour } from './local-time.js';
import { integer, objects, required, text, type Payload } from './payload.js';
import type { BatchProjection, OrderItemRow, OrderRow } from './projection-state.js';

const ORDER_STATUS_EVENTS = new Set([
  'order.confirmed',
  'order.preparing',
  'order.ready',
  'order.delivering',
  'order.completed',
  'order.cancelled',
]);

/** Events that change an order's totals without changing its status. */
const ORDER_TOTALS_EVENTS = new Set(['order.items_added', 'order.discount_applied', 'order.items_transferred']);

export function isOrderEvent(type: string): boolean {
  return type === 'order.created' || ORDER_TOTALS_EVENTS.has(type) || ORDER_STATUS_EVENTS.has(type);
}

export function isPaymentEvent(type: string): boolean {
  return type === 'payment.captured' || type === 'payment.refunded';
}

function toItem(orderId: string, raw: Payload): OrderItemRow {
  return {
    id: required(text(raw, 'itemId'), 'itemId'),
    orderId,
    productId: text(raw, 'productId'),
    name: text(raw, 'name') ?? '',
    categoryId: text(raw, 'categoryId'),
    quantity: required(integer(raw, 'quantity'), 'quantity'),
    unit: text(raw, 'unit') ?? 'UNIT',
    unitPriceCents: integer(raw, 'unitPriceCents') ?? 0,
    discountCents: integer(raw, 'discountCents') ?? 0,
    totalCents: required(integer(raw, 'totalCents'), 'totalCents'),
  };
}

function addItems(state: BatchProjection, order: OrderRow, rawItems: Payload[]): void {
  for (const item of rawItems.map((raw) => toItem(order.id, raw))) {
    state.orderItems.set(item.id, item);
    state.changedItems.add(item.id);
    if (order.status !== 'CANCELLED') state.addProductSale(order.businessDate, item, 1);
  }
}

function touch(state: BatchProjection, order: OrderRow, event: JournalEvent): void {
  order.updatedAt = event.occurredAt;
  state.orders.set(order.id, order);
  state.changedOrders.add(order.id);
}

/** An order seen first through a later event (journal shipped from mid-history) still gets a row. */
function orderFor(state: BatchProjection, payload: Payload, event: JournalEvent): OrderRow {
  const orderId = required(text(payload, 'orderId'), 'orderId');
  const known = state.orders.get(orderId);
  if (known) return known;
  return {
    id: orderId,
    number: integer(payload, 'number'),
    businessDate: required(text(payload, 'businessDate'), 'businessDate'),
    channel: null,
    tableId: null,
    customerId: null,
    status: text(payload, 'status') ?? 'OPEN',
    subtotalCents: 0,
    discountCents: 0,
    totalCents: integer(payload, 'totalCents') ?? 0,
    paidCents: 0,
    createdAt: event.occurredAt,
    updatedAt: event.occurredAt,
  };
}

export function applyOrderEvent(state: BatchProjection, event: JournalEvent): void {
  const payload = event.payload;
  if (event.type === 'order.created') {
    const existing = state.orders.get(required(text(payload, 'orderId'), 'orderId'));
    const order: OrderRow = {
      id: required(text(payload, 'orderId'), 'orderId'),
      number: integer(payload, 'number'),
      businessDate: required(text(payload, 'businessDate'), 'businessDate'),
      channel: text(payload, 'channel'),
      tableId: text(payload, 'tableId'),
      customerId: text(payload, 'customerId'),
      status: text(payload, 'status') ?? 'OPEN',
      subtotalCents: integer(payload, 'subtotalCents') ?? 0,
      discountCents: integer(payload, 'discountCents') ?? 0,
      totalCents: required(integer(payload, 'totalCents'), 'totalCents'),
      paidCents: existing?.paidCents ?? 0,
      createdAt: event.occurredAt,
      updatedAt: event.occurredAt,
    };
    touch(state, order, event);
    addItems(state, order, objects(payload, 'items'));
    return;
  }
  const order = orderFor(state, payload, event);
  if (ORDER_TOTALS_EVENTS.has(event.type)) {
    order.subtotalCents = integer(payload, 'subtotalCents') ?? order.subtotalCents;
    order.discountCents = integer(payload, 'discountCents') ?? order.discountCents;
    order.totalCents = integer(payload, 'totalCents') ?? order.totalCents;
    touch(state, order, event);
    if (event.type === 'order.items_added') addItems(state, order, objects(payload, 'items'));
    if (event.type === 'order.items_transferred' && text(payload, 'direction') === 'IN') {
      const itemIds = Array.isArray(payload.itemIds) ? payload.itemIds.filter((id): id is string => typeof id === 'string') : [];
      for (const itemId of itemIds) {
        state.itemMoves.set(itemId, order.id);
        const item = state.orderItems.get(itemId);
        if (item) item.orderId = order.id;
      }
    }
    return;
  }
  const wasCancelled = order.status === 'CANCELLED';
  order.status = text(payload, 'status') ?? event.type.slice('order.'.length).toUpperCase();
  order.totalCents = integer(payload, 'totalCents') ?? order.totalCents;
  touch(state, order, event);
  if (order.status === 'CANCELLED' && !wasCancelled) {
    for (const item of state.orderItems.values()) {
      if (item.orderId === order.id) state.addProductSale(order.businessDate, item, -1);
    }
  }
}

export function applyPaymentEvent(state: BatchProjection, event: JournalEvent): void {
  const payload = event.payload;
  const hour = localHour(event.occurredAt, state.scope.timeZone);
  const businessDate = required(text(payload, 'businessDate'), 'businessDate');
  const method = required(text(payload, 'method'), 'method');
  const amountCents = required(integer(payload, 'amountCents'), 'amountCents');
  const paymentId = required(text(payload, 'paymentId'), 'paymentId');
  const order = orderFor(state, payload, event);
  if (event.type === 'payment.captured') {
    if (state.payments.has(paymentId)) return;
    const firstPayment = order.paidCents === 0;
    state.payments.set(paymentId, {
      id: paymentId,
      orderId: order.id,
      businessDate,
      method,
      amountCents,
      changeCents: integer(payload, 'changeCents') ?? 0,
      refundedCents: 0,
      provider: text(payload, 'provider'),
      cashierSessionId: text(payload, 'cashierSessionId'),
      capturedAt: event.occurredAt,
    });
    state.changedPayments.add(paymentId);
    order.paidCents += amountCents;
    touch(state, order, event);
    state.addHourly(businessDate, hour, method, { paymentsCount: 1, amountCents, ordersCount: firstPayment ? 1 : 0 });
    return;
  }
  const payment = state.payments.get(paymentId);
  if (payment) {
    payment.refundedCents += amountCents;
    state.changedPayments.add(paymentId);
  }
  order.paidCents -= amountCents;
  touch(state, order, event);
  state.addHourly(businessDate, hour, method, { refundedCents: amountCents });
}
