import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/http-client.js';
import { useRelayAndStore } from '../support/relay-and-store.js';
import { spawnRelay, spawnReplicatingAppliance } from './relay-process.js';

// 400 orders keep `npm test` inside its time budget; `npm run test:relay-scale` sells the full 1,000.
const ORDERS = Number(process.env.CHEFIA_RELAY_E2E_ORDERS ?? 400);
const STORE_ADMIN = 'Admin#2026x';
/** How long the store journal must go without a new event to count as quiet (its follow-up work done). */
const QUIET_MS = 1_500;
const PRODUCTS = [{ productId: 'prod-fries', priceCents: 1290 }, { productId: 'prod-onion-rings', priceCents: 1490 }];

/**
 * Acceptance 1: the real appliance process, the real relay process, real Postgres. The store is
 * enrolled (npm run enroll's CLI), the relay goes down, 1,000 orders are sold and paid and the day
 * is closed; the relay comes back, and every journal event must arrive exactly once with the relay's
 * per-store totals equal to the appliance's own Z report to the centavo.
 */
describe('store offline while selling, relay catches up', () => {
  const suite = useRelayAndStore('chefia-relay-e2e-');

  it(`delivers ${ORDERS} paid orders made while the relay was down, matching the day report`, async () => {
    const { relayEnv, hq, storeId, storeDir, enrollOutput } = await suite.enrollStore({ code: 'E2E', name: 'Loja E2E', database: 'relay_e2e' });
    expect(enrollOutput).toContain('ativada');
    await suite.relay!.kill('SIGTERM');
    suite.relay = null;

    // A store without NFC-e configured (a missing fiscal config file): this suite is about the
    // relay, and fiscal emission has its own end-to-end suite (fiscal.e2e.test.ts).
    const appliance = await spawnReplicatingAppliance({
      CHEFIA_DATA_DIR: storeDir,
      CHEFIA_DEMO: '1',
      CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
      CHEFIA_STORE_ID: 'loja-e2e',
      CHEFIA_FISCAL_CONFIG: join(storeDir, 'no-fiscal-config.json'),
    }, 90_000);
    suite.appliance = appliance;
    const store = await new ApiClient(`http://127.0.0.1:${appliance.httpPort}`).login('admin', STORE_ADMIN);
    const session = await store.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(session.status).toBe(201);

    let cashCents = 0;
    const sell = async (i: number) => {
      const product = PRODUCTS[i % PRODUCTS.length];
      const quantity = 1 + (i % 3);
      const order = await store.post('/orders', { channel: 'COUNTER', items: [{ productId: product.productId, quantity }] });
      expect(order.status).toBe(201);
      const id = order.body.data.id as string;
      const confirmed = await store.post(`/orders/${id}/confirm`);
      if (confirmed.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}\n${appliance.logs.filter((l) => l.includes('"level":50')).slice(-3).join('\n')}`);
      expect((await store.post(`/orders/${id}/status`, { status: 'READY' })).status).toBe(200);
      const paid = await store.post(`/orders/${id}/payments`, { method: 'CASH', tenderedCents: order.body.data.totalCents + 500 });
      expect(paid.status).toBe(201);
      expect(paid.body.data.order.status).toBe('COMPLETED');
      cashCents += paid.body.data.payment.amountCents as number;
    };
    const sellingStarted = Date.now();
    const workers = Array.from({ length: 8 }, async (_, worker) => {
      for (let i = worker; i < ORDERS; i += 8) await sell(i);
    });
    await Promise.all(workers);

    const closeSession = await store.post(`/cashier-sessions/${session.body.data.id}/close`, { counted: { CASH: 10_000 + cashCents } });
    expect(closeSession.status).toBe(200);
    const closeDay = await store.post('/business-days/current/close');
    expect(closeDay.status).toBe(200);
    const report = closeDay.body.data.report;
    expect(report.sales.ordersCount).toBe(ORDERS);
    expect(report.payments.netCents).toBe(cashCents);

    const health = async () => (await (await fetch(`http://127.0.0.1:${appliance.httpPort}/health`)).json()).data.checks;
    // Paid orders keep producing events after the last response (NFC-e emission, DANFE and receipt
    // print jobs run from durable consumers): wait until the journal is quiet before taking its head.
    // Quiet: no new event for QUIET_MS. The head is read often, so the wait ends that long after the
    // last event instead of up to twice that (two reads QUIET_MS apart).
    let head = (await health()).replication.headSeq as number;
    let changedAt = Date.now();
    // Generous: under a full parallel test run the follow-up work of 1,000 sales takes minutes.
    const quietDeadline = Date.now() + 240_000;
    while (Date.now() - changedAt < QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const next = (await health()).replication.headSeq as number;
      if (next === head) continue;
      if (Date.now() > quietDeadline) throw new Error('the store journal never went quiet');
      head = next;
      changedAt = Date.now();
    }
    const offline = (await health()).replication;
    expect(offline.events).toBeGreaterThan(ORDERS * 4);

    const sellingMs = Date.now() - sellingStarted;
    suite.relay = await spawnRelay(relayEnv);
    const catchUpStarted = Date.now();
    const deadline = Date.now() + 90_000;
    while ((await health()).replication.relayHighWater !== head) {
      if (Date.now() > deadline) throw new Error(`relay did not catch up: ${JSON.stringify((await health()).replication)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    process.stdout.write(`relay e2e: ${JSON.stringify({ orders: ORDERS, events: head, sellingMs, catchUpMs: Date.now() - catchUpStarted })}\n`);
    const client = new pg.Client(relayEnv.DATABASE_URL);
    await client.connect();
    try {
      const { rows: [raw] } = await client.query(
        'SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS ids, min(seq)::int AS lo, max(seq)::int AS hi FROM relay.events WHERE store_id = $1',
        [storeId],
      );
      expect(raw).toEqual({ n: head, ids: head, lo: 1, hi: head });
    } finally {
      await client.end();
    }

    const date = report.date as string;
    const byStore = await hq.get(`/reports/sales?from=${date}&to=${date}&groupBy=store&storeId=${storeId}`);
    expect(byStore.body.data.rows).toHaveLength(1);
    expect(byStore.body.data.rows[0]).toMatchObject({ storeId, ordersCount: report.sales.ordersCount, netCents: report.payments.netCents, refundedCents: report.payments.refundedCents });
    const byMethod = await hq.get(`/reports/sales?from=${date}&to=${date}&groupBy=paymentMethod&storeId=${storeId}`);
    expect(byMethod.body.data.rows.map((r: { key: string; netCents: number }) => [r.key, r.netCents])).toEqual(
      report.payments.byMethod.map((m: { method: string; netCents: number }) => [m.method, m.netCents]),
    );
    const byHour = await hq.get(`/reports/sales?from=${date}&to=${date}&groupBy=hour&storeId=${storeId}`);
    expect(byHour.body.data.rows.map((r: { key: string; grossCents: number }) => [r.key, r.grossCents])).toEqual(
      report.byHour.map((h: { hour: string; amountCents: number }) => [h.hour, h.amountCents]),
    );
    const zReports = await hq.get(`/reports/z?storeId=${storeId}`);
    expect(zReports.body.data[0].report.payments.netCents).toBe(report.payments.netCents);
    // HQ reads the store's Z as the store printed it.
    expect(zReports.body.data[0].text).toBe(closeDay.body.data.text);
  }, 600_000);
});
