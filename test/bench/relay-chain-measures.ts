import fs from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Database } from '../../cloud-relay/src/db/database.js';
import { PARTITIONED_TABLES } from '../../cloud-relay/src/db/partitions.js';
import { salesReport } from '../../cloud-relay/src/reports/sales-report.js';
import type { SyntheticEvent } from '../../cloud-relay/src/testing/synthetic-store.js';
import type { ChainStore } from './relay-chain-store.js';
import { cpuMs, round, summarize } from './stats.js';

/** What `relay-chain` measures besides ingest: Postgres' CPU, the floor, the HQ query, exactly-once. */

/** CPU ms of a process still running, 0 once it has exited (a backend may close between listing and reading). */
function liveCpuMs(pid: number): number {
  try {
    return cpuMs(pid);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds a Postgres cluster used: the postmaster's own and its reaped children's (backends of
 * closed connections), plus its live children's.
 */
export function clusterCpuSeconds(dataDir: string): number {
  const [postmaster, ...children] = clusterPids(dataDir);
  let ms = cpuMs(postmaster, { reapedChildren: true });
  for (const pid of children) ms += liveCpuMs(pid);
  return ms / 1000;
}

/** Every process of a Postgres cluster: the postmaster (postmaster.pid line 1) and its children. */
function clusterPids(dataDir: string): number[] {
  const postmaster = Number(fs.readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === postmaster) pids.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return pids;
}

/**
 * The floor: the same events inserted as one multi-row INSERT per 1,000 into a bare table of the same
 * Postgres by two connections (as two nodes would), one transaction per batch: no HTTP, no gzip, no
 * credential, no store lock, no projections or rollups.
 */
export async function insertFloor(url: string, events: SyntheticEvent[]): Promise<{ events: number; seconds: number; eventsPerSecond: number }> {
  const setup = new pg.Client(url);
  await setup.connect();
  await setup.query(`CREATE TABLE floor_events (store_id text NOT NULL, seq bigint NOT NULL, event_id text NOT NULL, type text NOT NULL,
    aggregate_id text NOT NULL, payload jsonb NOT NULL, occurred_at timestamptz NOT NULL, PRIMARY KEY (store_id, seq))`);
  await setup.end();
  const batches: SyntheticEvent[][] = [];
  for (let i = 0; i < events.length; i += 1000) batches.push(events.slice(i, i + 1000));
  const started = performance.now();
  await Promise.all(
    [0, 1].map(async (worker) => {
      const client = new pg.Client(url);
      await client.connect();
      for (let b = worker; b < batches.length; b += 2) {
        const values: unknown[] = [];
        const tuples = batches[b].map((e, i) => {
          values.push('floor', e.seq, e.id, e.type, e.aggregateId, JSON.stringify(e.payload), e.occurredAt);
          const p = i * 7;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
        });
        await client.query(`INSERT INTO floor_events VALUES ${tuples.join(', ')}`, values);
      }
      await client.end();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { events: events.length, seconds: round(seconds), eventsPerSecond: Math.round(events.length / seconds) };
}

/** Times the "sales by store by day" report on one database: the relay's function and Postgres' own execution. */
export async function timeSalesQuery(database: Database, from: string, to: string, runs = 6) {
  const query = { from, to, groupBy: 'storeDay' as const, storeId: [] };
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    rows = (await salesReport(database.db, query, { everyRow: true })).rows.length;
    if (i > 0) times.push(performance.now() - started);
  }
  const executions: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    // The statement salesReport runs for storeDay (cloud-relay/src/reports/sales-report.ts).
    const plan = await database.pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT r.store_id, r.business_date, r.orders_count::bigint,
      r.payments_count::bigint, r.amount_cents, r.refunded_cents FROM pos_modern.sales_by_day r
      WHERE r.business_date BETWEEN DATE '${from}' AND DATE '${to}' ORDER BY r.store_id, r.business_date`);
    if (i > 0) executions.push(plan.rows[0]['QUERY PLAN'][0]['Execution Time'] as number);
  }
  const report = summarize(times);
  const postgres = summarize(executions);
  return { from, to, resultRows: rows, reportFunctionMs: { p50: round(report.p50), p99: round(report.p99) }, postgresExecutionMs: { p50: round(postgres.p50), p99: round(postgres.p99) } };
}

const CLIENT_ID = '00000000-0000-0000-0000-000000000001';

/** An old month of raw events to prune mid-run, seeded directly: only its size matters. */
export async function seedOldMonth(database: Database, events: number): Promise<void> {
  await database.pool.query("SELECT relay.ensure_month_partition('relay.events', '2025-06-01')");
  await database.pool.query(
    `INSERT INTO relay.stores (id, client_id, code, name) VALUES ('00000000-0000-4000-8000-00000000d1ed', $1, 'PRUNED', 'Loja antiga')`,
    [CLIENT_ID],
  );
  await database.pool.query(
    `INSERT INTO relay.events (store_id, seq, event_id, type, aggregate_type, aggregate_id, payload, occurred_at)
     SELECT '00000000-0000-4000-8000-00000000d1ed', s, 'old-' || s, 'order.created', 'order', 'o' || s,
            jsonb_build_object('orderId', 'o' || s, 'totalCents', 1000 + s % 5000), TIMESTAMPTZ '2025-06-01 00:00+00' + make_interval(secs => s * 2)
       FROM generate_series(1, ${events}) s`,
  );
}

/**
 * Every store's events exactly once, against its own sequence. Lost: acknowledged to a store (or
 * below the relay's high-water mark) but not stored. Events a store still held when the drain time
 * ran out are unsent, not lost: they are at the store.
 */
export async function checkExactlyOnce(database: Database, stores: ChainStore[]) {
  const stored = await database.pool.query<{ store_id: string; n: number; seqs: number; ids: number; lo: number; hi: number; high_water: number }>(
    `SELECT e.store_id, count(*)::int AS n, count(DISTINCT e.seq)::int AS seqs, count(DISTINCT e.event_id)::int AS ids,
            min(e.seq)::int AS lo, max(e.seq)::int AS hi, max(s.high_water)::int AS high_water
       FROM relay.events e JOIN relay.stores s ON s.id = e.store_id
      WHERE s.code LIKE 'CHAIN-%' GROUP BY e.store_id`,
  );
  const byStore = new Map(stored.rows.map((row) => [row.store_id, row]));
  let lost = 0;
  let duplicated = 0;
  let unsent = 0;
  let storesWrong = 0;
  for (const store of stores) {
    const row = byStore.get(store.storeId) ?? { n: 0, seqs: 0, ids: 0, lo: 1, hi: 0, high_water: 0 };
    const highWater = Math.max(row.high_water, store.acknowledged);
    const missing = highWater - row.seqs + (row.hi > 0 && row.lo !== 1 ? 1 : 0);
    const extra = row.n - row.seqs + (row.n - row.ids) + Math.max(0, row.hi - store.generated);
    lost += Math.max(0, missing);
    duplicated += extra;
    unsent += store.generated - row.seqs;
    if (missing !== 0 || extra !== 0 || row.hi !== row.high_water || store.acknowledged > row.high_water) storesWrong += 1;
  }
  return { lost, duplicated, unsent, storesWrong };
}

/** Empty partitions of every partitioned table for the `months` before this one. */
export async function makeHistoryPartitions(database: Database, months: number): Promise<void> {
  await database.pool.query(
    `SELECT relay.ensure_month_partition(parent, (date_trunc('month', now()) - make_interval(months => m))::date)
       FROM unnest($1::text[]) AS parent CROSS JOIN generate_series(1, $2::int) AS m`,
    [Object.keys(PARTITIONED_TABLES), months],
  );
}

/**
 * The "sales by store by day" rollup for `stores` × `days` from 2025-01-01, seeded directly (honest
 * for a query bench: ingest maintains the same rows incrementally). Returns the seconds it took.
 */
export async function seedSalesByDay(database: Database, stores: number, days: number): Promise<number> {
  const started = performance.now();
  await database.pool.query(
    `INSERT INTO relay.stores (id, client_id, code, name)
     SELECT gen_random_uuid(), $1, 'QUERY-' || s, 'Loja consulta ' || s FROM generate_series(1, ${stores}) s`,
    [CLIENT_ID],
  );
  await database.pool.query(
    `INSERT INTO pos_modern.sales_by_day (client_id, store_id, business_date, orders_count, payments_count, amount_cents, refunded_cents)
     SELECT $1, st.id, DATE '2025-01-01' + d, 150 + (d * 7 + st.n) % 200, 160 + (d * 7 + st.n) % 200, 500000 + ((d * 7919 + st.n * 104729) % 900000), (d + st.n) % 3 * 1000
       FROM (SELECT id, row_number() OVER (ORDER BY code)::int AS n FROM relay.stores WHERE code LIKE 'QUERY-%') st
       CROSS JOIN generate_series(0, ${days - 1}) d`,
    [CLIENT_ID],
  );
  // What autovacuum does after a bulk load: the visibility map lets the covering index answer alone.
  await database.pool.query('VACUUM ANALYZE pos_modern.sales_by_day');
  await database.pool.query('ANALYZE relay.stores');
  return (performance.now() - started) / 1000;
}
