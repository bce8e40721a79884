import crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createDatabase, type Database } from '../../cloud-relay/src/db/database.js';
import { findFreePort, startEmbeddedPostgres } from '../../cloud-relay/src/db/embedded-postgres.js';
import { startEmbeddedReplica } from '../../cloud-relay/src/db/embedded-replica.js';
import { pruneMonth } from '../../cloud-relay/src/db/partitions.js';
import { seededRandom } from '../../cloud-relay/src/testing/synthetic-store.js';
import { spawnRelay, type ChildHandle } from '../e2e/relay-process.js';
import { startRoundRobinBalancer } from '../support/round-robin-balancer.js';
import { checkExactlyOnce, clusterCpuSeconds, insertFloor, makeHistoryPartitions, seedOldMonth, seedSalesByDay, timeSalesQuery } from './relay-chain-measures.js';
import { ChainStore, closeRequests, emptySenderStats, type PendingEvent, request, rush, sendPending, sleep } from './relay-chain-store.js';
import { cpuMs, round, summarize } from './stats.js';
import { absoluteTarget } from './targets.js';

const ADMIN_PASSWORD = 'Matriz#2026';

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
  /**
   * Months of partitions made for every partitioned table before the run, as an HQ keeping a year
   * has them: empty, so what they cost is the planning and the probes of each month, not their rows.
   */
  historyMonths: number;
  /** Stores × days of the rollup seeded for the "sales by store by day" query. */
  queryStores: number;
  queryDays: number;
  /** How long the stores get to send what they still hold after the load phase. */
  drainSeconds: number;
  /**
   * How the nodes reach Postgres: its Unix socket, as a relay on the same machine as its Postgres
   * does, or loopback TCP (`RELAY_CHAIN_POSTGRES=tcp`), closer to a Postgres on another machine.
   */
  postgres: 'socket' | 'tcp';
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
    historyMonths: knob('HISTORY_MONTHS', 12),
    queryStores: knob('QUERY_STORES', 1000),
    queryDays: knob('QUERY_DAYS', 365),
    drainSeconds: knob('DRAIN_SECONDS', quick ? 30 : 60),
    postgres: process.env.RELAY_CHAIN_POSTGRES === 'tcp' ? 'tcp' : 'socket',
  };
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
    const tcpUrl = Object.assign(new URL(primary.url), { pathname: '/relay_chain' }).toString();
    const databaseUrl = options.postgres === 'socket' && primary.socketUrl ? Object.assign(new URL(primary.socketUrl), { pathname: '/relay_chain' }).toString() : tcpUrl;
    const floorUrl = Object.assign(new URL(primary.url), { pathname: '/relay_floor' }).toString();
    replica = await startEmbeddedReplica({ primaryDataDir: join(dir, 'primary'), primaryUrl: tcpUrl, dataDir: join(dir, 'replica') });
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
    await seedOldMonth(primaryDb, options.pruneEvents);
    await makeHistoryPartitions(primaryDb, options.historyMonths);

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
    const stats = emptySenderStats();
    const weekStats = emptySenderStats();
    const random = seededRandom(7);
    const outages = liveStores.map(() => {
      // One store in ten drops off once for 10–30 % of the day, then catches up.
      if (random() >= 0.1) return null;
      const start = random() * 0.7 * options.seconds * 1000;
      return { start, end: start + (0.1 + random() * 0.2) * options.seconds * 1000 };
    });
    // Nodes' CPU: a killed node's is added up when it dies; a restarted one counts from zero.
    const nodeBaseline = nodes.map((node) => cpuMs(node.proc.pid!) / 1000);
    let deadNodesCpu = 0;
    const nodesCpu = () => deadNodesCpu + nodes.reduce((sum, node, index) => sum + cpuMs(node.proc.pid!) / 1000 - nodeBaseline[index], 0);
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
        deadNodesCpu += cpuMs(nodes[index].proc.pid!) / 1000 - nodeBaseline[index];
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

    const { lost, duplicated, unsent, storesWrong } = await checkExactlyOnce(primaryDb, stores);
    const generatedEvents = stores.reduce((sum, store) => sum + store.generated, 0);

    // Acceptance 4: the rollup for 1,000 stores × 365 days, queried from the primary and from the replica.
    const seedSeconds = await seedSalesByDay(primaryDb, options.queryStores, options.queryDays);
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
    closeRequests();
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
