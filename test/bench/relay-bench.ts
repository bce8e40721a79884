import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CompiledQuery } from 'kysely';
import { RelayClient, Replicator } from '../../appliance/src/replication/index.js';
import { openTestJournal } from '../../appliance/src/replication/testing/journal-fixture.js';
import { createDatabase } from '../../cloud-relay/src/db/database.js';
import { startTestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { SyntheticStore, seededRandom } from '../../cloud-relay/src/testing/synthetic-store.js';
import { createLogger } from '../../cloud-relay/src/logger.js';
import { startRelay } from '../../cloud-relay/src/relay.js';
import { salesReport } from '../../cloud-relay/src/reports/sales-report.js';
import { spawnRelay } from '../e2e/relay-process.js';
import { round, rssMb, summarize } from './stats.js';
import { absoluteTarget } from './targets.js';

const ADMIN_PASSWORD = 'Matriz#2026';
const BATCH_EVENTS = 2000;

/**
 * The same journal, read in the same batches, inserted as one multi-row INSERT per batch into a bare
 * table of the same Postgres by a process of its own (relay-floor-insert.ts): what no catch-up beats.
 */
async function runRelayInsertFloor(journalFile: string, databaseUrl: string): Promise<{ events: number; seconds: number; eventsPerSecond: number }> {
  const script = fileURLToPath(new URL('./relay-floor-insert.js', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, journalFile, databaseUrl, String(BATCH_EVENTS)]);
  const { events, seconds } = JSON.parse(stdout) as { events: number; seconds: number };
  return { events, seconds: round(seconds), eventsPerSecond: Math.round(events / seconds) };
}

async function post(baseUrl: string, path: string, body: unknown, token?: string): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()).data;
}

/**
 * A store that was offline catches up: its SQLite journal already holds `events` events (paid
 * orders over 30 business days) when the replicator starts; the built relay runs as its own process
 * on loopback with real Postgres. Measures until the relay acknowledged the last seq, projections
 * and rollups included (they commit with the raw events).
 */
