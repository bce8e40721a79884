import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { executePrepared } from '../db/prepared-statements.js';
import { type MonthPartitions, monthOf } from '../db/month-partitions.js';
import type { PartitionedTable } from '../db/partitions.js';
import type { JournalEvent } from './event-schema.js';
import { applyOrderChange, readOrderChange, spreadOrderShares, type OrderChange } from './projection-orders.js';
import { applyReferenceEvent, tableIdsToLoad } from './projection-reference.js';
import { UnreadablePayload } from './read-payload.js';
import { BatchProjection, type OrderItemRow, type OrderRow, type PaymentRow, type ProjectionScope } from './projection-state.js';
import { projectionWrites, writeAfterProjection } from './projection-flush.js';
import type { StatementPart } from '../db/one-statement.js';

/** What a batch's order and payment events need read back before they are applied. */
interface PreloadNeeds {
  /** Orders the batch updates but did not create. */
  orderIds: Set<string>;
  cancelledOrderIds: Set<string>;
  /** Lines moved into an order that the batch then cancels: their stored row still names the order they left. */
  linesMovedIntoCancelled: Set<string>;
  /** Lines the batch cancels one by one (a dish given up), and those whose combo share left with it: their stored rows' sales change. */
  cancelledLineIds: Set<string>;
  refundedPaymentIds: Set<string>;
  /** Orders whose lines or refunds the batch changes: their discount and refunds are spread again over every line. */
  spreadOrderIds: Set<string>;
  /** Payments captured on orders the batch did not create, with their business dates: HQ may hold one already. */
  capturedElsewhere: Map<string, string>;
}

function preloadNeeds(changes: OrderChange[]): PreloadNeeds {
  const needs: PreloadNeeds = { orderIds: new Set(), cancelledOrderIds: new Set(), linesMovedIntoCancelled: new Set(), cancelledLineIds: new Set(), refundedPaymentIds: new Set(), spreadOrderIds: new Set(), capturedElsewhere: new Map() };
  const createdHere = new Set<string>();
  const movedInto = new Map<string, string>();
  for (const { event, orderId, ...change } of changes) {
    // An order created in this batch has no earlier row to load (the journal creates it once), nor
    // stored payments: a tender is captured on an order that exists.
    if (change.kind === 'created' && !needs.orderIds.has(orderId)) createdHere.add(orderId);
    if (!createdHere.has(orderId)) needs.orderIds.add(orderId);
    if (event.type === 'order.cancelled') needs.cancelledOrderIds.add(orderId);
    if (change.kind === 'totals' && 'direction' in change.data && change.data.direction === 'IN') {
      for (const itemId of change.data.itemIds) movedInto.set(itemId, orderId);
    }
    if (change.kind === 'totals' && 'itemId' in change.data) needs.cancelledLineIds.add(change.data.itemId);
    if (change.kind === 'totals' && 'cancelledItemId' in change.data) for (const line of change.data.items) needs.cancelledLineIds.add(line.itemId);
    if (change.kind === 'refunded') needs.refundedPaymentIds.add(change.data.paymentId);
    if ((change.kind === 'totals' || change.kind === 'refunded') && !createdHere.has(orderId)) needs.spreadOrderIds.add(orderId);
    if (change.kind === 'captured' && !createdHere.has(orderId)) needs.capturedElsewhere.set(change.data.paymentId, change.data.businessDate);
  }
  for (const [itemId, orderId] of movedInto) if (needs.cancelledOrderIds.has(orderId)) needs.linesMovedIntoCancelled.add(itemId);
  return needs;
}

/** Loads the rows that this batch's events update but did not create, in a few queries whatever the size. */
async function preload(executor: RelayDb, state: BatchProjection, changes: OrderChange[], events: JournalEvent[]): Promise<void> {
  const needs = preloadNeeds(changes);
  const storeId = state.scope.storeId;
  const tableIds = tableIdsToLoad(events);
  if (tableIds.length > 0) {
    const rows = await executor.selectFrom('pos_modern.tables').selectAll().where('store_id', '=', storeId).where('id', 'in', tableIds).execute();
    for (const row of rows) state.tables.set(row.id, [row.id, row.layout_id, row.name, row.seats, row.status, row.updated_at.toISOString()]);
  }
  if (needs.orderIds.size > 0) {
    const rows = await loadOrders(executor, storeId, needs.orderIds, likelyBusinessDates(changes.filter((change) => needs.orderIds.has(change.orderId))));
    for (const row of rows) state.orders.set(row.id, orderOf(row));
  }
  for (const row of await loadLinesToSpread(executor, state, needs)) state.orderItems.set(row.id, orderItemOf(row));
  for (const row of await loadCancelledLines(executor, state, needs)) state.orderItems.set(row.id, orderItemOf(row));
  for (const row of await loadPayments(executor, storeId, needs)) state.payments.set(row.id, paymentOf(row));
}

