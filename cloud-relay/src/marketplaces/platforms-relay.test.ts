import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { OpenDeliverySimulator } from './open-delivery/open-delivery-simulator.js';
import { rappiSignature } from './rappi/rappi-connector.js';
import { RappiSimulator } from './rappi/rappi-simulator.js';
import { UberEatsSimulator } from './uber-eats/uber-eats-simulator.js';

/**
 * Open Delivery, Rappi and Uber Eats through the relay against their simulators, the store played
 * through the store API: a forged webhook is refused, repeated deliveries give one order, the
 * order reaches the store in the neutral shape, the store's steps reach the platform in order as
 * that platform names them, and cancellations go both ways.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const openDelivery = new OpenDeliverySimulator('od-merchant', 'od-client', 'od-secret');
const rappi = new RappiSimulator('rappi-store-9', 'rappi-client', 'rappi-secret', 'rappi-webhook-secret');
const uber = new UberEatsSimulator('uber-store-7', 'uber-client', 'uber-secret');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await Promise.all([openDelivery.start(), rappi.start(), uber.start()]);
  relay = await startTestRelay(postgres, { marketplaces: { pollSeconds: 1, apiUrls: { RAPPI: rappi.baseUrl, UBER_EATS: uber.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await Promise.all([openDelivery.close(), rappi.close(), uber.close()]);
  await postgres?.stop();
});

async function connect(code: string, platform: string, simulator: { merchantId: string; clientId: string; clientSecret: string }, extra: Record<string, unknown> = {}) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform, merchantId: simulator.merchantId, mode: 'WEBHOOK', credentials: { clientId: simulator.clientId, clientSecret: simulator.clientSecret }, ...extra },
  });
  expect(saved.status).toBe(200);
  let seq = 0;
  return {
    webhookUrl: `${relay.baseUrl}${saved.body.data.webhookPath}`,
    async messages() {
      const answer = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
      return answer.body.data.messages as { type: string; payload: any }[];
    },
    /** The store's journal for one of its orders, as the replicator would send it. */
    async journal(types: string[], payload: Record<string, unknown>) {
      const events = types.map((type) => ({ seq: (seq += 1), id: crypto.randomUUID(), type, aggregateType: 'order', aggregateId: String(payload.orderId), payload, occurredAt: new Date().toISOString() }));
      expect((await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events } })).status).toBe(200);
    },
  };
}

type Store = Awaited<ReturnType<typeof connect>>;

/** The placed order reaches the store once; the store accepts it and walks it to dispatch. */
async function walkOrder(store: Store, platformOrderId: string): Promise<void> {
  const [message] = await waitUntil('the order to be queued for the store', () => store.messages(), (m) => m.some((x) => x.payload.platformOrderId === platformOrderId));
  const orderId = crypto.randomUUID();
  await store.journal(['marketplace.order_linked'], { marketplaceOrderId: message.payload.marketplaceOrderId, orderId });
  await store.journal(['order.confirmed', 'order.preparing', 'order.ready', 'order.delivering'], { orderId });
}

