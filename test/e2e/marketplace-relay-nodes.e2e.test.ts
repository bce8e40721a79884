import crypto from 'node:crypto';
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

// 60 orders keep `npm test` inside its time budget; `npm run test:relay-scale` sends the full 500.
const ORDERS = Number(process.env.CHEFIA_MARKETPLACE_BURST_ORDERS ?? 60);
/** Webhook deliveries in flight at once, as a platform fans out its retries. */
const CONCURRENCY = 8;
/** Orders placed per second: slow enough that confirmations flow back while the burst goes on. */
const ORDERS_PER_SECOND = 10;
const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';
const LEASE_SECONDS = 5;

type Relay = ChildHandle & { httpPort: number };

/**
 * Acceptance: two relay nodes on one Postgres behind one webhook URL (the test plays the load
 * balancer, alternating), one SIGKILLed a third of the way into a burst of iFood orders. The
 * platform retries what the dead node refused on the survivor; the survivor takes over the dead
 * node's leased jobs when their lease runs out, reading each order's status at iFood first so a
 * confirmation the dead node had in flight is not sent again. Every order reaches the store once
 * and is confirmed at iFood exactly once.
 */
describe(`two relay nodes, one killed during a burst of ${ORDERS} iFood orders`, () => {
  let postgres: TestPostgres;
  let dir: string;
  let databaseUrl: string;
  let ifood: IfoodSimulator;
  let nodeA: Relay | null = null;
  let nodeB: Relay | null = null;
  let store: Relay | null = null;
  let pos: ApiClient;
  let webhookPath: string;

  const relayRows = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client(databaseUrl);
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const totalOf = async (path: string) => (await pos.get(path)).body.metadata.total as number;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-relay-nodes-e2e-'));
    ifood = await new IfoodSimulator('merchant-nodes', 'chefia-app', 'segredo-do-app-ifood').start();
    databaseUrl = await postgres.freshDatabase('relay_nodes');
    // The nodes share the database and the key that seals the platform credentials in it.
    const shared = { DATABASE_URL: databaseUrl, RELAY_ADMIN_PASSWORD: RELAY_ADMIN, RELAY_IFOOD_API_URL: ifood.baseUrl, RELAY_MARKETPLACE_LEASE_SECONDS: String(LEASE_SECONDS), RELAY_MARKETPLACE_KEY: crypto.randomBytes(32).toString('base64') };
    // One after the other: the first one migrates the schema.
    nodeA = await spawnRelay({ ...shared, RELAY_HTTP_PORT: String(await findFreePort()), RELAY_DATA_DIR: join(dir, 'relay-a') }, 60_000);
    nodeB = await spawnRelay({ ...shared, RELAY_HTTP_PORT: String(await findFreePort()), RELAY_DATA_DIR: join(dir, 'relay-b') }, 60_000);
    const urlB = `http://127.0.0.1:${nodeB.httpPort}`;
    const hq = new ApiClient(`http://127.0.0.1:${nodeA.httpPort}`);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'NODES', name: 'Loja dois nós' });
    const connected = await hq.call('PUT', '/marketplace-connections', {
      storeId: created.body.data.store.id,
      platform: 'IFOOD',
      merchantId: ifood.merchantId,
      mode: 'WEBHOOK',
      credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret },
    });
    expect(connected.status).toBe(200);
    webhookPath = connected.body.data.webhookPath;
    // The store talks to the node that survives; the other node's work reaches it through Postgres.
    store = await spawnReplicatingAppliance(
      {
        CHEFIA_DATA_DIR: join(dir, 'store'),
        CHEFIA_DEMO: '1',
        CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
        CHEFIA_STORE_ID: 'loja-nos',
        CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json'),
        CHEFIA_RELAY_URL: urlB,
        CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode,
      },
      120_000,
    );
    pos = await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN);
    await acceptIfoodOrders(pos);
  }, 300_000);

  afterAll(async () => {
    await store?.kill('SIGTERM');
    await nodeB?.kill('SIGTERM');
    await nodeA?.kill('SIGKILL');
    await ifood?.close();
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('brings every order to the store once and confirms each at iFood exactly once, the dead node\'s work taken over', async () => {
    const placed = Array.from({ length: ORDERS }, () => ifood.placeOrder());
    const burstStarted = Date.now();
    let nodeAUp = true;
    /** iFood delivers at least once: a refused or failed delivery is retried, on whichever node answers. */
    const deliver = async (index: number) => {
      const { event } = placed[index];
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const node = nodeAUp && (index + attempt) % 2 === 0 ? nodeA! : nodeB!;
        const answer = await ifood.deliverWebhook(`http://127.0.0.1:${node.httpPort}${webhookPath}`, event).catch(() => null);
        if (answer?.status === 202) return;
      }
      throw new Error(`event ${event.id} never accepted`);
    };
    let next = 0;
    let inFlightAtKill: string[] = [];
    // Killed once a third of the burst is in and confirmations are reaching iFood: both nodes are
    // then fetching orders and making platform calls.
    const third = Math.floor(ORDERS / 3);
    let killedAfter = 0;
    const killed = (async () => {
      await waitUntil('a third delivered and confirmations flowing', () => ({ next, confirms: ifood.actions.length }), (s) => (s.next >= third && s.confirms > 0) || s.next >= ORDERS, { timeoutMs: 300_000, intervalMs: 5 });
      killedAfter = next;
      const pid = nodeA!.proc.pid;
      await nodeA!.kill('SIGKILL');
      nodeAUp = false;
      // What the dead node had claimed and not finished: those calls may or may not have reached iFood.
      const leased = await relayRows("SELECT payload->>'platformOrderId' AS id FROM relay.marketplace_jobs WHERE kind = 'ACTION' AND done_at IS NULL AND failed_at IS NULL AND locked_by LIKE $1", [`relay-${pid}-%`]);
      inFlightAtKill = leased.map((row) => row.id);
    })();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ORDERS) {
          const index = next++;
          await new Promise((resolve) => setTimeout(resolve, burstStarted + (index * 1000) / ORDERS_PER_SECOND - Date.now()));
          await deliver(index);
        }
      }),
    );
    await killed;

    // Generous: on a loaded 2-core host the store applied as few as one order a second.
    const timeoutMs = 120_000 + ORDERS * 1000;
    await waitUntil('every order accepted at the store', () => totalOf('/marketplace/orders?status=ACCEPTED&size=1'), (n) => n >= ORDERS, { timeoutMs, intervalMs: 500 });
    const confirmsOf = () => {
      const counts = new Map<string, number>();
      for (const action of ifood.actions.filter((a) => a.action === 'confirm')) counts.set(action.orderId, (counts.get(action.orderId) ?? 0) + 1);
      return counts;
    };
    await waitUntil('every order confirmed at iFood', async () => confirmsOf(), (c) => c.size >= ORDERS, { timeoutMs, intervalMs: 500 });
    // Counted once no confirmation job is left to run, so a late repeat could not slip past.
    const openConfirmJobs = async () => (await relayRows("SELECT count(*)::int AS n FROM relay.marketplace_jobs WHERE kind = 'ACTION' AND payload->>'action' = 'CONFIRM' AND done_at IS NULL AND failed_at IS NULL"))[0].n as number;
    await waitUntil('every confirmation job finished', openConfirmJobs, (n) => n === 0, { timeoutMs, intervalMs: 500 });
    const confirms = confirmsOf();

    // Once at the store: one platform order each, one store order each, one downstream message each.
    expect(await totalOf('/marketplace/orders?size=1')).toBe(ORDERS);
    expect(await totalOf('/orders?channel=MARKETPLACE&size=1')).toBe(ORDERS);
    const pushed = await relayRows("SELECT count(*)::int AS n, count(DISTINCT payload->>'platformOrderId')::int AS distinct_orders FROM relay.downstream_messages WHERE type = 'marketplace.order_received'");
    expect(pushed[0]).toEqual({ n: ORDERS, distinct_orders: ORDERS });
    // Confirmed exactly once each, the confirmations the dead node was making as it died included.
    expect([...confirms.keys()].sort()).toEqual(placed.map((p) => p.order.id).sort());
    expect([...confirms.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    process.stdout.write(`relay nodes e2e: ${JSON.stringify({ orders: ORDERS, killedAfter, inFlightAtKill: inFlightAtKill.length, burstToLastConfirmMs: Date.now() - burstStarted })}\n`);
  }, 300_000 + ORDERS * 2000);
});
