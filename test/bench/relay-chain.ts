import crypto from 'node:crypto';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import pg from 'pg';
import { createDatabase, type Database } from '../../cloud-relay/src/db/database.js';
import { findFreePort, startEmbeddedPostgres } from '../../cloud-relay/src/db/embedded-postgres.js';
import { startEmbeddedReplica } from '../../cloud-relay/src/db/embedded-replica.js';
import { pruneMonth } from '../../cloud-relay/src/db/partitions.js';
import { salesReport } from '../../cloud-relay/src/reports/sales-report.js';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../../cloud-relay/src/testing/synthetic-store.js';
import { spawnRelay, type ChildHandle } from '../e2e/relay-process.js';
import { startRoundRobinBalancer } from '../support/round-robin-balancer.js';
import { round, summarize } from './stats.js';
import { absoluteTarget } from './targets.js';

const gzipAsync = promisify(gzip);
const ADMIN_PASSWORD = 'Matriz#2026';
const CLIENT_ID = '00000000-0000-0000-0000-000000000001';

/** Bounds of a run; every one has an env knob (RELAY_CHAIN_*), `--quick` shrinks them for a sanity check. */
export interface ChainOptions {
  stores: number;
  /** Length of the load phase: one compressed business day with its lunch and dinner rushes. */
  seconds: number;
  /** Average events per second per store over the day (the rushes peak at ≈ 2.3× it). */
  eventsPerStoreSecond: number;
  /** Events the store returning after 7 days offline brings (0 = none). */
  weekEvents: number;
  /** SIGKILL one node (alternately) this often, restarting it at once; 0 = never. */
  killEverySeconds: number;
  /** Raw events of an old month seeded before the run and pruned in the middle of it. */
  pruneEvents: number;
  /** Stores × days of the rollup seeded for the "sales by store by day" query. */
  queryStores: number;
  queryDays: number;
  /** How long the stores get to send what they still hold after the load phase. */
  drainSeconds: number;
}

function knob(name: string, fallback: number): number {
  const raw = process.env[`RELAY_CHAIN_${name}`];
  return raw === undefined || raw === '' ? fallback : Number(raw);
}

export function chainOptions(argv: string[] = process.argv.slice(2)): ChainOptions {
  const quick = argv.includes('--quick') || process.env.RELAY_CHAIN_QUICK === '1';
  const kill = argv.includes('--kill');
  return {
    stores: knob('STORES', quick ? 50 : 1000),
    seconds: knob('SECONDS', quick ? 30 : 150),
    eventsPerStoreSecond: knob('EVENTS_PER_STORE_SECOND', 10),
    weekEvents: knob('WEEK_EVENTS', quick ? 20_000 : 200_000),
    killEverySeconds: knob('KILL_EVERY_SECONDS', kill ? 30 : 0),
    pruneEvents: knob('PRUNE_EVENTS', quick ? 50_000 : 500_000),
    queryStores: knob('QUERY_STORES', 1000),
    queryDays: knob('QUERY_DAYS', 365),
    drainSeconds: knob('DRAIN_SECONDS', quick ? 30 : 60),
  };
}

/** One request over the balancer; keep-alive sockets, like a store's replicator keeps its connection. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

function request(port: number, method: string, path: string, options: { token?: string; body?: Buffer; gzip?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body) {
      headers['content-type'] = 'application/json';
      if (options.gzip) headers['content-encoding'] = 'gzip';
    }
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: any = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          body = text;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A generated event with the moment the store committed it, to measure lag from. */
interface PendingEvent {
  event: SyntheticEvent;
  createdAt: number;
}

/**
 * A store's journal, shaped like docs/events.md: every counter order is created, confirmed, sent to
 * the kitchen (ticket created, bumped), ready, paid, its NFC-e issued and authorized, and completed.
 * The order, payment and status events are the projected ones (SyntheticStore, which keeps totals);
 * kitchen and fiscal events are stored raw, as the relay does with them.
 */
class ChainStore {
  readonly synthetic: SyntheticStore;
  seq = 0;
  generated = 0;
  /** The relay's high-water mark as last acknowledged to this store. */
  acknowledged = 0;
  private carry = 0;

  constructor(
    readonly index: number,
    readonly storeId: string,
    readonly credential: string,
    seed: number,
  ) {
    this.synthetic = new SyntheticStore(seededRandom(seed));
  }