describe('Open Delivery, Rappi and Uber Eats through the relay', () => {
  it('Open Delivery: signed /v1/newEvent webhooks, one order, confirm → preparing → readyForPickup → dispatch, cancellation both ways', async () => {
    const store = await connect('OD', 'OPEN_DELIVERY', openDelivery, { apiUrl: openDelivery.baseUrl });
    const { order, event } = openDelivery.placeOrder();
    expect((await openDelivery.deliverWebhook(store.webhookUrl, event, 'forjado')).status).toBe(401);
    for (let i = 0; i < 3; i += 1) expect((await openDelivery.deliverWebhook(store.webhookUrl, event)).status).toBe(202);
    await walkOrder(store, order.id);
    const messages = await store.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({ platform: 'OPEN_DELIVERY', displayId: order.displayId, deliveryFeeCents: 600, totalCents: 3350, customerName: 'João Souza', payment: { prepaid: false, method: 'CASH', pendingCents: 3350, changeForCents: 5000 } });
    expect(messages[0].payload.items).toEqual([expect.objectContaining({ externalCode: 'OD-XBURGER', quantity: 1, unitPriceCents: 2750, totalCents: 2750, notes: 'bem passado' })]);
    await waitUntil('four calls', () => openDelivery.actionsOf(order.id), (a) => a.length >= 4);
    expect(openDelivery.actionsOf(order.id)).toEqual(['confirm', 'preparing', 'readyForPickup', 'dispatch']);

    const cancelled = openDelivery.placeOrder();
    await openDelivery.deliverWebhook(store.webhookUrl, cancelled.event);
    await waitUntil('the second order', () => store.messages(), (m) => m.length === 2);
    await openDelivery.deliverWebhook(store.webhookUrl, openDelivery.cancelOrder(cancelled.order.id));
    const last = await waitUntil('the cancellation for the store', () => store.messages(), (m) => m.length === 3);
    expect(last[2]).toMatchObject({ type: 'marketplace.order_cancelled', payload: { platformOrderId: cancelled.order.id, code: 'CANCELLED' } });

    const third = openDelivery.placeOrder();
    await openDelivery.deliverWebhook(store.webhookUrl, third.event);
    const [thirdMessage] = (await waitUntil('the third order', () => store.messages(), (m) => m.length === 4)).slice(3);
    const orderId = crypto.randomUUID();
    await store.journal(['marketplace.order_linked'], { marketplaceOrderId: thirdMessage.payload.marketplaceOrderId, orderId });
    await store.journal(['order.cancelled'], { orderId });
    await waitUntil('the store cancellation at the app', () => openDelivery.actionsOf(third.order.id), (a) => a.length === 1);
    expect(openDelivery.actions.find((a) => a.orderId === third.order.id)!.body).toMatchObject({ code: 'SYSTEMIC_ISSUES' });
  });

  it('Open Delivery: an order of another merchant, its event posted to this store\'s webhook under a shared app secret, never reaches this store', async () => {
    // A chain's two stores on one ordering app (same client and secret), each its own merchant there.
    const other = await connect('OD-OTHER', 'OPEN_DELIVERY', { ...openDelivery, merchantId: 'od-other-merchant', clientId: openDelivery.clientId, clientSecret: openDelivery.clientSecret }, { apiUrl: openDelivery.baseUrl });
    const { order, event } = openDelivery.placeOrder();
    const { merchantId: _dropped, ...withoutMerchant } = event;
    expect((await openDelivery.deliverWebhook(other.webhookUrl, withoutMerchant as typeof event)).status).toBe(202);
    const [job] = await waitUntil(
      'the order fetch to be refused',
      async () => (await relay.database.pool.query("SELECT failed_at, last_error FROM relay.marketplace_jobs WHERE kind = 'FETCH_ORDER' AND payload->>'platformOrderId' = $1", [order.id])).rows,
      (rows) => rows[0]?.failed_at != null,
    );
    expect(job.last_error).toMatch(/od-merchant/);
    expect(await other.messages()).toEqual([]);
  });

  it('Open Delivery polling acknowledges in batches of at most 100, only what it stored', async () => {
    const polling = new OpenDeliverySimulator('od-polling', 'od-client', 'od-secret');
    await polling.start();
    try {
      const store = await relay.enrolledStore('OD-POLL');
      const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
        token: await relay.adminToken(),
        body: { storeId: store.storeId, platform: 'OPEN_DELIVERY', merchantId: polling.merchantId, mode: 'POLLING', apiUrl: polling.baseUrl, credentials: { clientId: polling.clientId, clientSecret: polling.clientSecret } },
      });
      expect(saved.status).toBe(200);
      const events = Array.from({ length: 130 }, () => polling.queueEvent(crypto.randomUUID(), 'DISPATCHED'));
      await waitUntil('every event acknowledged', () => polling.unacknowledged().length, (n) => n === 0, { timeoutMs: 15_000, intervalMs: 100 });
      const stored = await relay.database.pool.query('SELECT count(*)::int AS n FROM relay.marketplace_events WHERE event_id = ANY($1)', [events.map((e) => e.eventId)]);
      expect(stored.rows[0].n).toBe(130);
    } finally {
      await polling.close();
    }
  });

  it('Rappi: NEW_ORDER with Rappi-Signature carries the whole order; take, ready-for-pickup; a Rappi cancellation reaches the store', async () => {
    const store = await connect('RAPPI', 'RAPPI', rappi, { credentials: { clientId: rappi.clientId, clientSecret: rappi.clientSecret, webhookSecret: rappi.webhookSecret } });
    const { orderId, body } = rappi.placeOrder();
    expect((await rappi.deliverWebhook(store.webhookUrl, body, rappi.clientSecret)).status).toBe(401);
    // A delivery signed ten minutes ago (captured, replayed later) is refused whatever it carries.
    const text = JSON.stringify(body);
    const stale = await fetch(store.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'rappi-signature': rappiSignature(text, rappi.webhookSecret, Math.floor(Date.now() / 1000) - 600) }, body: text });
    expect(stale.status).toBe(401);
    for (let i = 0; i < 3; i += 1) expect((await rappi.deliverWebhook(store.webhookUrl, body)).status).toBe(202);
    await walkOrder(store, orderId);
    const messages = await store.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({ platform: 'RAPPI', deliveryFeeCents: 499, totalCents: 4679, customerName: 'Ana Lima', payment: { prepaid: true } });
    expect(messages[0].payload.items.map((i: { externalCode: string; totalCents: number }) => [i.externalCode, i.totalCents])).toEqual([['RP-XBURGER', 2890], ['RP-FRIES', 1290]]);
    await waitUntil('take and ready', () => rappi.actionsOf(orderId), (a) => a.length >= 2);
    expect(rappi.actionsOf(orderId)).toEqual(['take', 'ready-for-pickup']);

    const second = rappi.placeOrder();
    await rappi.deliverWebhook(store.webhookUrl, second.body);
    await waitUntil('the second order', () => store.messages(), (m) => m.length === 2);
    expect((await rappi.deliverWebhook(store.webhookUrl, rappi.cancellation(second.orderId))).status).toBe(202);
    const all = await waitUntil('the cancellation for the store', () => store.messages(), (m) => m.length === 3);
    expect(all[2]).toMatchObject({ type: 'marketplace.order_cancelled', payload: { platformOrderId: second.orderId } });
  });

  it('Uber Eats: X-Uber-Signature, details fetched, accept and ready; an order cancelled by Uber is not accepted', async () => {
    const store = await connect('UBER', 'UBER_EATS', uber);
    const { order, event } = uber.placeOrder();
    expect((await uber.deliverWebhook(store.webhookUrl, event, 'forjado')).status).toBe(401);
    for (let i = 0; i < 3; i += 1) expect((await uber.deliverWebhook(store.webhookUrl, event)).status).toBe(202);
    await walkOrder(store, order.id);
    const messages = await store.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({ platform: 'UBER_EATS', totalCents: 5200, notes: 'Sem talheres', customerName: 'Carla Dias' });
    expect(messages[0].payload.items).toEqual([expect.objectContaining({ externalCode: 'UE-XBURGER', quantity: 2, unitPriceCents: 2600, totalCents: 5200 })]);
    await waitUntil('accept and ready', () => uber.actionsOf(order.id), (a) => a.length >= 2);
    expect(uber.actionsOf(order.id)).toEqual(['accept_pos_order', 'ready']);

    const second = uber.placeOrder();
    await uber.deliverWebhook(store.webhookUrl, second.event);
    const [, secondMessage] = await waitUntil('the second order', () => store.messages(), (m) => m.length === 2);
    await uber.deliverWebhook(store.webhookUrl, uber.event(second.order.id, 'orders.cancel'));
    await waitUntil('the cancellation for the store', () => store.messages(), (m) => m.length === 3);
    const orderId = crypto.randomUUID();
    await store.journal(['marketplace.order_linked'], { marketplaceOrderId: secondMessage.payload.marketplaceOrderId, orderId });
    await store.journal(['order.confirmed', 'order.cancelled'], { orderId });
    // Ingest queues the store's steps as it stores them: once no platform call is waiting, none was asked of Uber.
    const waitingCalls = () => relay.database.db.selectFrom('relay.marketplace_jobs').select('id').where('done_at', 'is', null).where('failed_at', 'is', null).where('kind', '<>', 'POLL').execute();
    await waitUntil('no platform call waiting', waitingCalls, (rows) => rows.length === 0);
    expect(uber.actionsOf(second.order.id)).toEqual([]);
  });
});
