import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { IfoodSimulator } from './ifood/ifood-simulator.js';
import { OpenDeliverySimulator } from './open-delivery/open-delivery-simulator.js';

/**
 * A polled platform hands over one event the relay cannot read (a time it cannot parse) beside
 * the store's orders: the orders still reach the store and are acknowledged; only the unreadable
 * event is left at the platform, so it neither blocks the orders behind it nor is thrown away.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const ifood = new IfoodSimulator('merchant-unreadable-event', 'client-chefia', 'segredo-do-app-ifood');
const openDelivery = new OpenDeliverySimulator('od-unreadable-event', 'od-client', 'od-secret');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await Promise.all([ifood.start(), openDelivery.start()]);
  relay = await startTestRelay(postgres, { marketplaces: { pollSeconds: 1, apiUrls: { IFOOD: ifood.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await Promise.all([ifood.close(), openDelivery.close()]);
  await postgres?.stop();
});

async function pollingStore(code: string, platform: string, simulator: { merchantId: string; clientId: string; clientSecret: string }, apiUrl?: string) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform, merchantId: simulator.merchantId, mode: 'POLLING', ...(apiUrl ? { apiUrl } : {}), credentials: { clientId: simulator.clientId, clientSecret: simulator.clientSecret } },
  });
  expect(saved.status).toBe(200);
  return async () => (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[];
}

describe('polling past an unreadable platform event', () => {
  it('iFood: the orders around it reach the store and are acknowledged', async () => {
    const messages = await pollingStore('IFOOD-UNREADABLE', 'IFOOD', ifood);
    const first = ifood.placeOrder();
    const unreadable = ifood.queueEvent(first.order.id, 'CFM');
    unreadable.createdAt = 'ontem à noite';
    const second = ifood.placeOrder();

    await waitUntil('both orders at the store', messages, (m) => m.length === 2, { timeoutMs: 10_000 });
    expect((await messages()).map((m) => m.payload.platformOrderId).sort()).toEqual([first.order.id, second.order.id].sort());
    await waitUntil('the orders acknowledged', () => ifood.unacknowledged(), (left) => left.length === 1, { timeoutMs: 10_000 });
    expect(ifood.unacknowledged()).toEqual([unreadable]);
  });

  it('Open Delivery: the orders around it reach the store and are acknowledged', async () => {
    const messages = await pollingStore('OD-UNREADABLE', 'OPEN_DELIVERY', openDelivery, openDelivery.baseUrl);
    const first = openDelivery.placeOrder();
    const unreadable = openDelivery.queueEvent(first.order.id, 'DISPATCHED');
    unreadable.createdAt = 'ontem à noite';
    const second = openDelivery.placeOrder();

    await waitUntil('both orders at the store', messages, (m) => m.length === 2, { timeoutMs: 10_000 });
    expect((await messages()).map((m) => m.payload.platformOrderId).sort()).toEqual([first.order.id, second.order.id].sort());
    await waitUntil('the orders acknowledged', () => openDelivery.unacknowledged(), (left) => left.length === 1, { timeoutMs: 10_000 });
    expect(openDelivery.unacknowledged()).toEqual([unreadable]);
  });
});
