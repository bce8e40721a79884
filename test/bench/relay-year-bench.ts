import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDatabase, type Database } from '../../cloud-relay/src/db/database.js';
import { migrate } from '../../cloud-relay/src/db/migrate.js';
import { ingestBatch } from '../../cloud-relay/src/ingest/ingest-service.js';
import type { JournalEvent } from '../../cloud-relay/src/ingest/event-schema.js';
import { startTestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { SyntheticStore, seededRandom } from '../../cloud-relay/src/testing/synthetic-store.js';
import { round, summarize } from './stats.js';
import { ratioTarget } from './targets.js';

const CLIENT_ID = '00000000-0000-0000-0000-000000000001';

export interface YearOptions {
  /** Stores whose year of orders is stored before the aged run. */
  stores: number;
  ordersPerStoreDay: number;
  /** Months before this one, each with its partitions and its orders. */
  months: number;
  /** Batches ingested on each database, as a live store sends them. */
  batches: number;
}

function knob(name: string, fallback: number): number {
  const raw = process.env[`RELAY_YEAR_${name}`];
  return raw === undefined || raw === '' ? fallback : Number(raw);
}

/**
 * Postgres's CPU in clock ticks for one backend, from /proc: null when Postgres is on another
 * machine (DATABASE_URL), where the bench reports wall time alone.
 */
function backendTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Linux's USER_HZ: /proc times are in hundredths of a second. */
const TICK_US = 10_000;

/**
 * A store's batches through `ingestBatch` on one connection, each completing the orders of the one
 * before (their rows read back) and selling new ones, at the store's own month: Postgres CPU and wall
 * time per batch.
 */
async function ingestRun(database: Database, storeId: string, batches: number, seed: number) {
  const store = { id: storeId, clientId: CLIENT_ID, timeZone: 'America/Sao_Paulo' };
  const synthetic = new SyntheticStore(seededRandom(seed));
  const pid = (await database.pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
  const highWater = (await database.pool.query('SELECT high_water::int AS h FROM relay.stores WHERE id = $1', [storeId])).rows[0].h as number;
  let seq = highWater;
  let completions: JournalEvent[] = [];
  let events = 0;
  const wallMs: number[] = [];
  const warmUp = Math.min(50, Math.floor(batches / 4));
  let ticksAtStart: number | null = null;
  for (let b = 0; b < batches + warmUp; b += 1) {
    if (b === warmUp) ticksAtStart = backendTicks(pid);
    const now = new Date();
    const sold = Array.from({ length: 1 + (b % 5) }, () => synthetic.paidOrder(now.toISOString().slice(0, 10), now));
    const batch = [...completions, ...sold.flatMap(([created, paid]) => [created, paid])].map((event) => ({ ...event, seq: (seq += 1) }));
    completions = sold.map(([, , completed]) => completed);
    const started = performance.now();
    await ingestBatch(database.db, store, { events: batch } as never);
    if (b >= warmUp) {
      wallMs.push(performance.now() - started);
      events += batch.length;
    }
  }
  const ticksAtEnd = backendTicks(pid);
  const cpuUs = ticksAtStart !== null && ticksAtEnd !== null ? ((ticksAtEnd - ticksAtStart) * TICK_US) / batches : null;
  const wall = summarize(wallMs);
  return {
    batches,
    eventsPerBatch: round(events / batches, 1),
    postgresCpuUsPerBatch: cpuUs === null ? null : Math.round(cpuUs),
    wallMsPerBatch: { p50: round(wall.p50, 2), p99: round(wall.p99, 2) },
  };
}

async function addStore(database: Database, storeId: string, code: string): Promise<void> {
  await database.pool.query('INSERT INTO relay.stores (id, client_id, code, name) VALUES ($1, $2, $3, $3) ON CONFLICT (id) DO NOTHING', [storeId, CLIENT_ID, code]);
}

/**
 * A year of orders for `stores` stores, seeded directly with a partition per month (only their
 * number and size matter to what is measured: the reads a batch makes among them).
 */
async function seedYear(database: Database, options: YearOptions): Promise<{ orders: number; seconds: number }> {
  const started = performance.now();
  await database.pool.query(
    `SELECT relay.ensure_month_partition(parent, (date_trunc('month', now()) - make_interval(months => m))::date)
       FROM unnest(ARRAY['pos_modern.orders', 'pos_modern.order_items', 'pos_modern.payments']) AS parent CROSS JOIN generate_series(1, $1::int) AS m`,
    [options.months],
  );
  await database.pool.query(
    `INSERT INTO relay.stores (id, client_id, code, name)
     SELECT ('00000000-0000-4000-8000-' || lpad(s::text, 12, '0'))::uuid, $1, 'YEAR-' || s, 'Loja ' || s FROM generate_series(1, $2::int) s`,
    [CLIENT_ID, options.stores],
  );
  const { rowCount } = await database.pool.query(
    `INSERT INTO pos_modern.orders (client_id, store_id, id, number, business_date, channel, status, subtotal_cents, discount_cents, total_cents, paid_cents, created_at, updated_at)
     SELECT $1, ('00000000-0000-4000-8000-' || lpad(s::text, 12, '0'))::uuid, gen_random_uuid()::text, n, d::date, 'COUNTER', 'COMPLETED', 4200, 0, 4200, 4200, d + interval '15 hours', d + interval '15 hours'
       FROM generate_series(1, $2::int) s,
            generate_series(date_trunc('month', now()) - make_interval(months => $3::int), current_date - 1, interval '1 day') d,
            generate_series(1, $4::int) n`,
    [CLIENT_ID, options.stores, options.months, options.ordersPerStoreDay],
  );
  await database.pool.query('VACUUM ANALYZE pos_modern.orders');
  return { orders: rowCount ?? 0, seconds: round((performance.now() - started) / 1000, 1) };
}

/**
 * What a year of stored history costs ingest: the same batches of a store on a young database (the
 * floor: the months around now) and on one holding a year of orders for a chain, one connection
 * each. The aged store is one of the chain's, so its own orders fill every month's index.
 */
export async function runRelayYearBench(
  options: YearOptions = { stores: knob('STORES', 200), ordersPerStoreDay: knob('ORDERS_PER_STORE_DAY', 40), months: knob('MONTHS', 12), batches: knob('BATCHES', 2000) },
) {
  const postgres = await startTestPostgres();
  const databases: Database[] = [];
  try {
    const young = createDatabase(await postgres.freshDatabase('relay_young'), 1);
    const aged = createDatabase(await postgres.freshDatabase('relay_aged'), 1);
    databases.push(young, aged);
    await migrate(young.pool);
    await migrate(aged.pool);
    const youngStore = crypto.randomUUID();
    await addStore(young, youngStore, 'YOUNG');
    const seeded = await seedYear(aged, options);
    const agedStore = '00000000-0000-4000-8000-000000000001';
    const floor = await ingestRun(young, youngStore, options.batches, 1);
    const withYear = await ingestRun(aged, agedStore, options.batches, 1);
    // Postgres's own CPU where the bench can read it, else the batch's wall time.
    const cpu = floor.postgresCpuUsPerBatch !== null && withYear.postgresCpuUsPerBatch !== null;
    const [measured, base] = cpu ? [withYear.postgresCpuUsPerBatch!, floor.postgresCpuUsPerBatch!] : [withYear.wallMsPerBatch.p50, floor.wallMsPerBatch.p50];
    return {
      options,
      seeded,
      floor,
      withYear,
      ratios: { perBatch: round(measured / base), measuredAs: cpu ? 'Postgres CPU' : 'wall time p50' },
      targets: [ratioTarget(`a batch's ${cpu ? 'Postgres CPU' : 'wall time p50'} with a year of orders stored`, measured, base, 'atMost', 1.1)],
    };
  } finally {
    for (const database of databases) await database.close();
    await postgres.stop();
  }
}
