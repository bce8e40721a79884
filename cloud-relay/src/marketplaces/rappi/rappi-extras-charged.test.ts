import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../../testing/test-relay.js';
import { RappiSimulator } from './rappi-simulator.js';

/**
 * A Rappi customer who adds extras to an item (bacon on the burger, a second sauce) pays for them:
 * the order line the store receives costs what Rappi charged for it, extras included, so the
 * store's order, the platform's tender and the NFC-e add up to what Rappi pays the store.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const rappi = new RappiSimulator('rappi-extras-store', 'rappi-client', 'rappi-secret', 'rappi-webhook-secret');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await rappi.start();
  relay = await startTestRelay(postgres, { marketplaces: { apiUrls: { RAPPI: rappi.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await rappi.close();
  await postgres?.stop();
});

describe('Rappi order with extras', () => {
  it('reaches the store with each line costing the item and its extras, times the quantity', async () => {
    const store = await relay.enrolledStore('RAPPI-EXTRAS');
    const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
      token: await relay.adminToken(),
      body: { storeId: store.storeId, platform: 'RAPPI', merchantId: rappi.merchantId, mode: 'WEBHOOK', credentials: { clientId: rappi.clientId, clientSecret: rappi.clientSecret, webhookSecret: rappi.webhookSecret } },
    });
    expect(saved.status).toBe(200);
    const { orderId, body } = rappi.placeOrder();
    // Two burgers, each with one bacon (R$ 4,00) and two sauces (R$ 1,50 each): 2 × (28,90 + 4,00 + 3,00) = 71,80.
    body.order_detail.items[0] = {
      ...body.order_detail.items[0],
      quantity: 2,
      subitems: [
        { sku: 'RP-BACON', id: '11', name: 'Bacon extra', unit_price_with_discount: 4, unit_price_without_discount: 4, quantity: 1 },
        { sku: 'RP-MOLHO', id: '12', name: 'Molho da casa', unit_price_with_discount: 1.5, unit_price_without_discount: 1.5, quantity: 2 },
      ],
    };
    body.order_detail.totals = { ...body.order_detail.totals, total_products_with_discount: 84.7, total_products_without_discount: 84.7, total_order: 89.69 };
    expect((await rappi.deliverWebhook(`${relay.baseUrl}${saved.body.data.webhookPath}`, body)).status).toBe(202);

    const [message] = await waitUntil(
      'the order to be queued for the store',
      async () => (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[],
      (messages) => messages.some((m) => m.payload.platformOrderId === orderId),
    );
    const [burger, fries] = message.payload.items;
    expect(burger).toMatchObject({ externalCode: 'RP-XBURGER', quantity: 2, totalCents: 7180 });
    // Each extra at what it adds to one burger.
    expect(burger.options).toEqual([
      { externalCode: 'RP-BACON', name: 'Bacon extra', quantity: 1, priceCents: 400 },
      { externalCode: 'RP-MOLHO', name: 'Molho da casa', quantity: 2, priceCents: 300 },
    ]);
    expect(fries).toMatchObject({ totalCents: 1290 });
    // The lines add up to the goods Rappi charged for.
    expect(burger.totalCents + fries.totalCents).toBe(message.payload.subtotalCents);
  });
});