  private next(event: SyntheticEvent): SyntheticEvent {
    this.seq += 1;
    this.generated += 1;
    return { ...event, seq: this.seq };
  }

  /** One order's nine events, in journal order. */
  order(at: Date): SyntheticEvent[] {
    const businessDate = new Date(at.getTime() - 3 * 3_600_000).toISOString().slice(0, 10);
    const [created, payment, completed] = this.synthetic.paidOrder(businessDate, at);
    const p = created.payload;
    const base = { actor: created.actor, correlationId: null, occurredAt: at.toISOString() };
    const status = (status: string, type: string): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'order', aggregateId: p.orderId,
      payload: { orderId: p.orderId, number: p.number, businessDate, status, totalCents: p.totalCents },
    });
    const ticketId = crypto.randomUUID();
    const ticket = { ticketId, orderId: p.orderId, orderNumber: p.number, station: 'CHAPA', items: p.items.map((i) => ({ itemId: i.itemId, name: i.name, quantity: i.quantity })) };
    const kitchen = (type: string): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'kitchen_ticket', aggregateId: ticketId, payload: { ticket },
    });
    const documentId = crypto.randomUUID();
    const accessKey = Array.from({ length: 44 }, (_, i) => String((this.seq + i) % 10)).join('');
    const fiscal = (type: string, extra: Record<string, unknown>): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'fiscal_document', aggregateId: documentId,
      payload: { documentId, orderId: p.orderId, number: p.number, series: 1, accessKey, totalCents: p.totalCents, ...extra },
    });
    return [
      created,
      status('CONFIRMED', 'order.confirmed'),
      kitchen('kitchen.ticket_created'),
      kitchen('kitchen.ticket_bumped'),
      status('READY', 'order.ready'),
      payment,
      fiscal('fiscal.document_issued', { model: 65 }),
      fiscal('fiscal.document_authorized', { protocol: `1${accessKey.slice(0, 14)}`, cStat: 100 }),
      completed,
    ].map((event) => this.next(event));
  }

  /** Orders due after `seconds` at `eventsPerSecond`: whole orders, the remainder carried on. */
  due(seconds: number, eventsPerSecond: number, at: Date): SyntheticEvent[] {
    this.carry += (seconds * eventsPerSecond) / 9;
    const orders = Math.floor(this.carry);
    this.carry -= orders;
    return Array.from({ length: orders }, () => this.order(at)).flat();
  }
}

/** Lunch (12:30) and dinner (20:00) rushes on a quiet base, averaging 1 over the day. */
function rush(dayFraction: number): number {
  const bump = (center: number, width: number) => Math.exp(-(((dayFraction - center) / width) ** 2));
  const raw = 0.35 + 1.9 * bump(0.3, 0.08) + 1.9 * bump(0.75, 0.1);
  return raw / 0.98;
}

interface SenderStats {
  acceptedEvents: number;
  batches: number;
  replayedBatches: number;
  retries: number;
  gaps: number;
  statuses: Map<number | string, number>;
  lagMs: number[];
}

/**
 * Ships a store's pending events the way the appliance's replicator does: one batch in flight, gzip
 * JSON, consecutive seqs, at most `maxBatch` events; a 409 SEQ_GAP asks /sync where HQ stands; a
 * failure (dropped connection of a killed node, 429, 5xx) is retried after a backoff with jitter,
 * Retry-After honoured. Acknowledged events leave the queue.
 */
