import type { z } from 'zod';
import { EVENTS } from '../../../appliance/contract/index.js';
import type { JournalEvent } from './event-schema.js';
import { localHour } from './local-time.js';
import { isPlausibleBusinessDate } from './plausible-time.js';
import { proportionalShares } from './proportional-shares.js';
import { readPayload, UnreadablePayload } from './read-payload.js';
import type { BatchProjection, OrderItemRow, OrderRow } from './projection-state.js';

const statusFields = { orderId: true, number: true, businessDate: true, status: true, totalCents: true } as const;
const totalsFields = { orderId: true, subtotalCents: true, discountCents: true, totalCents: true } as const;

const orderCreated = EVENTS['order.created'].schema.pick({
  orderId: true, number: true, businessDate: true, channel: true, tableId: true, customerId: true, status: true, items: true,
  subtotalCents: true, discountCents: true, totalCents: true,
});

/** Status changes the relay follows, each read through its own schema. */
const ORDER_STATUS_EVENTS = {
  'order.confirmed': EVENTS['order.confirmed'].schema.pick(statusFields),
  'order.preparing': EVENTS['order.preparing'].schema.pick(statusFields),
  'order.ready': EVENTS['order.ready'].schema.pick(statusFields),
  'order.delivering': EVENTS['order.delivering'].schema.pick(statusFields),
  'order.completed': EVENTS['order.completed'].schema.pick(statusFields),
  'order.cancelled': EVENTS['order.cancelled'].schema.pick(statusFields),
};

/** Events that change an order's totals without changing its status. */
const ORDER_TOTALS_EVENTS = {
  'order.items_added': EVENTS['order.items_added'].schema.pick({ ...totalsFields, items: true }),
  'order.discount_applied': EVENTS['order.discount_applied'].schema.pick(totalsFields),
  'order.items_transferred': EVENTS['order.items_transferred'].schema.pick({ ...totalsFields, direction: true, itemIds: true }),
  'order.item_cancelled': EVENTS['order.item_cancelled'].schema.pick({ ...totalsFields, itemId: true }),
  'order.line_discounts_lowered': EVENTS['order.line_discounts_lowered'].schema.pick({ ...totalsFields, cancelledItemId: true, items: true }),
};

const paymentCaptured = EVENTS['payment.captured'].schema.pick({
  paymentId: true, orderId: true, businessDate: true, method: true, amountCents: true, changeCents: true, provider: true, cashierSessionId: true,
});
const paymentRefunded = EVENTS['payment.refunded'].schema.pick({ paymentId: true, orderId: true, businessDate: true, method: true, amountCents: true });

const isIn = <M extends object>(map: M, type: string): type is Extract<keyof M, string> => Object.hasOwn(map, type);

type OrderItem = z.output<typeof orderCreated>['items'][number];

function toItem(order: OrderRow, item: OrderItem): OrderItemRow {
  return {
    id: item.itemId, orderId: order.id, businessDate: order.businessDate, productId: item.productId, name: item.name, categoryId: item.categoryId, quantity: item.quantity,
    unit: item.unit, unitPriceCents: item.unitPriceCents, discountCents: item.discountCents, totalCents: item.totalCents,
    orderDiscountCents: 0, refundedCents: 0,
  };
}

function addItems(state: BatchProjection, order: OrderRow, items: OrderItem[]): void {
  for (const item of items.map((raw) => toItem(order, raw))) {
    state.orderItems.set(item.id, item);
    state.changedItems.add(item.id);
    if (order.status !== 'CANCELLED') state.addProductSale(order.businessDate, item, 1);
  }
}

/**
 * One line of a live order cancelled (the guest gave up a dish): its sale comes off the day it was
 * counted on, and the row stays with nothing sold (quantity and amounts 0), which is how a later
 * cancel of the whole order knows not to take it off twice.
 */
