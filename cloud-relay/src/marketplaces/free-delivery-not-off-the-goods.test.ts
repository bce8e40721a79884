import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { IfoodSimulator } from './ifood/ifood-simulator.js';
import { OpenDeliverySimulator } from './open-delivery/open-delivery-simulator.js';

/**
 * "Entrega grátis" paid by the restaurant is a discount on the delivery fee, not on the food: the
 * order reaches the store with its goods at full price and no delivery fee charged, so the
 * store's sales, the platform's tender and the NFC-e keep what the customer paid for the food.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const ifood = new IfoodSimulator('merchant-free-delivery', 'client-chefia', 'segredo-do-app-ifood');
const openDelivery = new OpenDeliverySimulator('od-free-delivery', 'od-client', 'od-secret');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await Promise.all([ifood.start(), openDelivery.start()]);
  relay = await startTestRelay(postgres, { marketplaces: { apiUrls: { IFOOD: ifood.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await Promise.all([ifood.close(), openDelivery.close()]);
  await postgres?.stop();
});

async function webhookStore(code: string, platform: string, simulator: { merchantId: string; clientId: string; clientSecret: string }, apiUrl?: string) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform, merchantId: simulator.merchantId, mode: 'WEBHOOK', ...(apiUrl ? { apiUrl } : {}), credentials: { clientId: simulator.clientId, clientSecret: simulator.clientSecret } },
  });
  expect(saved.status).toBe(200);
  return {
    webhookUrl: `${relay.baseUrl}${saved.body.data.webhookPath}`,
    received: (platformOrderId: string) =>
      waitUntil(
        'the order to be queued for the store',
        async () => (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[],
        (messages) => messages.some((m) => m.payload.platformOrderId === platformOrderId),
      ).then((messages) => messages.find((m) => m.payload.platformOrderId === platformOrderId)!.payload),
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The neutral order adds up the way the customer was charged: goods, less goods discounts, plus delivery. */
function expectChargedAsSent(order: any) {
  expect(sum(order.items.map((i: { totalCents: number }) => i.totalCents)) - sum(order.discounts.map((d: { amountCents: number }) => d.amountCents)) + order.deliveryFeeCents).toBe(order.totalCents);
}

describe('free delivery the store pays for', () => {
  it('iFood: the DELIVERY_FEE benefit comes off the delivery fee, never off the goods', async () => {
    const store = await webhookStore('IFOOD-FREE-DELIVERY', 'IFOOD', ifood);
    const { order, event } = ifood.placeOrder({
      total: { subTotal: 62.7, deliveryFee: 7.99, benefits: 7.99, additionalFees: 0, orderAmount: 62.7 },
      benefits: [{ value: 7.99, target: 'DELIVERY_FEE', sponsorshipValues: [{ name: 'MERCHANT', value: 7.99 }, { name: 'IFOOD', value: 0 }] }],
      payments: { prepaid: 62.7, pending: 0, methods: [{ value: 62.7, currency: 'BRL', method: 'CREDIT', type: 'ONLINE', prepaid: true }] },
    });
    expect((await ifood.deliverWebhook(store.webhookUrl, event)).status).toBe(202);
    const received = await store.received(order.id);
    expect(received).toMatchObject({ subtotalCents: 6270, deliveryFeeCents: 0, discounts: [], totalCents: 6270 });
    expectChargedAsSent(received);
  });

  it('iFood: a cart benefit beside it still comes off the goods, with its sponsor', async () => {
    const merchantId = 'merchant-free-delivery-cart';
    const store = await webhookStore('IFOOD-FREE-DELIVERY-CART', 'IFOOD', { merchantId, clientId: ifood.clientId, clientSecret: ifood.clientSecret });
    const { order, event } = ifood.placeOrder({
      merchant: { id: merchantId, name: 'Loja Simulada 2' },
      total: { subTotal: 62.7, deliveryFee: 7.99, benefits: 12.99, additionalFees: 0, orderAmount: 57.7 },
      benefits: [
        { value: 7.99, target: 'DELIVERY_FEE', sponsorshipValues: [{ name: 'IFOOD', value: 7.99 }] },
        { value: 5, target: 'CART', sponsorshipValues: [{ name: 'IFOOD', value: 3 }, { name: 'MERCHANT', value: 2 }] },
      ],
      payments: { prepaid: 0, pending: 57.7, methods: [{ value: 57.7, currency: 'BRL', method: 'CASH', type: 'OFFLINE', prepaid: false, cash: { changeFor: 60 } }] },
    });
    expect((await ifood.deliverWebhook(store.webhookUrl, event)).status).toBe(202);
    const received = await store.received(order.id);
    expect(received).toMatchObject({ deliveryFeeCents: 0, discounts: [{ amountCents: 300, sponsor: 'IFOOD' }, { amountCents: 200, sponsor: 'MERCHANT' }], totalCents: 5770 });
    expectChargedAsSent(received);
  });

  it('Open Delivery: a DELIVERY_FEE discount comes off the delivery fee, never off the goods', async () => {
    const store = await webhookStore('OD-FREE-DELIVERY', 'OPEN_DELIVERY', openDelivery, openDelivery.baseUrl);
    const { order, event } = openDelivery.placeOrder();
    Object.assign(order, {
      discounts: [{ value: { value: 6, currency: 'BRL' }, target: 'DELIVERY_FEE', sponsorshipValues: [{ name: 'MERCHANT', amount: { value: 6, currency: 'BRL' } }] }],
      total: { itemsPrice: { value: 27.5, currency: 'BRL' }, otherFees: { value: 6, currency: 'BRL' }, discount: { value: 6, currency: 'BRL' }, orderAmount: { value: 27.5, currency: 'BRL' } },
      payments: { prepaid: 27.5, pending: 0, methods: [{ value: 27.5, currency: 'BRL', type: 'PREPAID', method: 'CREDIT' }] },
    });
    expect((await openDelivery.deliverWebhook(store.webhookUrl, event)).status).toBe(202);
    const received = await store.received(order.id);
    expect(received).toMatchObject({ subtotalCents: 2750, deliveryFeeCents: 0, discounts: [], totalCents: 2750 });
    expectChargedAsSent(received);
  });
});
