/**
 * An iFood order whose details the relay cannot read (a broken date, amounts that are not numbers)
 * is tried a few times, then refused at iFood, so the customer is not left waiting on an order no
 * kitchen will see, and HQ reads which order it was and why. Until now such an order was fetched
 * again and again for ever, and never reached the store nor was refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { IfoodSimulator } from './ifood/ifood-simulator.js';

let postgres: TestPostgres;
let relay: TestRelay;
let store: { storeId: string; credential: string };
let webhookUrl: string;
const ifood = new IfoodSimulator('merchant-unreadable', 'client-chefia', 'segredo-do-app-ifood');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await ifood.start();
  relay = await startTestRelay(postgres, { marketplaces: { pollSeconds: 1, apiUrls: { IFOOD: ifood.baseUrl } } });
  store = await relay.enrolledStore('ILEGIVEL');
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform: 'IFOOD', merchantId: ifood.merchantId, mode: 'WEBHOOK', credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret } },
  });
  expect(saved.status).toBe(200);
  webhookUrl = `${relay.baseUrl}${saved.body.data.webhookPath}`;
});

afterAll(async () => {
  await relay?.close();
  await ifood.close();
  await postgres?.stop();
});

describe('order details the relay cannot read', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['a creation time that is no date', { createdAt: 'ontem à noite' }],
    ['an order total that is no amount', { total: { subTotal: 62.7, deliveryFee: 7.99, benefits: 5, additionalFees: 0, orderAmount: 'sessenta e cinco' } }],
  ];

  // Both orders arrive together: each is retried on its own schedule, some 15 s of backoff.
  it('are tried a few times, then each order is refused at iFood and HQ sees why', async () => {
    const placed = cases.map(([reading, overrides]) => ({ reading, ...ifood.placeOrder(overrides) }));
    for (const { event } of placed) expect((await ifood.deliverWebhook(webhookUrl, event)).status).toBe(202);

    for (const { order } of placed) {
      await waitUntil('iFood to be asked to cancel the order', async () => ifood.actionsOf(order.id), (actions) => actions.includes('requestCancellation'), { timeoutMs: 40_000 });
    }
    const tries = placed.map(({ order }) => ifood.detailCalls.get(order.id));
    expect(tries).toEqual([5, 5]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(placed.map(({ order }) => ifood.detailCalls.get(order.id))).toEqual(tries);

    const unreadable = await relay.api('GET', `/api/v1/marketplace-connections/unreadable-orders?storeId=${store.storeId}`, { token: await relay.adminToken() });
    expect(unreadable.status).toBe(200);
    for (const { reading, order } of placed) {
      const refused = (unreadable.body.data as { platformOrderId: string }[]).find((entry) => entry.platformOrderId === order.id);
      expect(refused, reading).toMatchObject({ platform: 'IFOOD', message: `O pedido ${order.id} do IFOOD veio ilegível da plataforma e foi recusado lá.` });
      expect(refused, reading).toHaveProperty('reason', expect.stringMatching(/^IFOOD order details/));
    }

    const messages = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
    expect(messages.body.data.messages).toEqual([]);
  }, 60_000);
});
