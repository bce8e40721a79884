import crypto from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../../appliance/src/kernel/testing/wait-until.js';
import { useTestRelay } from '../../testing/use-test-relay.js';
import { IfoodSimulator } from './ifood-simulator.js';

/**
 * An iFood cancellation never waits behind the order's other work at the relay: an order the
 * customer (or iFood, at its deadline) cancelled before its details arrived never reaches the
 * store, and a cancellation reaches the store while iFood keeps failing the store's confirm, which
 * is given up in the end so the order's later calls go on.
 */
const relay = useTestRelay();
const ifood = new IfoodSimulator('merchant-details-late', 'client-details-late', 'segredo-details-late');

beforeAll(async () => {
  await ifood.start();
});
afterAll(async () => {
  await ifood.close();
});

async function connectStore(code: string, merchantId: string, mode: 'WEBHOOK' | 'POLLING' = 'WEBHOOK', simulator: IfoodSimulator = ifood) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform: 'IFOOD', merchantId, mode, apiUrl: simulator.baseUrl, credentials: { clientId: simulator.clientId, clientSecret: simulator.clientSecret } },
  });
  expect(saved.status).toBe(200);
  return { ...store, connectionId: saved.body.data.connection.id as string, webhookUrl: `${relay.baseUrl}${saved.body.data.webhookPath}` };
}

const openOrderJobs = (connectionId: string) =>
  relay.query("SELECT 1 FROM relay.marketplace_jobs WHERE connection_id = $1 AND done_at IS NULL AND failed_at IS NULL AND kind <> 'POLL'", [connectionId]);

async function downstream(store: { storeId: string; credential: string }) {
  const answer = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
  return answer.body.data.messages as { type: string; payload: any }[];
}

describe('an iFood cancellation while the order details are still 404', () => {
  it('never brings to the store an order iFood cancelled before its details arrived', async () => {
    const store = await connectStore('IFOOD-CAN-BEFORE-DETAILS', ifood.merchantId);
    const { order, event: placed } = ifood.placeOrder();
    // iFood keeps the details back for a while after PLACED (404).
    ifood.detailsMissingFor = 1_000;
    expect((await ifood.deliverWebhook(store.webhookUrl, placed)).status).toBe(202);
    await waitUntil('the relay to ask for the details', () => ifood.detailCalls.get(order.id) ?? 0, (calls) => calls >= 1);

    // The customer cancels before the details are there.
    const cancelled = ifood.cancelOrder(order.id);
    expect((await ifood.deliverWebhook(store.webhookUrl, cancelled)).status).toBe(202);

    // Later the details become available (iFood shows the order, cancelled).
    ifood.detailsMissingFor = 0;
    await waitUntil('the order jobs to finish', () => openOrderJobs(store.connectionId), (rows) => rows.length === 0, { timeoutMs: 20_000 });
    const messages = await downstream(store);
    // The store never gets an order already cancelled: no kitchen ticket, no auto-accept, no confirm.
    expect(messages.map((m) => m.type)).toEqual([]);
  });
});

describe('an iFood order placed and cancelled between two polls', () => {
  const polled = new IfoodSimulator('merchant-poll-both', 'client-poll-both', 'segredo-poll-both');
  beforeAll(async () => {
    await polled.start();
  });
  afterAll(async () => {
    await polled.close();
  });

  it('never reaches the store when one poll brings both its placing and its cancellation', async () => {
    const { order } = polled.placeOrder();
    polled.cancelOrder(order.id);
    const store = await connectStore('IFOOD-POLL-BOTH', polled.merchantId, 'POLLING', polled);
    await waitUntil('both events to be stored and acknowledged', () => polled.unacknowledged().length, (n) => n === 0, { timeoutMs: 10_000 });
    await waitUntil('the order jobs to finish', () => openOrderJobs(store.connectionId), (rows) => rows.length === 0, { timeoutMs: 10_000 });
    expect((await downstream(store)).map((m) => m.type)).toEqual([]);
  });
});

/** iFood whose confirm endpoint is down (503): every other endpoint answers as usual. */
class IfoodWithConfirmOutage extends IfoodSimulator {
  protected override app(): Hono {
    const app = new Hono();
    app.post('/order/v1.0/orders/:id/confirm', (c) => c.json({ code: 'ServiceUnavailable' }, 503));
    app.route('/', super.app());
    return app;
  }
}

