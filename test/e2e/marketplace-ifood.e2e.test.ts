import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { IfoodSimulator } from '../../cloud-relay/src/marketplaces/ifood/ifood-simulator.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { ApiClient } from '../support/http-client.js';
import { acceptIfoodOrders } from '../support/ifood-store.js';
import { spawnRelay, spawnReplicatingAppliance, type ChildHandle } from './relay-process.js';

const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';
const MERCHANT = 'merchant-e2e';

/**
 * Acceptance: the built relay (polling and webhooks), a built store appliance and the iFood
 * simulator. An order placed on iFood reaches the store's kitchen; the store's steps reach iFood
 * in order; a forged webhook creates nothing; an event delivered five times, out of order, and
 * across a relay SIGKILL yields exactly one store order.
 */
describe('iFood orders through the relay into the store kitchen', () => {
  let postgres: TestPostgres;
  let dir: string;
  let ifood: IfoodSimulator;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  let store: (ChildHandle & { httpPort: number }) | null = null;
  let relayEnv: Record<string, string>;
  let webhookUrl: string;
  let databaseUrl: string;
  let pos: ApiClient;

  const startRelay = async () => {
    relay = await spawnRelay(relayEnv, 60_000);
  };
  const relayRows = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client(databaseUrl);
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const storeOrdersOf = async (platformOrderId: string) =>
    ((await pos.get('/marketplace/orders?size=100')).body.data as { platformOrderId: string; orderId: string | null; status: string }[]).filter((o) => o.platformOrderId === platformOrderId);
  const kitchenTicketsOf = async (orderId: string) => {
    const stations = (await pos.get('/kds/stations')).body.data as { code: string }[];
    const tickets = await Promise.all(stations.map(async (s) => (await pos.get(`/kds/${s.code}/tickets`)).body.data as { ticketId: string; orderId: string; station: string; table: string | null }[]));
    return tickets.flat().filter((t) => t.orderId === orderId);
  };

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-marketplace-e2e-'));
    ifood = await new IfoodSimulator(MERCHANT, 'chefia-app', 'segredo-do-app-ifood').start();
    databaseUrl = await postgres.freshDatabase('relay_marketplace');
    const port = await findFreePort();
    relayEnv = {
      RELAY_HTTP_PORT: String(port),
      DATABASE_URL: databaseUrl,
      RELAY_DATA_DIR: join(dir, 'relay'),
      RELAY_ADMIN_PASSWORD: RELAY_ADMIN,
      RELAY_IFOOD_API_URL: ifood.baseUrl,
      RELAY_MARKETPLACE_POLL_SECONDS: '1',
      RELAY_MARKETPLACE_LEASE_SECONDS: '5',
    };
    await startRelay();
    const relayUrl = `http://127.0.0.1:${port}`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'IFOOD', name: 'Loja iFood' });
    const connected = await hq.call('PUT', '/marketplace-connections', {
      storeId: created.body.data.store.id,
      platform: 'IFOOD',
      merchantId: MERCHANT,
      mode: 'POLLING',
      credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret },
    });
    expect(connected.status).toBe(200);
    webhookUrl = `${relayUrl}${connected.body.data.webhookPath}`;
    store = await spawnReplicatingAppliance(
      {
        CHEFIA_DATA_DIR: join(dir, 'store'),
        CHEFIA_DEMO: '1',
        CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
        CHEFIA_STORE_ID: 'loja-ifood',
        CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json'),
        CHEFIA_RELAY_URL: relayUrl,
        CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode,
      },
      120_000,
    );
    pos = await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN);
    await acceptIfoodOrders(pos);
  }, 240_000);

  afterAll(async () => {
    await store?.kill('SIGTERM');
    await relay?.kill('SIGTERM');
    await ifood?.close();
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a forged webhook with 401 and creates nothing', async () => {
    const { order, event } = ifood.placeOrder();
    ifood.cancelOrder(order.id);
    // Forged: an order iFood never had, so the polling running beside it cannot bring it in either.
    const forgedEvent = { ...event, id: randomUUID(), orderId: randomUUID() };
    const forged = await ifood.deliverWebhook(webhookUrl, forgedEvent, 'segredo-falso');
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('INVALID_SIGNATURE');
    // The signed events then come by polling, placed and cancelled in the same poll: the order is
    // cancelled at the relay before its details reach the store, which never gets it; iFood is asked nothing.
    await waitUntil('the events to be acknowledged', () => ifood.unacknowledged().filter((e) => e.orderId === order.id).length, (n) => n === 0, { timeoutMs: 30_000, intervalMs: 200 });
    await waitUntil('the order cancelled at the relay', () => relayRows('SELECT status FROM relay.marketplace_orders WHERE platform_order_id = $1', [order.id]), (rows) => rows[0]?.status === 'CANCELLED', { timeoutMs: 30_000, intervalMs: 200 });
    expect(await storeOrdersOf(order.id)).toEqual([]);
    expect(ifood.actions.filter((a) => a.orderId === order.id)).toEqual([]);
    expect(await relayRows('SELECT 1 FROM relay.marketplace_events WHERE event_id = $1 OR platform_order_id = $2', [forgedEvent.id, forgedEvent.orderId])).toEqual([]);
    expect(await storeOrdersOf(forgedEvent.orderId)).toEqual([]);
  }, 60_000);

  it('puts an iFood order on the KDS and sends confirm, startPreparation, readyToPickup and dispatch in that order', async () => {
    const { order, event } = ifood.placeOrder();
    const answers = await Promise.all(Array.from({ length: 5 }, () => ifood.deliverWebhook(webhookUrl, event)));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    const [received] = await waitUntil('the order at the store', () => storeOrdersOf(order.id), (orders) => orders[0]?.status === 'ACCEPTED', { timeoutMs: 60_000, intervalMs: 200 });
    const tickets = await waitUntil('its kitchen tickets', () => kitchenTicketsOf(received.orderId!), (t) => t.length > 0);
    expect(tickets.every((t) => t.table === `iFood #${order.displayId}`)).toBe(true);
    await waitUntil('iFood to get the confirmation', () => ifood.actions.filter((a) => a.orderId === order.id).length, (n) => n === 1, { timeoutMs: 30_000, intervalMs: 200 });

    for (const ticket of tickets) {
      expect((await pos.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'start' })).status).toBe(200);
    }
    for (const ticket of tickets) {
      expect((await pos.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'bump' })).status).toBe(200);
    }
    expect((await pos.post(`/orders/${received.orderId}/status`, { status: 'DELIVERING' })).status).toBe(200);
    const actions = await waitUntil('the four calls at iFood', () => ifood.actions.filter((a) => a.orderId === order.id).map((a) => a.action), (a) => a.length >= 4, { timeoutMs: 30_000, intervalMs: 200 });
    expect(actions).toEqual(['confirm', 'startPreparation', 'readyToPickup', 'dispatch']);
  }, 120_000);

  it('makes exactly one store order per iFood order from events delivered five times, out of order, and across a relay SIGKILL', async () => {
    const first = ifood.placeOrder();
    const second = ifood.placeOrder();
    // The later order's event first, each five times, interleaved with polling picking them up too.
    for (let round = 0; round < 5; round += 1) {
      expect((await ifood.deliverWebhook(webhookUrl, second.event)).status).toBe(202);
      expect((await ifood.deliverWebhook(webhookUrl, first.event)).status).toBe(202);
    }

    const third = ifood.placeOrder();
    await waitUntil('the relay to store the third order event', () => relayRows('SELECT 1 FROM relay.marketplace_events WHERE event_id = $1', [third.event.id]), (rows) => rows.length === 1, { timeoutMs: 30_000, intervalMs: 50 });
    await relay!.kill('SIGKILL');
    await startRelay();
    for (let round = 0; round < 5; round += 1) expect((await ifood.deliverWebhook(webhookUrl, third.event)).status).toBe(202);

    for (const placed of [first, second, third]) {
      const orders = await waitUntil(`order ${placed.order.displayId} at the store`, () => storeOrdersOf(placed.order.id), (o) => o[0]?.status === 'ACCEPTED', { timeoutMs: 60_000, intervalMs: 200 });
      expect(orders).toHaveLength(1);
      await waitUntil(`the confirmation of ${placed.order.displayId}`, () => ifood.actions.filter((a) => a.orderId === placed.order.id), (a) => a.length === 1, { timeoutMs: 30_000, intervalMs: 200 });
    }
    // Every store order belongs to exactly one platform order, and no order was confirmed twice.
    const linked = ((await pos.get('/marketplace/orders?size=100')).body.data as { orderId: string | null }[]).flatMap((o) => (o.orderId ? [o.orderId] : []));
    const storeOrderIds = ((await pos.get('/orders?channel=MARKETPLACE&size=100')).body.data as { id: string }[]).map((o) => o.id);
    expect(storeOrderIds.sort()).toEqual([...new Set(linked)].sort());
    const confirmed = ifood.actions.filter((a) => a.action === 'confirm').map((a) => a.orderId);
    expect(new Set(confirmed).size).toBe(confirmed.length);
  }, 180_000);
});