function cancelLine(state: BatchProjection, order: OrderRow, itemId: string): void {
  const item = state.orderItems.get(itemId);
  if (!item || isCancelledLine(item)) return;
  if (order.status !== 'CANCELLED') state.addProductSale(item.businessDate, item, -1);
  state.orderItems.set(itemId, { ...item, quantity: 0, discountCents: 0, totalCents: 0, orderDiscountCents: 0, refundedCents: 0 });
  state.changedItems.add(itemId);
}

const isCancelledLine = (item: OrderItemRow) => item.quantity === 0;

/** Lines that lost their share of a combo with a cancelled dish: the product sales follow their new totals. */
function lowerLines(state: BatchProjection, order: OrderRow, lines: { itemId: string; discountCents: number; totalCents: number }[]): void {
  for (const line of lines) {
    const item = state.orderItems.get(line.itemId);
    if (!item || isCancelledLine(item)) continue;
    const lowered = { ...item, discountCents: line.discountCents, totalCents: line.totalCents };
    if (order.status !== 'CANCELLED') {
      state.addProductSale(item.businessDate, item, -1);
      state.addProductSale(item.businessDate, lowered, 1);
    }
    state.orderItems.set(line.itemId, lowered);
    state.changedItems.add(line.itemId);
  }
}

function touch(state: BatchProjection, order: OrderRow, event: JournalEvent): void {
  order.updatedAt = event.occurredAt;
  state.orders.set(order.id, order);
  state.changedOrders.add(order.id);
}

interface OrderSeed {
  number?: number;
  businessDate?: string;
  status?: string;
  totalCents?: number;
}

/** An order seen first through a later event (journal shipped from mid-history) still gets a row. */
function orderFor(state: BatchProjection, orderId: string, seed: OrderSeed, event: JournalEvent): OrderRow {
  const known = state.orders.get(orderId);
  if (known) return known;
  if (seed.businessDate === undefined) throw new UnreadablePayload(event.type, `order ${orderId} unknown and no businessDate`);
  return {
    id: orderId,
    number: seed.number ?? null,
    businessDate: seed.businessDate,
    channel: null,
    tableId: null,
    customerId: null,
    status: seed.status ?? 'OPEN',
    subtotalCents: 0,
    discountCents: 0,
    totalCents: seed.totalCents ?? 0,
    paidCents: 0,
    capturedCents: 0,
    createdAt: event.occurredAt,
    updatedAt: event.occurredAt,
  };
}

/** An order or payment event read through its schema, once: the ids drive the preload, the rest the projection. */
export type OrderChange =
  | { event: JournalEvent; kind: 'created'; orderId: string; data: z.output<typeof orderCreated> }
  | { event: JournalEvent; kind: 'totals'; orderId: string; data: z.output<(typeof ORDER_TOTALS_EVENTS)[keyof typeof ORDER_TOTALS_EVENTS]> }
  | { event: JournalEvent; kind: 'status'; orderId: string; data: z.output<(typeof ORDER_STATUS_EVENTS)[keyof typeof ORDER_STATUS_EVENTS]> }
  | { event: JournalEvent; kind: 'captured'; orderId: string; data: z.output<typeof paymentCaptured> }
  | { event: JournalEvent; kind: 'refunded'; orderId: string; data: z.output<typeof paymentRefunded> };

/** Null for an event that is no order or payment event the relay projects. */
export function readOrderChange(event: JournalEvent): OrderChange | null {
  const type = event.type;
  const change = (() => {
    if (type === 'order.created') return { kind: 'created' as const, data: readPayload(orderCreated, event) };
    if (isIn(ORDER_TOTALS_EVENTS, type)) return { kind: 'totals' as const, data: readPayload(ORDER_TOTALS_EVENTS[type], event) };
    if (isIn(ORDER_STATUS_EVENTS, type)) return { kind: 'status' as const, data: readPayload(ORDER_STATUS_EVENTS[type], event) };
    if (type === 'payment.captured') return { kind: 'captured' as const, data: readPayload(paymentCaptured, event) };
    if (type === 'payment.refunded') return { kind: 'refunded' as const, data: readPayload(paymentRefunded, event) };
    return null;
  })();
  // Rows are partitioned by month of business date: a date no store could have (its clock far off,
  // or a hostile payload) is kept raw and not projected, rather than creating a far month.
  const businessDate = (change?.data as { businessDate?: string } | undefined)?.businessDate;
  if (businessDate !== undefined && !isPlausibleBusinessDate(businessDate)) throw new UnreadablePayload(type, `businessDate ${businessDate} out of range`);
  return change && ({ event, orderId: change.data.orderId, ...change } as OrderChange);
}

