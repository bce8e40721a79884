import type { RelayDb } from '../db/database.js';
import type { Connection } from './connections.js';
import type { PlatformEvent } from './connector.js';
import { enqueueJob } from './job-queue.js';

/** One order's jobs run in the order they were queued: details first, then its lifecycle calls. */
export const orderSequenceKey = (connectionId: string, platformOrderId: string) => `order:${connectionId}:${platformOrderId}`;

/** The one job that takes a platform cancellation of the order to its store. */
export const platformCancelKey = (connectionId: string, platformOrderId: string) => `platform_cancel:${connectionId}:${platformOrderId}`;

/**
 * Stores platform events once by their id within the connection (delivery is at least once, by
 * webhook retries and by polling until acknowledged; each connection numbers its own events) and queues what they ask for, in the caller's transaction: a placed
 * order's details are fetched, a cancellation reaches the store. Events are taken oldest first.
 * Returns how many were new.
 */
export async function recordPlatformEvents(trx: RelayDb, connection: Connection, events: readonly PlatformEvent[]): Promise<number> {
  let fresh = 0;
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  for (const event of ordered) {
    if (event.merchantId && event.merchantId !== connection.merchantId) continue;
    const stored = await trx
      .insertInto('relay.marketplace_events')
      .values({
        platform: connection.platform,
        event_id: event.id,
        connection_id: connection.id,
        kind: event.kind,
        code: event.code,
        platform_order_id: event.platformOrderId,
        occurred_at: new Date(event.occurredAt),
        payload: JSON.stringify(event.raw),
      })
      .onConflict((oc) => oc.columns(['connection_id', 'event_id']).doNothing())
      .returning('event_id')
      .executeTakeFirst();
    if (!stored) continue;
    fresh += 1;
    if (!event.platformOrderId || event.kind === 'OTHER') continue;
    const orderId = event.platformOrderId;
    const payload = { platformOrderId: orderId, eventCode: event.code, ...(event.order ? { order: event.order } : {}) };
    if (event.kind === 'ORDER_PLACED') {
      await enqueueJob(trx, { kind: 'FETCH_ORDER', connectionId: connection.id, dedupeKey: `fetch_order:${connection.id}:${orderId}`, sequenceKey: orderSequenceKey(connection.id, orderId), payload });
    } else {
      // Not behind the order's other jobs: a details fetch still 404 or a confirm the platform keeps
      // failing must not keep the kitchen cooking an order the customer cancelled.
      await enqueueJob(trx, { kind: 'PLATFORM_CANCEL', connectionId: connection.id, dedupeKey: platformCancelKey(connection.id, orderId), payload });
    }
  }
  return fresh;
}