async function sendPending(
  port: number,
  store: ChainStore,
  pending: PendingEvent[],
  maxBatch: number,
  stats: SenderStats,
  recordLag: boolean,
  shouldStop: () => boolean,
): Promise<void> {
  let backoff = 250;
  while (pending.length > 0 && !shouldStop()) {
    const batch = pending.slice(0, maxBatch);
    const body = await gzipAsync(
      Buffer.from(JSON.stringify({ events: batch.map((p) => p.event), journalHead: store.seq, oldestUnsentAt: batch[0].event.occurredAt })),
    );
    let answer: Answer;
    try {
      answer = await request(port, 'POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body, gzip: true });
    } catch (error) {
      // A dropped connection (a killed node), a refused one, a timeout: counted by its code, retried.
      const reason = `network:${(error as { code?: string }).code ?? (error as Error).message}`;
      stats.statuses.set(reason, (stats.statuses.get(reason) ?? 0) + 1);
      stats.retries += 1;
      await sleep(backoff / 2 + Math.random() * (backoff / 2));
      backoff = Math.min(backoff * 2, 4000);
      continue;
    }
    stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status === 200) {
      const { accepted, highWater, replayed } = answer.body.data as { accepted: number; highWater: number; replayed: boolean };
      store.acknowledged = Math.max(store.acknowledged, highWater);
      const now = Date.now();
      const done = pending.findIndex((p) => p.event.seq > highWater);
      const acknowledged = done === -1 ? pending.length : done;
      if (recordLag && acknowledged > 0) stats.lagMs.push(now - pending[0].createdAt);
      pending.splice(0, acknowledged);
      stats.acceptedEvents += accepted;
      stats.batches += 1;
      if (replayed) stats.replayedBatches += 1;
      backoff = 250;
      continue;
    }
    if (answer.status === 409 && answer.body?.error?.code === 'SEQ_GAP') {
      stats.gaps += 1;
      const sync = await request(port, 'GET', `/api/v1/stores/${store.storeId}/sync`, { token: store.credential }).catch(() => null);
      if (sync?.status === 200) {
        const highWater = sync.body.data.highWater as number;
        store.acknowledged = Math.max(store.acknowledged, highWater);
        const done = pending.findIndex((p) => p.event.seq > highWater);
        pending.splice(0, done === -1 ? pending.length : done);
      }
      continue;
    }
    if (answer.status === 429 || answer.status >= 500) {
      stats.retries += 1;
      const retryAfter = Number(answer.headers['retry-after']);
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff / 2 + Math.random() * (backoff / 2));
      backoff = Math.min(backoff * 2, 4000);
      continue;
    }
    throw new Error(`store ${store.index}: unexpected ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds (user + system) of a process and of its children still running, from /proc. */
function cpuSeconds(pids: number[]): number {
  const tick = 100;
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      /* gone */
    }
  }
  return total;
}

/**
 * CPU seconds a Postgres cluster used: the postmaster's own and its reaped children's (backends of
 * closed connections, cutime/cstime), plus its live children's.
 */
function clusterCpuSeconds(dataDir: string): number {
  const pids = clusterPids(dataDir);
  let total = cpuSeconds(pids);
  try {
    const fields = fs.readFileSync(`/proc/${pids[0]}/stat`, 'utf8').split(') ')[1].split(' ');
    total += (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    /* gone */
  }
  return total;
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
async function insertFloor(url: string, events: SyntheticEvent[]): Promise<{ events: number; seconds: number; eventsPerSecond: number }> {
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
async function timeSalesQuery(database: Database, from: string, to: string, runs = 6) {
  const query = { from, to, groupBy: 'storeDay' as const, storeId: [] };
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    rows = (await salesReport(database.db, query)).rows.length;
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

/**
 * The relay at chain scale on one machine: N simulated stores through a TCP round-robin to two relay
 * nodes (the built relay, as processes) on one Postgres with a streaming replica the reports read.
 * See docs/performance.md, "relay-chain", for what is measured and how to read it.
 */
export async function runRelayChainBench(options: ChainOptions = chainOptions()) {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-relay-chain-'));
  const nodes: (ChildHandle & { httpPort: number })[] = [];
  let primary: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let replica: Awaited<ReturnType<typeof startEmbeddedReplica>> | undefined;
  let balancer: Awaited<ReturnType<typeof startRoundRobinBalancer>> | undefined;
  const databases: Database[] = [];
  try {
    // One Postgres, its standby, two nodes, the balancer.
    primary = await startEmbeddedPostgres({ dataDir: join(dir, 'primary') });
    const admin = new pg.Client(primary.url);
    await admin.connect();
    await admin.query('CREATE DATABASE relay_chain');
    await admin.query('CREATE DATABASE relay_floor');
    await admin.end();
    const databaseUrl = Object.assign(new URL(primary.url), { pathname: '/relay_chain' }).toString();
    const floorUrl = Object.assign(new URL(primary.url), { pathname: '/relay_floor' }).toString();
    replica = await startEmbeddedReplica({ primaryDataDir: join(dir, 'primary'), primaryUrl: databaseUrl, dataDir: join(dir, 'replica') });
    const ports = [await findFreePort(), await findFreePort()];
    const shared = {
      DATABASE_URL: databaseUrl,
      DATABASE_REPLICA_URL: replica.url,
      RELAY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      RELAY_MARKETPLACE_KEY: crypto.randomBytes(32).toString('base64'),
      RELAY_LOG_LEVEL: 'warn',
    };
    const startNode = (index: number) =>
      spawnRelay({ ...shared, RELAY_HTTP_PORT: String(ports[index]), RELAY_DATA_DIR: join(dir, `node-${index}`), RELAY_LOG_LEVEL: 'info' }, 120_000);
    nodes.push(await startNode(0));
    nodes.push(await startNode(1));
    balancer = await startRoundRobinBalancer(ports.map((port) => ({ host: '127.0.0.1', port })));
    const port = balancer.port;
    const primaryDb = createDatabase(databaseUrl, 4);
    const replicaDb = createDatabase(replica.url, 4);
    databases.push(primaryDb, replicaDb);

    // Enrollment in bulk, the way HQ does it: create each store (one-time code), exchange the code.
    const login = await request(port, 'POST', '/api/v1/auth/login', { body: Buffer.from(JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD })) });
    const token = login.body.data.token as string;
    const enrollStarted = performance.now();
    const total = options.stores + (options.weekEvents > 0 ? 1 : 0);
    const stores: ChainStore[] = new Array(total);
    let nextIndex = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let index = nextIndex++; index < total; index = nextIndex++) {
          const code = `CHAIN-${String(index).padStart(4, '0')}`;
          const created = await request(port, 'POST', '/api/v1/stores', { token, body: Buffer.from(JSON.stringify({ code, name: `Loja ${index}` })) });
          const enrolled = await request(port, 'POST', '/api/v1/enroll', { body: Buffer.from(JSON.stringify({ code: created.body.data.enrollmentCode })) });
          stores[index] = new ChainStore(index, enrolled.body.data.storeId, enrolled.body.data.credential, 1000 + index);
        }
      }),
    );
    const enrollSeconds = (performance.now() - enrollStarted) / 1000;
    const weekStore = options.weekEvents > 0 ? stores[total - 1] : undefined;
    const liveStores = stores.slice(0, options.stores);

    // An old month of raw events to prune mid-run (seeded directly: only its size matters).
    await primaryDb.pool.query("SELECT relay.ensure_month_partition('relay.events', '2025-06-01')");
    await primaryDb.pool.query(
      `INSERT INTO relay.stores (id, client_id, code, name) VALUES ('00000000-0000-4000-8000-00000000d1ed', $1, 'PRUNED', 'Loja antiga')`,
      [CLIENT_ID],
    );
    await primaryDb.pool.query(
      `INSERT INTO relay.events (store_id, seq, event_id, type, aggregate_type, aggregate_id, payload, occurred_at)
       SELECT '00000000-0000-4000-8000-00000000d1ed', s, 'old-' || s, 'order.created', 'order', 'o' || s,
              jsonb_build_object('orderId', 'o' || s, 'totalCents', 1000 + s % 5000), TIMESTAMPTZ '2025-06-01 00:00+00' + make_interval(secs => s * 2)
         FROM generate_series(1, ${options.pruneEvents}) s`,
    );

    // The week-offline store's journal, generated before it returns: 7 days of orders, ~200,000 events.
    const weekPending: PendingEvent[] = [];
    if (weekStore) {
      const weekStart = Date.now() - 7 * 86_400_000;
      const orders = Math.ceil(options.weekEvents / 9);
      for (let o = 0; o < orders; o += 1) {
        const at = new Date(weekStart + Math.floor((o / orders) * 7 * 86_400_000));
        for (const event of weekStore.order(at)) weekPending.push({ event, createdAt: Date.now() });
      }
    }
    const floorSample = weekPending.slice(0, Math.min(weekPending.length, 100_000)).map((p) => p.event);

    // The load phase.
    const stats: SenderStats = { acceptedEvents: 0, batches: 0, replayedBatches: 0, retries: 0, gaps: 0, statuses: new Map(), lagMs: [] };
    const weekStats: SenderStats = { acceptedEvents: 0, batches: 0, replayedBatches: 0, retries: 0, gaps: 0, statuses: new Map(), lagMs: [] };
    const random = seededRandom(7);
    const outages = liveStores.map(() => {
      // One store in ten drops off once for 10–30 % of the day, then catches up.
      if (random() >= 0.1) return null;
      const start = random() * 0.7 * options.seconds * 1000;
      return { start, end: start + (0.1 + random() * 0.2) * options.seconds * 1000 };
    });
    // Nodes' CPU: a killed node's is added up when it dies; a restarted one counts from zero.
    const nodeBaseline = nodes.map((node) => cpuSeconds([node.proc.pid!]));
    let deadNodesCpu = 0;
    const nodesCpu = () => deadNodesCpu + nodes.reduce((sum, node, index) => sum + cpuSeconds([node.proc.pid!]) - nodeBaseline[index], 0);
    const cpuAtStart = { postgres: clusterCpuSeconds(join(dir, 'primary')), replica: clusterCpuSeconds(join(dir, 'replica')), bench: process.cpuUsage() };
    const loadAtStart = os.loadavg();
    const startedAt = Date.now();
    const elapsed = () => Date.now() - startedAt;
    let generating = true;
    let draining = false;
    const drainDeadline = () => startedAt + (options.seconds + options.drainSeconds) * 1000;
    const stop = () => draining && Date.now() > drainDeadline();
    const timeline: { second: number; accepted: number }[] = [];
    let lastAccepted = 0;
    const sampler = setInterval(() => {
      const accepted = stats.acceptedEvents + weekStats.acceptedEvents;
      timeline.push({ second: Math.round(elapsed() / 1000), accepted: accepted - lastAccepted });
      lastAccepted = accepted;
    }, 1000);

    const storeLoops = liveStores.map(async (store, index) => {
      const pending: PendingEvent[] = [];
      let last = Date.now();
      await sleep(random() * 1000);
      while (generating || (pending.length > 0 && !stop())) {
        const now = Date.now();
        if (generating) {
          const rate = options.eventsPerStoreSecond * rush(Math.min(1, elapsed() / (options.seconds * 1000)));
          for (const event of store.due((now - last) / 1000, rate, new Date(now))) pending.push({ event, createdAt: now });
        }
        last = now;
        const outage = outages[index];
        const offline = outage !== null && generating && elapsed() >= outage.start && elapsed() < outage.end;
        // An outage's backlog is not replication lag of a connected store: measured as catch-up.
        if (!offline && pending.length > 0) await sendPending(port, store, pending, 1000, stats, outage === null, stop);
        await sleep(Math.max(50, 1000 - (Date.now() - now)));
      }
    });

    let weekCatchUp: { events: number; seconds: number; eventsPerSecond: number } | undefined;
    const weekLoop = (async () => {
      if (!weekStore) return;
      await sleep(0.2 * options.seconds * 1000);
      const started = performance.now();
      const initial = weekPending.length;
      await sendPending(port, weekStore, weekPending, 5000, weekStats, false, stop);
      const seconds = (performance.now() - started) / 1000;
      const events = initial - weekPending.length;
      weekCatchUp = { events, seconds: round(seconds), eventsPerSecond: Math.round(events / seconds) };
    })();

    let prune: { millis: number; events: number; acceptedInWindow: number } | { gaveUp: string } | undefined;
    const pruneLoop = (async () => {
      await sleep(0.5 * options.seconds * 1000);
      const before = stats.acceptedEvents;
      const result = await pruneMonth(primaryDb.pool, 'relay.events', '2025-06-01').catch((error: Error) => error);
      if (result instanceof Error) {
        prune = { gaveUp: result.message };
        return;
      }
      prune = {
        millis: round(result.millis), events: options.pruneEvents, acceptedInWindow: stats.acceptedEvents - before,
      };
    })();

    const kills: { atSecond: number; node: number; restartSeconds: number }[] = [];
    const killLoop = (async () => {
      if (options.killEverySeconds <= 0) return;
      for (let k = 0; ; k += 1) {
        await sleep(options.killEverySeconds * 1000);
        if (!generating) return;
        const index = k % 2;
        const at = elapsed();
        deadNodesCpu += cpuSeconds([nodes[index].proc.pid!]) - nodeBaseline[index];
        nodeBaseline[index] = 0;
        await nodes[index].kill('SIGKILL');
        const restarted = performance.now();
        nodes[index] = await startNode(index);
        kills.push({ atSecond: round(at / 1000, 1), node: index, restartSeconds: round((performance.now() - restarted) / 1000, 1) });
      }
    })();

    // HQ reads the chain while it sells: the portal's storeDay report for today, through the nodes (replica).
    const liveReportMs: number[] = [];
    const reportLoop = (async () => {
      const today = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 10);
      while (generating) {
        const started = performance.now();
        const answer = await request(port, 'GET', `/api/v1/reports/sales?from=${today}&to=${today}&groupBy=storeDay`, { token }).catch(() => null);
        if (answer?.status === 200) liveReportMs.push(performance.now() - started);
        await sleep(2000);
      }
    })();

    await sleep(options.seconds * 1000);
    generating = false;
    draining = true;
    const loadSeconds = elapsed() / 1000;
    const acceptedDuringLoad = stats.acceptedEvents + weekStats.acceptedEvents;
    const cpu = {
      relayNodesCores: round(nodesCpu() / loadSeconds),
      postgresCores: round((clusterCpuSeconds(join(dir, 'primary')) - cpuAtStart.postgres) / loadSeconds),
      replicaCores: round((clusterCpuSeconds(join(dir, 'replica')) - cpuAtStart.replica) / loadSeconds),
      loadGeneratorCores: round(((process.cpuUsage(cpuAtStart.bench).user + process.cpuUsage(cpuAtStart.bench).system) / 1e6) / loadSeconds),
    };
    await Promise.all([killLoop, reportLoop, pruneLoop]);
    await Promise.all([...storeLoops, weekLoop]);
    clearInterval(sampler);
    const drainedAfter = elapsed() / 1000 - loadSeconds;

    // Every store's events exactly once, against its own sequence.
    const stored = await primaryDb.pool.query<{ store_id: string; n: number; seqs: number; ids: number; lo: number; hi: number; high_water: number }>(
      `SELECT e.store_id, count(*)::int AS n, count(DISTINCT e.seq)::int AS seqs, count(DISTINCT e.event_id)::int AS ids,
              min(e.seq)::int AS lo, max(e.seq)::int AS hi, max(s.high_water)::int AS high_water
         FROM relay.events e JOIN relay.stores s ON s.id = e.store_id
        WHERE s.code LIKE 'CHAIN-%' GROUP BY e.store_id`,
    );
    const byStore = new Map(stored.rows.map((row) => [row.store_id, row]));
    // Lost: acknowledged to a store (or below the relay's high-water mark) but not stored. Events a
    // store still held when the drain time ran out are unsent, not lost: they are at the store.
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
    const generatedEvents = stores.reduce((sum, store) => sum + store.generated, 0);

    // Acceptance 4: the rollup seeded directly for 1,000 stores × 365 days (honest for a query bench:
    // ingest maintains the same rows incrementally), queried from the primary and from the replica.
    const seedStarted = performance.now();
    await primaryDb.pool.query(
      `INSERT INTO relay.stores (id, client_id, code, name)
       SELECT gen_random_uuid(), $1, 'QUERY-' || s, 'Loja consulta ' || s FROM generate_series(1, ${options.queryStores}) s`,
      [CLIENT_ID],
    );
    await primaryDb.pool.query(
      `INSERT INTO pos_modern.sales_by_day (client_id, store_id, business_date, orders_count, payments_count, amount_cents, refunded_cents)
       SELECT $1, st.id, DATE '2025-01-01' + d, 150 + (d * 7 + st.n) % 200, 160 + (d * 7 + st.n) % 200, 500000 + ((d * 7919 + st.n * 104729) % 900000), (d + st.n) % 3 * 1000
         FROM (SELECT id, row_number() OVER (ORDER BY code)::int AS n FROM relay.stores WHERE code LIKE 'QUERY-%') st
         CROSS JOIN generate_series(0, ${options.queryDays - 1}) d`,
      [CLIENT_ID],
    );
    // What autovacuum does after a bulk load: the visibility map lets the covering index answer alone.
    await primaryDb.pool.query('VACUUM ANALYZE pos_modern.sales_by_day');
    await primaryDb.pool.query('ANALYZE relay.stores');
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const replicaWaitStarted = performance.now();
    while ((await replica.lagSeconds()) > 0) await sleep(200);
    const replicaCatchUpSeconds = (performance.now() - replicaWaitStarted) / 1000;
    const yearEnd = new Date(Date.UTC(2025, 0, options.queryDays)).toISOString().slice(0, 10);
    const monthStart = new Date(Date.UTC(2025, 0, Math.max(1, options.queryDays - 29))).toISOString().slice(0, 10);
    const query = {
      seededRows: options.queryStores * options.queryDays,
      seedSeconds: round(seedSeconds, 1),
      replicaCatchUpSeconds: round(replicaCatchUpSeconds, 1),
      primary: { fullYear: await timeSalesQuery(primaryDb, '2025-01-01', yearEnd), last30Days: await timeSalesQuery(primaryDb, monthStart, yearEnd) },
      replica: { fullYear: await timeSalesQuery(replicaDb, '2025-01-01', yearEnd), last30Days: await timeSalesQuery(replicaDb, monthStart, yearEnd) },
    };

    const floor = await insertFloor(floorUrl, floorSample);
    const lag = summarize(stats.lagMs);
    const ingestEventsPerSecond = Math.round(acceptedDuringLoad / loadSeconds);
    const steady = timeline.filter((t) => t.second > 5 && t.second <= options.seconds).map((t) => t.accepted).sort((a, b) => a - b);
    const liveReport = summarize(liveReportMs);
    return {
      options,
      loadAverageAtStart: loadAtStart.map((l) => round(l)),
      loadAverageAtEnd: os.loadavg().map((l) => round(l)),
      enrollment: { stores: total, seconds: round(enrollSeconds, 1) },
      generatedEvents,
      offeredEventsPerSecond: Math.round(options.stores * options.eventsPerStoreSecond),
      ingestEventsPerSecond,
      ingestPerSecondMedian: steady[Math.floor(steady.length / 2)] ?? 0,
      ingestPerSecondBest: steady[steady.length - 1] ?? 0,
      batches: stats.batches + weekStats.batches,
      replayedBatches: stats.replayedBatches + weekStats.replayedBatches,
      retries: stats.retries + weekStats.retries,
      seqGaps: stats.gaps + weekStats.gaps,
      answers: [...stats.statuses, ...weekStats.statuses].reduce<Record<string, number>>((sum, [k, v]) => ({ ...sum, [String(k)]: (sum[String(k)] ?? 0) + v }), {}),
      perStoreLagMs: { count: lag.count, p50: round(lag.p50), p99: round(lag.p99), max: round(lag.max) },
      drainedAfterLoadSeconds: round(drainedAfter, 1),
      correctness: { lostEvents: lost, duplicatedEvents: duplicated, storesWrong, storesChecked: stores.length, unsentAtEnd: unsent },
      weekCatchUp,
      prune,
      kills,
      liveReportThroughNodesMs: { count: liveReport.count, p50: round(liveReport.p50), p99: round(liveReport.p99) },
      salesByStoreByDay: query,
      cpu,
      floor,
      ratioToFloor: round(ingestEventsPerSecond / floor.eventsPerSecond),
      balancerConnections: Object.fromEntries(balancer.connections),
      targets: [
        absoluteTarget('zero lost events', lost, 'atMost', 0, 'events'),
        absoluteTarget('zero duplicated events', duplicated, 'atMost', 0, 'events'),
        absoluteTarget('total ingest', ingestEventsPerSecond, 'atLeast', 10_000, 'events/s'),
        absoluteTarget('per-store lag p99', lag.p99, 'atMost', options.killEverySeconds > 0 ? 10_000 : 2000, 'ms'),
        ...(weekCatchUp ? [absoluteTarget('7-days-offline store catch-up', weekCatchUp.eventsPerSecond, 'atLeast', 5000, 'events/s')] : []),
        absoluteTarget('sales by store by day, 1,000 stores × 365 days, primary, Postgres p99', query.primary.fullYear.postgresExecutionMs.p99, 'atMost', 200, 'ms'),
        absoluteTarget('the same from the replica', query.replica.fullYear.postgresExecutionMs.p99, 'atMost', 200, 'ms'),
        ...(prune ? [absoluteTarget('prune a month of raw events (a concurrent detach: ingest never waits for it)', 'millis' in prune ? prune.millis : Number.POSITIVE_INFINITY, 'atMost', 1000, 'ms')] : []),
      ],
    };
  } finally {
    await balancer?.close();
    for (const node of nodes) await node.kill('SIGTERM');
    agent.destroy();
    for (const database of databases) await database.close();
    await replica?.stop();
    await primary?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `node dist/test/bench/relay-chain.js [--quick] [--kill]` runs it alone. */
if (process.argv[1] && process.argv[1].endsWith('relay-chain.js')) {
  runRelayChainBench()
    .then((result) => {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    })
    .catch((error) => {
      process.stderr.write(String(error?.stack ?? error) + '\n');
      process.exit(1);
    });
}
