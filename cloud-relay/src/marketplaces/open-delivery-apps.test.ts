import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { openDeliverySignature } from './open-delivery/open-delivery-connector.js';

/**
 * Open Delivery is one standard spoken by many ordering apps, each with its own base URL, its own
 * software credentials and its own merchant ids.
 * - A store that sells on two Open Delivery apps has one connection per app, and both keep taking
 *   orders: connecting the second app leaves the first app's webhook, secret and orders as they were.
 * - Each app numbers its own merchants: a merchant id is unique within its app, so two stores on two
 *   apps whose ids coincide can both be connected.
 */const relay = useTestRelay();

async function connect(storeId: string, app: { merchantId: string; clientSecret: string; apiUrl: string }) {
  return relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId, platform: 'OPEN_DELIVERY', merchantId: app.merchantId, mode: 'WEBHOOK', apiUrl: app.apiUrl, credentials: { clientId: `${app.merchantId}-client`, clientSecret: app.clientSecret } },
  });
}

function deliver(webhookPath: string, secret: string, event: unknown) {
  const raw = Buffer.from(JSON.stringify(event));
  return relay.api('POST', webhookPath, { rawBody: raw, headers: { 'content-type': 'application/json', 'x-app-signature': openDeliverySignature(raw, secret) } });
}

describe('a store on more than one Open Delivery app', () => {
  it('keeps taking the first app\'s orders after the store is connected to a second Open Delivery app', async () => {
    const store = await relay.enrolledStore('OD-TWO-APPS');
    const appA = { merchantId: 'loja-no-app-a', clientSecret: 'segredo-app-a', apiUrl: 'http://127.0.0.1:9/app-a' };
    const appB = { merchantId: 'loja-no-app-b', clientSecret: 'segredo-app-b', apiUrl: 'http://127.0.0.1:9/app-b' };
    const savedA = await connect(store.storeId, appA);
    expect(savedA.status).toBe(200);
    const savedB = await connect(store.storeId, appB);
    expect(savedB.status).toBe(200);

    const listed = await relay.api('GET', `/api/v1/marketplace-connections?storeId=${store.storeId}`, { token: await relay.adminToken() });
    expect(listed.body.data.map((c: any) => c.merchantId).sort()).toEqual(['loja-no-app-a', 'loja-no-app-b']);

    // App A delivers a new order, signed with its own secret, to the path it was given.
    const fromA = await deliver(savedA.body.data.webhookPath, appA.clientSecret, { eventId: 'a-evt-1', eventType: 'CREATED', orderId: 'A-ORDER-1', merchantId: appA.merchantId, createdAt: new Date().toISOString() });
    expect(fromA.status).toBe(202);
  });

  it('connects two stores on two different Open Delivery apps whose merchant ids coincide', async () => {
    const first = await relay.enrolledStore('OD-SAME-ID-1');
    const second = await relay.enrolledStore('OD-SAME-ID-2');
    expect((await connect(first.storeId, { merchantId: '1001', clientSecret: 'segredo-app-c', apiUrl: 'http://127.0.0.1:9/app-c' })).status).toBe(200);
    const other = await connect(second.storeId, { merchantId: '1001', clientSecret: 'segredo-app-d', apiUrl: 'http://127.0.0.1:9/app-d' });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
  });
});