function applyCreated(state: BatchProjection, event: JournalEvent, created: z.output<typeof orderCreated>): void {
  const order: OrderRow = {
    id: created.orderId,
    number: created.number,
    businessDate: created.businessDate,
    channel: created.channel,
    tableId: created.tableId,
    customerId: created.customerId,
    status: created.status,
    subtotalCents: created.subtotalCents,
    discountCents: created.discountCents,
    totalCents: created.totalCents,
    paidCents: state.orders.get(created.orderId)?.paidCents ?? 0,
    capturedCents: state.orders.get(created.orderId)?.capturedCents ?? 0,
    createdAt: event.occurredAt,
    updatedAt: event.occurredAt,
  };
  touch(state, order, event);
  addItems(state, order, created.items);
}

export function applyOrderChange(state: BatchProjection, change: OrderChange): void {
  const { event } = change;
  switch (change.kind) {
    case 'created':
      return applyCreated(state, event, change.data);
    case 'totals': {
      const totals = change.data;
      const order = orderFor(state, totals.orderId, {}, event);
      order.subtotalCents = totals.subtotalCents;
      order.discountCents = totals.discountCents;
      order.totalCents = totals.totalCents;
      touch(state, order, event);
      state.ordersToSpread.add(order.id);
      if ('cancelledItemId' in totals) lowerLines(state, order, totals.items);
      else if ('items' in totals) addItems(state, order, totals.items);
      if ('itemId' in totals) cancelLine(state, order, totals.itemId);
      if ('direction' in totals && totals.direction === 'IN') {
        for (const itemId of totals.itemIds) {
          state.itemMoves.set(itemId, order.id);
          const item = state.orderItems.get(itemId);
          if (item) item.orderId = order.id;
        }
      }
      return;
    }
    case 'status': {
      const status = change.data;
      const order = orderFor(state, status.orderId, status, event);
      const wasCancelled = order.status === 'CANCELLED';
      order.status = status.status;
      order.totalCents = status.totalCents;
      touch(state, order, event);
      if (order.status === 'CANCELLED' && !wasCancelled) {
        // Taken off the day the line was counted on: a line moved from another day's order keeps its date.
        for (const item of state.orderItems.values()) {
          if (item.orderId === order.id && !isCancelledLine(item)) state.addProductSale(item.businessDate, item, -1);
        }
      }
      return;
    }
    case 'captured':
      return applyCapture(state, event, change.data);
    case 'refunded':
      return applyRefund(state, event, change.data);
  }
}

function applyCapture(state: BatchProjection, event: JournalEvent, payment: z.output<typeof paymentCaptured>): void {
  const order = orderFor(state, payment.orderId, { businessDate: payment.businessDate }, event);
  // A payment HQ already holds (captured earlier in this batch, or stored: preloaded) is counted once.
  if (state.payments.has(payment.paymentId)) return;
  // Not paidCents: a refund before settlement brings that back to 0, and the order would count again.
  const firstPayment = order.capturedCents === 0;
  state.payments.set(payment.paymentId, {
    id: payment.paymentId,
    orderId: order.id,
    businessDate: payment.businessDate,
    method: payment.method,
    amountCents: payment.amountCents,
    changeCents: payment.changeCents,
    refundedCents: 0,
    provider: payment.provider,
    cashierSessionId: payment.cashierSessionId,
    capturedAt: event.occurredAt,
  });
  state.changedPayments.add(payment.paymentId);
  order.paidCents += payment.amountCents;
  order.capturedCents += payment.amountCents;
  touch(state, order, event);
  const hour = localHour(event.occurredAt, state.scope.timeZone);
  state.addHourly(payment.businessDate, hour, payment.method, { paymentsCount: 1, amountCents: payment.amountCents, ordersCount: firstPayment ? 1 : 0 });
}