describe('a customer cancellation while iFood keeps failing the store\'s confirm', () => {
  const outage = new IfoodWithConfirmOutage('merchant-outage', 'client-outage', 'segredo-outage');
  beforeAll(async () => {
    await outage.start();
  });
  afterAll(async () => {
    await outage.close();
  });

  it('reaches the store at once, not once iFood\'s confirm endpoint recovers', async () => {
    const store = await connectStore('IFOOD-CONFIRM-OUTAGE', outage.merchantId, 'WEBHOOK', outage);
    const { webhookUrl } = store;
    const { order, event: placed } = outage.placeOrder();
    expect((await outage.deliverWebhook(webhookUrl, placed)).status).toBe(202);
    const [received] = await waitUntil('the order to reach the store queue', () => downstream(store), (m) => m.length > 0);

    // The store accepts: the kitchen starts and the relay's confirm gets 503 from iFood, retried with backoff.
    const orderId = crypto.randomUUID();
    const events = [
      { seq: 1, id: crypto.randomUUID(), type: 'marketplace.order_linked', aggregateType: 'marketplace_order', aggregateId: received.payload.marketplaceOrderId, payload: { marketplaceOrderId: received.payload.marketplaceOrderId, orderId }, occurredAt: new Date().toISOString() },
      { seq: 2, id: crypto.randomUUID(), type: 'order.confirmed', aggregateType: 'order', aggregateId: orderId, payload: { orderId }, occurredAt: new Date().toISOString() },
    ];
    expect((await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events } })).status).toBe(200);
    await waitUntil('the confirm to have failed once', () => relay.query("SELECT attempts FROM relay.marketplace_jobs WHERE connection_id = $1 AND kind = 'ACTION' AND last_error IS NOT NULL", [store.connectionId]), (rows) => rows.length > 0);

    // The customer cancels on iFood: the kitchen must hear it.
    expect((await outage.deliverWebhook(webhookUrl, outage.cancelOrder(order.id))).status).toBe(202);
    const messages = await waitUntil('the cancellation to reach the store queue', () => downstream(store), (m) => m.length > 1, { timeoutMs: 8_000 }).catch(() => downstream(store));
    expect(messages.map((m) => m.type)).toEqual(['marketplace.order_received', 'marketplace.order_cancelled']);
  });
});

describe('a confirm iFood keeps failing', () => {
  const outage = new IfoodWithConfirmOutage('merchant-long-outage', 'client-long-outage', 'segredo-long-outage');
  beforeAll(async () => {
    await outage.start();
  });
  afterAll(async () => {
    await outage.close();
  });

  it('is given up 15 minutes after the store confirmed, so the order\'s later calls go on', async () => {
    const store = await connectStore('IFOOD-CONFIRM-GIVEN-UP', outage.merchantId, 'WEBHOOK', outage);
    const { order, event: placed } = outage.placeOrder();
    expect((await outage.deliverWebhook(store.webhookUrl, placed)).status).toBe(202);
    const [received] = await waitUntil('the order to reach the store queue', () => downstream(store), (m) => m.length > 0);
    const orderId = crypto.randomUUID();
    const at = new Date().toISOString();
    const events = [
      { seq: 1, id: crypto.randomUUID(), type: 'marketplace.order_linked', aggregateType: 'marketplace_order', aggregateId: received.payload.marketplaceOrderId, payload: { marketplaceOrderId: received.payload.marketplaceOrderId, orderId }, occurredAt: at },
      { seq: 2, id: crypto.randomUUID(), type: 'order.confirmed', aggregateType: 'order', aggregateId: orderId, payload: { orderId }, occurredAt: at },
      { seq: 3, id: crypto.randomUUID(), type: 'order.preparing', aggregateType: 'order', aggregateId: orderId, payload: { orderId }, occurredAt: at },
    ];
    expect((await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events } })).status).toBe(200);
    const failedConfirm = "SELECT id FROM relay.marketplace_jobs WHERE connection_id = $1 AND payload->>'action' = 'CONFIRM' AND last_error IS NOT NULL";
    await waitUntil('the confirm to have failed once', () => relay.query(failedConfirm, [store.connectionId]), (rows) => rows.length > 0);

    // A quarter of an hour later iFood still answers 503.
    await relay.query("UPDATE relay.marketplace_jobs SET created_at = now() - interval '16 minutes' WHERE connection_id = $1 AND payload->>'action' = 'CONFIRM'", [store.connectionId]);
    await waitUntil('the start of preparation to reach iFood', () => outage.actionsOf(order.id), (actions) => actions.length > 0, { timeoutMs: 8_000 });
    expect(outage.actionsOf(order.id)).toEqual(['startPreparation']);
    const [confirm] = await relay.query("SELECT failed_at IS NOT NULL AS failed, last_error FROM relay.marketplace_jobs WHERE connection_id = $1 AND payload->>'action' = 'CONFIRM'", [store.connectionId]);
    expect(confirm.failed).toBe(true);
    expect(confirm.last_error).toMatch(/503/);
  });
});
