import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { Connection } from './connections.js';
import type { MarketplaceOrder } from './connector.js';
import { enqueueJob } from './job-queue.js';
import { orderSequenceKey, platformCancelKey } from './platform-events.js';

/** Downstream message types the store's marketplace workflow applies (docs/relay.md). */
export const ORDER_RECEIVED = 'marketplace.order_received';
export const ORDER_CANCELLED = 'marketplace.order_cancelled';

/**
 * Queues a platform order for its store exactly once: the order row is unique per connection and
 * platform order id, and the downstream message is queued in the same transaction as the row.
 * An order the platform cancelled before its details arrived is never pushed: its cancellation
 * made the row already, or is stored and waiting in the job queue (the same poll brought both, or
 * its job has not run yet). Returns true when a message was queued.
 */
export async function pushOrderToStore(trx: RelayDb, channel: DownstreamChannel, connection: Connection, order: MarketplaceOrder): Promise<boolean> {
  const cancelled = await trx.selectFrom('relay.marketplace_jobs').select('id').where('dedupe_key', '=', platformCancelKey(connection.id, order.platformOrderId)).executeTakeFirst();
  if (cancelled) return false;
  const id = crypto.randomUUID();
  const inserted = await trx
    .insertInto('relay.marketplace_orders')
    .values({
      id,
      connection_id: connection.id,
      store_id: connection.storeId,
      platform: connection.platform,
      platform_order_id: order.platformOrderId,
      display_id: order.displayId,
      status: 'PLACED',
    })
    .onConflict((oc) => oc.columns(['connection_id', 'platform_order_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const message = await channel.enqueue(trx, { storeId: connection.storeId, type: ORDER_RECEIVED, payload: { marketplaceOrderId: id, ...order } });
  await trx.updateTable('relay.marketplace_orders').set({ downstream_cursor: message.cursor }).where('id', '=', id).execute();
  return true;
}

/**
 * The platform cancelled an order: the store is told (its workflow cancels the order and voids the
 * kitchen tickets) unless it never got the order; the store's own `order.cancelled` that follows
 * is then not sent back to the platform. Returns true when a message was queued.
 */
export async function cancelOrderFromPlatform(
  trx: RelayDb,
  channel: DownstreamChannel,
  connection: Connection,
  platformOrderId: string,
  code: string,
): Promise<boolean> {
  // The store never got the order (its details not fetched yet): the row is made cancelled, so it never will.
  const beforeTheStore = await trx
    .insertInto('relay.marketplace_orders')
    .values({ id: crypto.randomUUID(), connection_id: connection.id, store_id: connection.storeId, platform: connection.platform, platform_order_id: platformOrderId, status: 'CANCELLED', cancelled_by: 'PLATFORM' })
    .onConflict((oc) => oc.columns(['connection_id', 'platform_order_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (beforeTheStore) return false;
  const row = await trx
    .selectFrom('relay.marketplace_orders')
    .select(['id', 'status', 'display_id'])
    .where('connection_id', '=', connection.id)
    .where('platform_order_id', '=', platformOrderId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.status === 'CANCELLED') return false;
  await trx.updateTable('relay.marketplace_orders').set({ status: 'CANCELLED', cancelled_by: 'PLATFORM' }).where('id', '=', row.id).execute();
  await channel.enqueue(trx, {
    storeId: connection.storeId,
    type: ORDER_CANCELLED,
    payload: { marketplaceOrderId: row.id, platform: connection.platform, platformOrderId, displayId: row.display_id, code },
  });
  return true;
}

/**
 * Refuses at the platform an order whose details the relay cannot read: its row is made cancelled
 * by the store's side (the store never gets it, a platform cancellation after it is not pushed)
 * and the platform's cancel call is queued, as the store's own cancel would be. Nothing is queued
 * when the platform cancelled it first.
 */
export async function refuseUnreadableOrder(trx: RelayDb, connection: Connection, platformOrderId: string): Promise<void> {
  const refused = await trx
    .insertInto('relay.marketplace_orders')
    .values({ id: crypto.randomUUID(), connection_id: connection.id, store_id: connection.storeId, platform: connection.platform, platform_order_id: platformOrderId, status: 'CANCELLED', cancelled_by: 'STORE' })
    .onConflict((oc) => oc.columns(['connection_id', 'platform_order_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!refused) return;
  await enqueueJob(trx, {
    kind: 'ACTION',
    connectionId: connection.id,
    dedupeKey: `action:${refused.id}:CANCEL`,
    sequenceKey: orderSequenceKey(connection.id, platformOrderId),
    payload: { platformOrderId, action: 'CANCEL' },
  });
}

/** An order HQ reads as refused for unreadable details: which one, when, and the relay's reason. */
export interface RefusedOrder {
  platform: string;
  platformOrderId: string;
  refusedAt: Date;
  reason: string;
}

/** The store's orders refused at their platform for details the relay could not read, newest first. */
export async function listRefusedOrders(db: RelayDb, storeId: string): Promise<RefusedOrder[]> {
  const rows = await db
    .selectFrom('relay.marketplace_jobs as j')
    .innerJoin('relay.marketplace_orders as o', (join) => join.onRef('o.connection_id', '=', 'j.connection_id').on(sql`o.platform_order_id`, '=', sql`j.payload->>'platformOrderId'`))
    .select(['o.platform', 'o.platform_order_id', 'j.failed_at', 'j.last_error'])
    .where('o.store_id', '=', storeId)
    .where('j.kind', '=', 'FETCH_ORDER')
    .where('j.failed_at', 'is not', null)
    .where('o.cancelled_by', '=', 'STORE')
    .where('o.downstream_cursor', 'is', null)
    .orderBy('j.failed_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({ platform: row.platform, platformOrderId: row.platform_order_id, refusedAt: row.failed_at as Date, reason: row.last_error ?? '' }));
}