/** A row as the relay's untyped Kysely reads it (RelayDb is Kysely<any>). */
type StoredRow = Record<string, any>;

function orderOf(row: StoredRow): OrderRow {
  return {
    id: row.id, number: row.number, businessDate: row.business_date, channel: row.channel, tableId: row.table_id,
    customerId: row.customer_id, status: row.status, subtotalCents: row.subtotal_cents, discountCents: row.discount_cents,
    totalCents: row.total_cents, paidCents: row.paid_cents, capturedCents: row.captured_cents, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
  };
}

function orderItemOf(row: StoredRow): OrderItemRow {
  return {
    id: row.id, orderId: row.order_id, businessDate: row.business_date, productId: row.product_id, name: row.name, categoryId: row.category_id,
    quantity: row.quantity, unit: row.unit, unitPriceCents: row.unit_price_cents, discountCents: row.discount_cents, totalCents: row.total_cents,
    orderDiscountCents: Number(row.order_discount_cents), refundedCents: Number(row.refunded_cents),
  };
}

function paymentOf(row: StoredRow): PaymentRow {
  return {
    id: row.id, orderId: row.order_id, businessDate: row.business_date, method: row.method, amountCents: row.amount_cents,
    changeCents: row.change_cents, refundedCents: row.refunded_cents, provider: row.provider,
    cashierSessionId: row.cashier_session_id, capturedAt: row.captured_at.toISOString(),
  };
}

/**
 * The stored lines of the orders the batch cancels, so their product sales are taken off: by order
 * (an order's items share its business date; an order with no row has none stored either), the
 * lines it cancels one by one by id, and the lines the batch moves into them by id, since their row names the order they left until the batch
 * is written, and keeps the business date of the order they were first sold on. Both are rare.
 */
async function loadCancelledLines(executor: RelayDb, state: BatchProjection, needs: PreloadNeeds): Promise<StoredRow[]> {
  const storeId = state.scope.storeId;
  const lines = () => executor.selectFrom('pos_modern.order_items').selectAll().where('store_id', '=', storeId);
  const cancelledDates = [...new Set([...needs.cancelledOrderIds].flatMap((id) => state.orders.get(id)?.businessDate ?? []))];
  const ofCancelled = cancelledDates.length > 0
    ? await lines().where('business_date', 'in', cancelledDates).where('order_id', 'in', [...needs.cancelledOrderIds]).execute()
    : [];
  const byId = new Set([...needs.linesMovedIntoCancelled, ...needs.cancelledLineIds]);
  const movedInOrCancelled = byId.size > 0 ? await lines().where('id', 'in', [...byId]).execute() : [];
  return [...ofCancelled, ...movedInOrCancelled];
}

/**
 * The stored lines of the orders whose discount and refunds the batch spreads again, read on their
 * orders' business dates: by order id alone the read probes every month's partition kept (a year
 * at an HQ), on every batch that changes an order begun in an earlier one. An order with no stored
 * row has no stored lines either; a line moved in from another day's order keeps that day and is
 * left out of the spread (rare: a tab carried past midnight).
 */
async function loadLinesToSpread(executor: RelayDb, state: BatchProjection, needs: PreloadNeeds): Promise<StoredRow[]> {
  const dates = [...new Set([...needs.spreadOrderIds].flatMap((id) => state.orders.get(id)?.businessDate ?? []))];
  if (dates.length === 0) return [];
  const lines = executor
    .selectFrom('pos_modern.order_items')
    .selectAll()
    .where('store_id', '=', state.scope.storeId)
    .where('business_date', '=', sql<string>`any(${dates}::date[])`)
    .where('order_id', '=', sql<string>`any(${[...needs.spreadOrderIds]}::text[])`);
  return (await executePrepared(executor, lines)).rows;
}

/**
 * The stored payments the batch refunds, and those it captures that HQ already holds: a store
 * restored from a backup may capture a tender again under its payment id, which must count once.
 * Captures come with their business date, the payments' partition key, so Postgres reads only
 * those months; the text is the same whatever the counts (array parameters), prepared once per
 * connection. A refund names the day it is booked on, not always its payment's: looked up by id.
 */
async function loadPayments(executor: RelayDb, storeId: string, needs: PreloadNeeds): Promise<StoredRow[]> {
  const payments = () => executor.selectFrom('pos_modern.payments').selectAll().where('store_id', '=', storeId);
  const refunded = needs.refundedPaymentIds.size > 0 ? await payments().where('id', 'in', [...needs.refundedPaymentIds]).execute() : [];
  if (needs.capturedElsewhere.size === 0) return refunded;
  const captured = await executePrepared(
    executor,
    payments()
      .where('business_date', '=', sql<string>`any(${[...new Set(needs.capturedElsewhere.values())]}::date[])`)
      .where('id', '=', sql<string>`any(${[...needs.capturedElsewhere.keys()]}::text[])`),
  );
  return [...refunded, ...captured.rows];
}