function applyRefund(state: BatchProjection, event: JournalEvent, refund: z.output<typeof paymentRefunded>): void {
  const order = orderFor(state, refund.orderId, { businessDate: refund.businessDate }, event);
  const payment = state.payments.get(refund.paymentId);
  if (payment) {
    payment.refundedCents += refund.amountCents;
    state.changedPayments.add(refund.paymentId);
  }
  order.paidCents -= refund.amountCents;
  touch(state, order, event);
  state.ordersToSpread.add(order.id);
  state.refundDays.set(order.id, refund.businessDate);
  const hour = localHour(event.occurredAt, state.scope.timeZone);
  state.addHourly(refund.businessDate, hour, refund.method, { refundedCents: refund.amountCents });
}

/**
 * Spreads the discount and the refunds of each order the batch changed over its lines, as the
 * store's bill does (in proportion, to the centavo, largest remainder first): the order's discount
 * over what each line costs, then the refunds over what each line was charged, so products add up
 * to the net sales. Each line's product sales change by the difference from its last shares; refund
 * shares come off the products on the refund's day, as the refund comes off that day's sales.
 * Needs every line of those orders in the batch (the preload reads the stored ones).
 */
export function spreadOrderShares(state: BatchProjection): void {
  if (state.ordersToSpread.size === 0) return;
  const linesByOrder = new Map<string, OrderItemRow[]>();
  for (const item of state.orderItems.values()) {
    if (!state.ordersToSpread.has(item.orderId) || isCancelledLine(item)) continue;
    const lines = linesByOrder.get(item.orderId) ?? [];
    lines.push(item);
    linesByOrder.set(item.orderId, lines);
  }
  for (const orderId of state.ordersToSpread) {
    const order = state.orders.get(orderId);
    // A cancelled order's lines, shares and all, came off its products when it was cancelled.
    if (!order || order.status === 'CANCELLED') continue;
    // HQ keeps no line positions: in line id order, a tie for a leftover centavo goes the same way every time.
    const lines = (linesByOrder.get(orderId) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    spreadOverLines(state, order, lines);
  }
}

function spreadOverLines(state: BatchProjection, order: OrderRow, lines: OrderItemRow[]): void {
  const linesCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  // subtotal − discount is what the lines cost after the order's own discount (the delivery fee aside).
  const orderDiscount = clamp(linesCents - (order.subtotalCents - order.discountCents), linesCents);
  const discountShares = proportionalShares(orderDiscount, lines.map((line) => line.totalCents));
  const charged = lines.map((line, i) => line.totalCents - discountShares[i]);
  // What was captured and given back: a refund of a fee or a tip beyond the goods takes off no product.
  const refunded = clamp(order.capturedCents - order.paidCents, linesCents - orderDiscount);
  const refundShares = proportionalShares(refunded, charged);
  const refundDay = state.refundDays.get(order.id);
  lines.forEach((line, i) => {
    const delta = { discountCents: discountShares[i] - line.orderDiscountCents, refundedCents: refundShares[i] - line.refundedCents };
    if (delta.discountCents === 0 && delta.refundedCents === 0) return;
    if (delta.discountCents !== 0) state.addProductShares(line.businessDate, line, { discountCents: delta.discountCents, refundedCents: 0 });
    if (delta.refundedCents !== 0) state.addProductShares(refundDay ?? line.businessDate, line, { discountCents: 0, refundedCents: delta.refundedCents });
    const spread = { ...line, orderDiscountCents: discountShares[i], refundedCents: refundShares[i] };
    state.orderItems.set(line.id, spread);
    state.changedItems.add(line.id);
  });
}

const clamp = (cents: number, max: number) => Math.max(0, Math.min(cents, max));
