import { EVENTS } from '../../../appliance/contract/index.js';
import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { executePrepared } from '../db/prepared-statements.js';
import type { JournalEvent } from '../ingest/event-schema.js';
import type { OrderAction } from './connector.js';
import { enqueueJob } from './job-queue.js';
import { orderSequenceKey } from './platform-events.js';

/** The store journals this when a platform order became one of its orders. */
export const ORDER_LINKED_EVENT = 'marketplace.order_linked';

/** What each step of a marketplace order at the store asks of the platform. */
const ACTION_OF_EVENT: Record<string, OrderAction> = {
  'order.confirmed': 'CONFIRM',
  'order.preparing': 'START_PREPARATION',
  'order.ready': 'READY',
  'order.delivering': 'DISPATCH',
  'order.cancelled': 'CANCEL',
};

// Read through the journal contract: a payload lacking these fields queues nothing.
const orderLinked = EVENTS['marketplace.order_linked'].schema.pick({ marketplaceOrderId: true, orderId: true });
const orderStep = EVENTS['order.confirmed'].schema.pick({ orderId: true });

/**
 * Turns a store's journal into platform calls, inside the ingest transaction: the journal arrives
 * exactly once and in order, so each step of a marketplace order queues its call once (one job per
 * order and action) and in the order the store made them. Nothing follows a cancellation: one
 * that came from the platform is not sent back to it.
 */
export async function queueStoreMarketplaceActions(
  trx: RelayDb,
  storeId: string,
  events: readonly JournalEvent[],
  channelOf: (orderId: string) => string | null,
): Promise<void> {
  for (const event of events) {
    if (event.type !== ORDER_LINKED_EVENT) continue;
    const linked = orderLinked.safeParse(event.payload);
    if (!linked.success) continue;
    await trx
      .updateTable('relay.marketplace_orders')
      .set({ store_order_id: linked.data.orderId })
      .where('store_id', '=', storeId)
      .where('id', '=', linked.data.marketplaceOrderId)
      .execute();
  }
  const steps = events.flatMap((event) => {
    const action = ACTION_OF_EVENT[event.type];
    const step = action ? orderStep.safeParse(event.payload) : null;
    return step?.success ? [{ event, action, orderId: step.data.orderId }] : [];
  });
  // A platform's order is a MARKETPLACE order at the store: when the batch's projection knows every
  // step's order to be of another channel, there is nothing to look up (one round trip per batch).
  if (steps.every((step) => isOtherChannel(channelOf(step.orderId)))) return;
  const orderIds = [...new Set(steps.map((step) => step.orderId))];
  // Runs for every batch with a step of a marketplace order (or of one HQ knows nothing of): one array
  // parameter keeps the text fixed, prepared once per connection.
  const { rows } = await executePrepared(
    trx,
    trx
      .selectFrom('relay.marketplace_orders')
      .select(['id', 'connection_id', 'platform_order_id', 'store_order_id', 'status'])
      .where('store_id', '=', storeId)
      .where('store_order_id', '=', sql<string>`any(${orderIds}::text[])`),
  );
  if (rows.length === 0) return;
  const byStoreOrder = new Map(rows.map((row) => [row.store_order_id as string, row]));
  for (const { event, action, orderId } of steps) {
    const order = byStoreOrder.get(orderId);
    // A cancelled order asks nothing more of the platform, whoever cancelled it.
    if (!order || order.status === 'CANCELLED') continue;
    if (action === 'CANCEL') {
      await trx.updateTable('relay.marketplace_orders').set({ status: 'CANCELLED', cancelled_by: 'STORE' }).where('id', '=', order.id).execute();
      order.status = 'CANCELLED';
    }
    await enqueueJob(trx, {
      kind: 'ACTION',
      connectionId: order.connection_id,
      dedupeKey: `action:${order.id}:${action}`,
      sequenceKey: orderSequenceKey(order.connection_id, order.platform_order_id),
      payload: { platformOrderId: order.platform_order_id, action, storeEventId: event.id },
    });
  }
}

function isOtherChannel(channel: string | null): boolean {
  return channel !== null && channel !== 'MARKETPLACE';
}