export async function runRelayCatchupBench(events = 150_000) {
  const postgres = await startTestPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'chefia-relay-bench-'));
  const journal = openTestJournal(join(dir, 'store.db'));
  let relay: Awaited<ReturnType<typeof spawnRelay>> | undefined;
  try {
    const databaseUrl = await postgres.freshDatabase('relay_bench');
    relay = await spawnRelay({ RELAY_HTTP_PORT: '0', DATABASE_URL: databaseUrl, RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: ADMIN_PASSWORD });
    const baseUrl = `http://127.0.0.1:${relay.httpPort}`;
    const { token } = await post(baseUrl, '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const { enrollmentCode } = await post(baseUrl, '/api/v1/stores', { code: 'BENCH', name: 'Loja Bench' }, token);
    const { storeId, credential } = await post(baseUrl, '/api/v1/enroll', { code: enrollmentCode });

    const store = new SyntheticStore(seededRandom(150_000));
    const day0 = Date.UTC(2026, 9, 1);
    for (let order = 0; order * 3 < events; order += 1) {
      const day = Math.floor(order / Math.ceil(events / 90));
      const at = new Date(day0 + day * 86_400_000 + 13 * 3_600_000 + (order % 36_000) * 1000);
      journal.append(store.paidOrder(at.toISOString().slice(0, 10), at));
    }
    const head = journal.journal.lastSeq();

    const replicator = new Replicator(journal.db, new RelayClient(baseUrl, storeId, credential, 60_000), { maxBatchEvents: BATCH_EVENTS, maxDelayMs: 0, idlePollMs: 20 });
    const started = performance.now();
    replicator.start();
    while (replicator.lag().relayHighWater !== head) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    await replicator.stop();
    const relayMemory = await rssMb(relay.proc.pid!);

    const database = createDatabase(databaseUrl, 2);
    try {
      const count = await database.db.executeQuery<{ n: number; paid: number }>(
        CompiledQuery.raw(
          "SELECT (SELECT count(*) FROM relay.events) AS n, (SELECT sum(paid_cents) FROM pos_modern.orders WHERE status = 'COMPLETED') AS paid",
        ),
      );
      const stored = count.rows[0];
      if (stored.n !== head || stored.paid !== store.totals.paidCents) {
        throw new Error(`relay holds ${stored.n} events / ${stored.paid} cents, expected ${head} / ${store.totals.paidCents}`);
      }
    } finally {
      await database.close();
    }
    await relay.kill('SIGTERM');
    relay = undefined;
    const floor = await runRelayInsertFloor(join(dir, 'store.db'), await postgres.freshDatabase('relay_floor'));
    const eventsPerSecond = Math.round(head / seconds);
    return {
      events: head,
      orders: store.totals.orders,
      seconds: round(seconds),
      eventsPerSecond,
      batchEvents: BATCH_EVENTS,
      relayRssMb: relayMemory,
      floor,
      ratio: round(eventsPerSecond / floor.eventsPerSecond),
      targets: [absoluteTarget('catch-up incl. projections and rollups', eventsPerSecond, 'atLeast', 5000, 'events/s')],
    };
  } finally {
    await relay?.kill('SIGTERM');
    journal.close();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const STORES = 50;
const DAYS = 365;

/**
 * The portal's sales-by-store-by-day query with 10,000,000 order rows in pos_modern.orders (50
 * stores × 365 days, made with generate_series). The daily rollup is rebuilt from those orders with
 * the same aggregate ingest maintains incrementally; the query is the one the portal's export runs
 * (every row), timed for the last 30 days (a dashboard) and a full year (an export of 18,250 rows);
 * /api/v1/reports/sales?groupBy=storeDay answers its first page (1,000 rows) with the period's
 * totals. The direct aggregate over orders is timed for contrast.
 */
export async function runRelaySalesQueryBench(orderRows = 10_000_000) {
  const postgres = await startTestPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'chefia-relay-bench-'));
  const relay = await startRelay(
    { httpPort: 0, httpHost: '127.0.0.1', dataDir: dir, adminPassword: ADMIN_PASSWORD, databaseUrl: await postgres.freshDatabase('relay_query'), logLevel: 'silent', storeOfflineAfterSeconds: 90, marketplaces: { pollSeconds: 30, leaseSeconds: 30, apiUrls: {} }, chat: { graphUrl: 'http://127.0.0.1:9/v21.0' } },
    createLogger('silent'),
  );
  const db = relay.database.db;
  const run = (text: string) => db.executeQuery<any>(CompiledQuery.raw(text));
  try {
    const loadStarted = performance.now();
    await run(`INSERT INTO relay.stores (id, client_id, code, name)
      SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'BENCH-' || s, 'Loja ' || s FROM generate_series(1, ${STORES}) s`);
    await run(`INSERT INTO pos_modern.orders (client_id, store_id, id, number, business_date, channel, status, subtotal_cents, total_cents, paid_cents, created_at, updated_at)
      SELECT '00000000-0000-0000-0000-000000000001', st.ids[1 + i % ${STORES}], 'o' || i, i, d.day, 'COUNTER', 'COMPLETED', t.cents, t.cents, t.cents,
             d.day + make_interval(hours => 13 + i % 11), d.day + make_interval(hours => 13 + i % 11)
        FROM generate_series(1, ${orderRows}) i
        CROSS JOIN (SELECT array_agg(id ORDER BY code) AS ids FROM relay.stores) st
        CROSS JOIN LATERAL (SELECT DATE '2025-11-23' + ((i / ${STORES}) % ${DAYS})::int AS day) d
        CROSS JOIN LATERAL (SELECT 1000 + (i::bigint * 7919) % 9000 AS cents) t`);
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const rollupStarted = performance.now();
    await run(`INSERT INTO pos_modern.sales_by_day (client_id, store_id, business_date, orders_count, payments_count, amount_cents, refunded_cents)
      SELECT client_id, store_id, business_date, count(*), count(*), sum(paid_cents), 0
        FROM pos_modern.orders WHERE status = 'COMPLETED' GROUP BY client_id, store_id, business_date`);
    const rollupSeconds = (performance.now() - rollupStarted) / 1000;
    await run('ANALYZE pos_modern.orders');
    await run('ANALYZE pos_modern.sales_by_day');

    const login = await post(`http://127.0.0.1:${relay.httpPort}`, '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const measure = async (from: string, to: string) => {
      const query = { from, to, groupBy: 'storeDay' as const, storeId: [] };
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 21; i += 1) {
        const started = performance.now();
        rows = (await salesReport(db, query, { everyRow: true })).rows.length;
        if (i > 0) times.push(performance.now() - started);
      }
      const httpTimes: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${relay.httpPort}/api/v1/reports/sales?from=${from}&to=${to}&groupBy=storeDay`, {
          headers: { authorization: `Bearer ${login.token}` },
        });
        await response.json();
        if (i > 0) httpTimes.push(performance.now() - started);
      }
      const plan = await run(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT r.store_id, r.business_date, sum(r.orders_count), sum(r.payments_count),
        sum(r.amount_cents), sum(r.refunded_cents) FROM pos_modern.sales_by_day r
        WHERE r.business_date BETWEEN DATE '${from}' AND DATE '${to}' GROUP BY r.store_id, r.business_date ORDER BY r.store_id, r.business_date`);
      const serverMs = plan.rows[0]['QUERY PLAN'][0]['Execution Time'] as number;
      const report = summarize(times);
      const http = summarize(httpTimes);
      return {
        from, to, resultRows: rows,
        postgresExecutionMs: round(serverMs),
        reportFunctionMs: { p50: round(report.p50), p99: round(report.p99) },
        httpEndpointMs: { p50: round(http.p50), p99: round(http.p99) },
      };
    };
    const last30Days = await measure('2026-10-23', '2026-11-21');
    const fullYear = await measure('2025-11-23', '2026-11-22');
    const directStarted = performance.now();
    await run(`SELECT store_id, business_date, count(*), sum(paid_cents) FROM pos_modern.orders
      WHERE business_date BETWEEN DATE '2026-10-23' AND DATE '2026-11-21' AND status = 'COMPLETED' GROUP BY 1, 2`);
    const directMs = performance.now() - directStarted;
    const [{ n }] = (await run('SELECT count(*)::bigint AS n FROM pos_modern.orders')).rows;

    return {
      orderRows: n,
      stores: STORES,
      days: DAYS,
      loadSeconds: round(loadSeconds, 1),
      rollupRebuildSeconds: round(rollupSeconds, 1),
      last30Days,
      fullYear,
      directAggregateOverOrders30DaysMs: round(directMs),
      // The query's floor is Postgres executing it: the relay's share is the endpoint over that.
      ratio30DaysHttpP50ToPostgres: round(last30Days.httpEndpointMs.p50 / last30Days.postgresExecutionMs),
      targets: [
        absoluteTarget('sales by store by day, last 30 days, HTTP p99', last30Days.httpEndpointMs.p99, 'atMost', 200, 'ms'),
        absoluteTarget('sales by store by day, full year, Postgres execution', fullYear.postgresExecutionMs, 'atMost', 200, 'ms'),
      ],
    };
  } finally {
    await relay.close();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runRelayBench() {
  return { catchup: await runRelayCatchupBench(), salesQuery: await runRelaySalesQueryBench() };
}
