
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { openDeliverySignature } from './open-delivery/open-delivery-connector.js';

/**
 * Tenant isolation of marketplace webhook deliveries. Each Open Delivery connection is a
 * different ordering app (its own apiUrl, its own client secret, its own event-id space): the
 * relay deduplicates events within their connection, never across stores.
 */
const relay = useTestRelay();


async function connectOpenDelivery(code: string, app: { merchantId: string; clientSecret: string; apiUrl: string }) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform: 'OPEN_DELIVERY', merchantId: app.merchantId, mode: 'WEBHOOK', apiUrl: app.apiUrl, credentials: { clientId: `${code}-client`, clientSecret: app.clientSecret } },
  });
  expect(saved.status).toBe(200);
  return { ...store, connectionId: saved.body.data.connection.id as string, webhookPath: saved.body.data.webhookPath as string, secret: app.clientSecret };
}

function deliver(connection: { webhookPath: string; secret: string }, event: unknown) {
  const raw = Buffer.from(JSON.stringify(event));
  return relay.api('POST', connection.webhookPath, {
    rawBody: raw,
    headers: { 'content-type': 'application/json', 'x-app-signature': openDeliverySignature(raw, connection.secret) },
  });
}

describe('marketplace events are scoped to their connection', () => {
  it("an Open Delivery app's event id cannot swallow another store's (another app's) order event", async () => {
    // Two stores, each connected to a different Open Delivery ordering app (different base URL and secret).
    const storeA = await connectOpenDelivery('REV-OD-A', { merchantId: 'merchant-a', clientSecret: 'app-a-secret', apiUrl: 'http://127.0.0.1:9/app-a' });
    const storeB = await connectOpenDelivery('REV-OD-B', { merchantId: 'merchant-b', clientSecret: 'app-b-secret', apiUrl: 'http://127.0.0.1:9/app-b' });

    // App A (or whoever holds app A's secret) delivers an event whose id app B also uses.
    const createdAt = new Date().toISOString();
    const fromA = await deliver(storeA, { eventId: 'evt-1', eventType: 'CREATED', orderId: 'A-ORDER-1', merchantId: 'merchant-a', createdAt });
    expect(fromA.status).toBe(202);
    expect(fromA.body.data).toMatchObject({ received: 1, new: 1 });

    // App B's genuine, correctly signed order for store B under the same event id.
    const fromB = await deliver(storeB, { eventId: 'evt-1', eventType: 'CREATED', orderId: 'B-ORDER-9', merchantId: 'merchant-b', createdAt });
    expect(fromB.status).toBe(202);
    // Store B's order must be taken: it is a different connection, app and store.
    expect(fromB.body.data).toMatchObject({ received: 1, new: 1 });
    const jobs = await relay.query("SELECT kind, payload->>'platformOrderId' AS order_id FROM relay.marketplace_jobs WHERE connection_id = $1", [storeB.connectionId]);
    expect(jobs).toEqual([{ kind: 'FETCH_ORDER', order_id: 'B-ORDER-9' }]);
  });
});
