import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { executePrepared } from '../db/prepared-statements.js';
import { type MonthPartitions, monthOf } from '../db/month-partitions.js';
import type { PartitionedTable } from '../db/partitions.js';
import type { JournalEvent } from './event-schema.js';
import { applyOrderChange, readOrderChange, type OrderChange } from './projection-orders.js';
import { applyReferenceEvent, tableIdsToLoad } from './projection-reference.js';
import { UnreadablePayload } from './read-payload.js';
import { BatchProjection, type ProjectionScope } from './projection-state.js';
import { projectionWrites, writeAfterProjection } from './projection-flush.js';
import type { StatementPart } from '../db/one-statement.js';

/** Loads the rows that this batch's events update but did not create, in a few queries whatever the size. */
async function preload(executor: RelayDb, state: BatchProjection, changes: OrderChange[], events: JournalEvent[]): Promise<void> {
  const orderIds = new Set<string>();
  const cancelledOrderIds = new Set<string>();
  const refundedPaymentIds = new Set<string>();
  const createdHere = new Set<string>();
  for (const { event, orderId, ...change } of changes) {
    // An order created in this batch has no earlier row to load (the journal creates it once).
    if (change.kind === 'created' && !orderIds.has(orderId)) createdHere.add(orderId);
    if (!createdHere.has(orderId)) orderIds.add(orderId);
    if (event.type === 'order.cancelled') cancelledOrderIds.add(orderId);
    if (change.kind === 'refunded') refundedPaymentIds.add(change.data.paymentId);
  }
  const storeId = state.scope.storeId;
  const tableIds = tableIdsToLoad(events);
  if (tableIds.length > 0) {
    const rows = await executor.selectFrom('pos_modern.tables').selectAll().where('store_id', '=', storeId).where('id', 'in', tableIds).execute();
    for (const row of rows) state.tables.set(row.id, [row.id, row.layout_id, row.name, row.seats, row.status, row.updated_at.toISOString()]);
  }
  if (orderIds.size > 0) {
    // One array parameter rather than an IN list: the text stays the same whatever the count, so it
    // is prepared once per connection (most batches update orders created in an earlier one).
    const { rows } = await executePrepared(
      executor,
      executor.selectFrom('pos_modern.orders').selectAll().where('store_id', '=', storeId).where('id', '=', sql<string>`any(${[...orderIds]}::text[])`),
    );
    for (const row of rows) {
      state.orders.set(row.id, {
        id: row.id, number: row.number, businessDate: row.business_date, channel: row.channel, tableId: row.table_id,
        customerId: row.customer_id, status: row.status, subtotalCents: row.subtotal_cents, discountCents: row.discount_cents,
        totalCents: row.total_cents, paidCents: row.paid_cents, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
      });
    }
  }
  if (cancelledOrderIds.size > 0) {
    const rows = await executor
      .selectFrom('pos_modern.order_items')
      .selectAll()
      .where('store_id', '=', storeId)
      .where('order_id', 'in', [...cancelledOrderIds])
      .execute();
    for (const row of rows) {
      state.orderItems.set(row.id, {
        id: row.id, orderId: row.order_id, businessDate: row.business_date, productId: row.product_id, name: row.name, categoryId: row.category_id,
        quantity: row.quantity, unit: row.unit, unitPriceCents: row.unit_price_cents, discountCents: row.discount_cents, totalCents: row.total_cents,
      });
    }
  }
  if (refundedPaymentIds.size > 0) {
    const rows = await executor
      .selectFrom('pos_modern.payments')
      .selectAll()
      .where('store_id', '=', storeId)
      .where('id', 'in', [...refundedPaymentIds])
      .execute();
    for (const row of rows) {
      state.payments.set(row.id, {
        id: row.id, orderId: row.order_id, businessDate: row.business_date, method: row.method, amountCents: row.amount_cents,
        changeCents: row.change_cents, refundedCents: row.refunded_cents, provider: row.provider,
        cashierSessionId: row.cashier_session_id, capturedAt: row.captured_at.toISOString(),
      });
    }
  }
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
  await partitions.ensure(executor, businessMonths(state));
  return {
    writes: projectionWrites(state),
    writeAfter: (after) => writeAfterProjection(after, state),
    unprojected: state.skipped,
    channelOf: (orderId) => state.orders.get(orderId)?.channel ?? null,
  };
}