const DAY_MS = 86_400_000;

/**
 * The business dates the orders a batch updates most likely have: the one an event names (a status
 * change or a payment carries its order's) and the event's own UTC day with the days either side
 * (the store's time zone, an order carried past midnight).
 */
function likelyBusinessDates(changes: OrderChange[]): string[] {
  const days = new Set<string>();
  for (const { event, data } of changes) {
    if ('businessDate' in data) days.add(data.businessDate);
    const at = Date.parse(event.occurredAt.slice(0, 10));
    if (Number.isNaN(at)) continue;
    for (const offset of [-DAY_MS, 0, DAY_MS]) days.add(new Date(at + offset).toISOString().slice(0, 10));
  }
  return [...days];
}

/**
 * The stored orders among `ids`. The orders tables are partitioned by business date, and a lookup by
 * id alone plans and probes every month kept (a year of them at an HQ); the likely dates, as a list
 * (a range would scan the store's orders of those days in the primary key), leave Postgres the
 * month or two that hold them. An order outside them (a tab left open for days) is looked up again
 * without the dates. Both texts stay the same whatever the counts (array parameters), so each is
 * prepared once per connection.
 */
async function loadOrders(executor: RelayDb, storeId: string, ids: Set<string>, dates: string[]) {
  const byId = (query: ReturnType<typeof ordersOf>, wanted: string[]) => query.where('id', '=', sql<string>`any(${wanted}::text[])`);
  const ordersOf = () => executor.selectFrom('pos_modern.orders').selectAll().where('store_id', '=', storeId);
  if (dates.length === 0) return (await executePrepared(executor, byId(ordersOf(), [...ids]))).rows;
  const near = await executePrepared(executor, byId(ordersOf().where('business_date', '=', sql<string>`any(${dates}::date[])`), [...ids]));
  const found = new Set(near.rows.map((row) => row.id));
  const missing = [...ids].filter((id) => !found.has(id));
  if (missing.length === 0) return near.rows;
  const elsewhere = await executePrepared(executor, byId(ordersOf(), missing));
  return [...near.rows, ...elsewhere.rows];
}

/** Runs one event's reading or projection; a payload its projection cannot read only counts as skipped. */
function orSkip<T>(state: BatchProjection, run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UnreadablePayload)) throw error;
    state.skipped += 1;
    return null;
  }
}

/** The tables partitioned by business date: a batch's rows may land in any of them. */
const BUSINESS_DATE_TABLES: PartitionedTable[] = ['pos_modern.orders', 'pos_modern.order_items', 'pos_modern.payments', 'pos_modern.sales_by_hour', 'pos_modern.sales_by_product'];

/** The months of every business date the batch writes, for each table partitioned by it. */
function businessMonths(state: BatchProjection): Map<PartitionedTable, Set<string>> {
  const months = new Set<string>();
  for (const rows of [state.orders, state.orderItems, state.payments, state.hourly, state.productSales]) {
    for (const row of rows.values()) months.add(monthOf(row.businessDate));
  }
  return new Map(BUSINESS_DATE_TABLES.map((table) => [table, months]));
}

/** A batch's projection, folded and ready to write. */
export interface Projection {
  /** The upserts, to send in one statement with the caller's other writes. */
  writes: StatementPart[];
  /** The writes that must see the upserted rows: run once `writes` are. */
  writeAfter(executor: RelayDb): Promise<void>;
  /** Events kept raw but not projected, their payload lacking a field their projection needs. */
  unprojected: number;
  /** The sales channel of an order the batch changed, null when HQ does not know it. */
  channelOf(orderId: string): string | null;
}

/**
 * Folds a batch of new events into the pos_modern rows and rollups they change, reading what it
 * updates inside the caller's transaction. An event whose payload lacks a field its projection needs
 * is kept raw but not projected: rejecting it would block the store's stream forever.
 */
export async function projectEvents(executor: RelayDb, scope: ProjectionScope, events: JournalEvent[], partitions: MonthPartitions): Promise<Projection> {
  const state = new BatchProjection(scope);
  // Order and payment payloads are read once, before the preload that needs their ids.
  const orderChanges = new Map<JournalEvent, OrderChange | null>(events.map((event) => [event, orSkip(state, () => readOrderChange(event))]));
  await preload(executor, state, [...orderChanges.values()].filter((change) => change !== null), events);
  for (const event of events) {
    const change = orderChanges.get(event);
    orSkip(state, () => (change ? applyOrderChange(state, change) : applyReferenceEvent(state, event)));
  }
  spreadOrderShares(state);
  await partitions.ensure(executor, businessMonths(state));
  return {
    writes: projectionWrites(state),
    writeAfter: (after) => writeAfterProjection(after, state),
    unprojected: state.skipped,
    channelOf: (orderId) => state.orders.get(orderId)?.channel ?? null,
  };
}
