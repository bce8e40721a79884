import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../../testing/test-relay.js';
import { ifoodConnector } from './ifood-connector.js';
import { IfoodSimulator } from './ifood-simulator.js';

/**
 * The relay's iFood connector against the iFood simulator, with the store played through the
 * store API (downstream long poll and journal batches): webhook signatures, deduplication, polling
 * with acknowledgement after storage, 404 retries, out-of-order cancellation and the lifecycle
 * calls made once each and in order.
 */
let postgres: TestPostgres;
let relay: TestRelay;
const simulators: IfoodSimulator[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
  const apiUrl = await startSimulatorUrl();
  relay = await startTestRelay(postgres, { marketplaces: { pollSeconds: 1, apiUrls: { IFOOD: apiUrl } } });
});

afterAll(async () => {
  await relay?.close();
  for (const simulator of simulators) await simulator.close();
  await postgres?.stop();
});

/** One simulated iFood for the file; each test connects its own store to its own merchant on it. */
let shared: IfoodSimulator;
async function startSimulatorUrl(): Promise<string> {
  shared = await new IfoodSimulator('merchant-webhook', 'client-chefia', 'segredo-do-app-ifood').start();
  simulators.push(shared);
  return shared.baseUrl;
}

async function query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await relay.database.pool.query(sql, params)).rows as T[];
}

async function connectStore(code: string, mode: 'POLLING' | 'WEBHOOK', merchantId: string) {
  const store = await relay.enrolledStore(code);
  const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
    token: await relay.adminToken(),
    body: { storeId: store.storeId, platform: 'ifood', merchantId, mode, credentials: { clientId: shared.clientId, clientSecret: shared.clientSecret } },
  });
  expect(saved.status).toBe(200);
  return { ...store, connectionId: saved.body.data.connection.id as string, webhookUrl: `${relay.baseUrl}${saved.body.data.webhookPath}` };
}

async function downstream(store: { storeId: string; credential: string }) {
  const answer = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
  return answer.body.data.messages as { id: string; type: string; payload: any }[];
}

let seq = 0;
function journalEvent(type: string, payload: Record<string, unknown>) {
  seq += 1;
  return { seq, id: crypto.randomUUID(), type, aggregateType: 'order', aggregateId: String(payload.orderId ?? ''), payload, occurredAt: new Date().toISOString() };
}

describe('iFood through the relay', () => {
  it('refuses a badly signed webhook with 401 and stores nothing; a signed one is stored once however often it comes', async () => {
    const store = await connectStore('IFOOD-WH', 'WEBHOOK', shared.merchantId);
    const { order, event } = shared.placeOrder();

    const forged = await shared.deliverWebhook(store.webhookUrl, event, 'segredo-errado');
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('INVALID_SIGNATURE');
    expect(await query('SELECT 1 FROM relay.marketplace_events')).toHaveLength(0);

    const answers = await Promise.all(Array.from({ length: 5 }, () => shared.deliverWebhook(store.webhookUrl, event)));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    const messages = await waitUntil('the order to be queued for the store', () => downstream(store), (m) => m.length > 0);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'marketplace.order_received' });
    expect(messages[0].payload).toMatchObject({
      platform: 'IFOOD',
      platformOrderId: order.id,
      displayId: order.displayId,
      customerName: 'Maria Oliveira',
      deliveryFeeCents: 799,
      totalCents: 6569,
      subtotalCents: 6270,
      discounts: [{ amountCents: 300, sponsor: 'IFOOD' }, { amountCents: 200, sponsor: 'MERCHANT' }],
      payment: { prepaid: true, method: 'CREDIT', pendingCents: 0, changeForCents: null },
      deliveryAddress: { street: 'Rua Augusta', number: '1500', neighborhood: 'Consolação', postalCode: '01304001' },
    });
    expect(messages[0].payload.items[0]).toMatchObject({ externalCode: 'IF-XBURGER', quantity: 2, unitPriceCents: 2490, totalCents: 4980, notes: 'sem cebola' });
    expect(await query("SELECT 1 FROM relay.marketplace_events WHERE event_id = $1", [event.id])).toHaveLength(1);
  });

  it('polls with acknowledgement after storing, retries details on 404, and sends the store steps in order, each once, logging in again when iFood revoked the token', async () => {
    const merchant = 'merchant-polling';
    const store = await connectStore('IFOOD-POLL', 'POLLING', merchant);
    const placed = simulatorOrderFor(merchant);
    shared.detailsMissingFor = 2;
    const messages = await waitUntil('the polled order to reach the store queue', () => downstream(store), (m) => m.length > 0, { timeoutMs: 20_000 });
    shared.detailsMissingFor = 0;
    expect(messages.map((m) => m.payload.platformOrderId)).toEqual([placed.id]);
    expect(shared.detailCalls.get(placed.id)).toBe(3);
    await waitUntil('the event to be acknowledged', () => shared.unacknowledged().filter((e) => e.merchantId === merchant).length, (n) => n === 0);

    const orderId = crypto.randomUUID();
    const marketplaceOrderId = messages[0].payload.marketplaceOrderId;
    const batch = [
      journalEvent('marketplace.order_linked', { marketplaceOrderId, orderId }),
      journalEvent('order.confirmed', { orderId }),
      journalEvent('order.preparing', { orderId }),
      journalEvent('order.ready', { orderId }),
      journalEvent('order.preparing', { orderId }),
      journalEvent('order.ready', { orderId }),
      journalEvent('order.delivering', { orderId }),
    ];
    seq = 0;
    const renumbered = batch.map((event, index) => ({ ...event, seq: index + 1 }));
    // iFood revoked the token the relay holds: the first call gets 401, the relay logs in again and goes on.
    shared.revokeTokens();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const sent = await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events: renumbered } });
      expect(sent.status).toBe(200);
    }
    const actionsOf = () => shared.actions.filter((a) => a.orderId === placed.id).map((a) => a.action);
    await waitUntil('the four lifecycle calls', actionsOf, (actions) => actions.length >= 4);
    expect(actionsOf()).toEqual(['confirm', 'startPreparation', 'readyToPickup', 'dispatch']);
  });

  it('a cancellation that arrives before the order keeps the order from ever reaching the store', async () => {
    const merchant = 'merchant-cancel-first';
    const store = await connectStore('IFOOD-CAN', 'WEBHOOK', merchant);
    const placed = simulatorOrderFor(merchant);
    const placedEvent = shared.unacknowledged().find((e) => e.orderId === placed.id)!;
    const cancelled = shared.cancelOrder(placed.id);
    expect((await shared.deliverWebhook(store.webhookUrl, cancelled)).status).toBe(202);
    expect((await shared.deliverWebhook(store.webhookUrl, placedEvent)).status).toBe(202);
    await waitUntil('both jobs to finish', () => query("SELECT 1 FROM relay.marketplace_jobs WHERE done_at IS NULL AND kind <> 'POLL'"), (rows) => rows.length === 0);
    expect(await downstream(store)).toEqual([]);
    expect(shared.actions.filter((a) => a.orderId === placed.id)).toEqual([]);
  });

  it('a confirmation in flight when its node died reaches iFood once: the retry reads the order status first', async () => {
    const merchant = 'merchant-in-flight';
    const store = await connectStore('IFOOD-INFLIGHT', 'WEBHOOK', merchant);
    const reached = simulatorOrderFor(merchant);
    const lost = simulatorOrderFor(merchant);
    // A node claims each order's confirmation; for the first its call reaches iFood, then the node dies
    // before marking either job done. Neither is done, the first is already confirmed at iFood.
    for (const order of [reached, lost]) {
      await query(
        "INSERT INTO relay.marketplace_jobs (kind, connection_id, dedupe_key, sequence_key, payload, attempts, locked_by, locked_until) VALUES ('ACTION', $1, $2, $2, $3, 1, 'relay-dead-node', now() + interval '1 hour')",
        [store.connectionId, `action:in-flight:${order.id}`, JSON.stringify({ platformOrderId: order.id, action: 'CONFIRM' })],
      );
    }
    const token = (await ifoodConnector.authenticate(shared.baseUrl, { clientId: shared.clientId, clientSecret: shared.clientSecret })).token;
    const deadNodeSession = { apiUrl: shared.baseUrl, merchantId: merchant, credentials: { clientId: shared.clientId, clientSecret: shared.clientSecret }, accessToken: async () => token };
    await ifoodConnector.perform(deadNodeSession, reached.id, 'CONFIRM');

    // The dead node's lease runs out: the live node takes both jobs over.
    await query("UPDATE relay.marketplace_jobs SET locked_until = now() - interval '1 second' WHERE locked_by = 'relay-dead-node'");
    const finished = () => query("SELECT locked_by FROM relay.marketplace_jobs WHERE dedupe_key LIKE 'action:in-flight:%' AND done_at IS NOT NULL");
    const rows = await waitUntil('the live node to finish both confirmations', finished, (done) => done.length === 2);
    expect(rows.map((row) => row.locked_by)).not.toContain('relay-dead-node');
    // Each order's status was read before the retry; only the one iFood had not seen was sent.
    expect(shared.detailCalls.get(reached.id)).toBe(1);
    expect(shared.detailCalls.get(lost.id)).toBe(1);
    expect(shared.actionsOf(reached.id)).toEqual(['confirm']);
    expect(shared.actionsOf(lost.id)).toEqual(['confirm']);
  });

  it('keeps the platform credentials and tokens sealed at rest', async () => {
    const rows = await query<{ credentials_sealed: string; access_token_sealed: string | null }>('SELECT credentials_sealed, access_token_sealed FROM relay.marketplace_connections');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.credentials_sealed).toMatch(/^v1\./);
      expect(row.credentials_sealed).not.toContain(shared.clientSecret);
    }
    expect(rows.some((row) => row.access_token_sealed?.startsWith('v1.'))).toBe(true);
  });
});

/** An order for a given merchant of the shared simulator. */
function simulatorOrderFor(merchantId: string) {
  return shared.placeOrder({ merchant: { id: merchantId, name: 'Loja' } }).order;
}
