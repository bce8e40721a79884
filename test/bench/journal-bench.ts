import { DEFAULT_DURABILITY } from '../../appliance/src/kernel/config.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { startFloor, type FloorProcess } from './floor-process.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { cpuMs, round, rssMb, summarize } from './stats.js';
import { absoluteTarget, ratioTarget, type TargetCheck } from './targets.js';

export interface PostLoad {
  requests: number;
  seconds: number;
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /**
   * CPU time (user + system, from /proc/<pid>/stat) the server process spent per request during its
   * turns. Much less sensitive to a shared host's load than throughput: a busy neighbour delays the
   * work but does not add to it.
   */
  cpuUsPerRequest: number;
  /** POSTs committed together per SQLite transaction (group commit): the COMMIT and its fsync are paid per batch. */
  commandsPerBatch: number;
}

export interface JournalBenchResult extends PostLoad {
  durability: string;
  concurrency: number;
  /** Peak RSS while starting up (migrations, module start), before any request. */
  startupPeakRssMb: number;
  /** RSS after IDLE_SETTLE_MS without requests: what the appliance holds between rushes. */
  idleRssMb: number;
  /** Highest RSS sampled every 250 ms during the load. */
  loadedRssMb: number;
  /** The same clients against node:http + SQLite (same settings, same group commit), one row per POST. */
  floor: PostLoad;
  ratios: { throughput: number; p50: number; p99: number; cpuPerRequest: number };
  targets: TargetCheck[];
}

/** V8 returns heap grown during start-up once the process has been quiet for a few seconds. */
const IDLE_SETTLE_MS = 12_000;

/** Both sides take turns in segments this many times, so a host whose load moves treats them alike. */
const ROUNDS = 5;

/** Latencies and errors of one side over all its segments. */
class Tally {
  readonly latencies: number[] = [];
  errors = 0;
  seconds = 0;
  cpuMs = 0;
  batches = 0;

  result(): PostLoad {
    const s = summarize(this.latencies);
    return {
      requests: s.count,
      seconds: round(this.seconds, 1),
      throughputPerSecond: Math.round(s.count / this.seconds),
      p50Ms: round(s.p50),
      p99Ms: round(s.p99),
      errors: this.errors,
      cpuUsPerRequest: Math.round((this.cpuMs * 1000) / s.count),
      commandsPerBatch: round(s.count / this.batches, 1),
    };
  }
}

/** `concurrency` keep-alive clients posting back to back for `seconds` to the server process `pid`; 201 is success. */
async function postLoad(http: KeepAliveClient, pid: number, batchesSoFar: () => Promise<number>, concurrency: number, seconds: number, tally: Tally): Promise<void> {
  const batchesBefore = await batchesSoFar();
  const cpuBefore = cpuMs(pid);
  const deadline = performance.now() + seconds * 1000;
  let counter = 0;
  const worker = async (w: number) => {
    while (performance.now() < deadline) {
      const body = JSON.stringify({ name: `bench-${w}-${counter++}` });
      const started = performance.now();
      const { status } = await http.post('/customers', body);
      tally.latencies.push(performance.now() - started);
      if (status !== 201) tally.errors += 1;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  tally.seconds += (performance.now() - began) / 1000;
  tally.cpuMs += (cpuMs(pid)) - cpuBefore;
  tally.batches += (await batchesSoFar()) - batchesBefore;
}

/** The appliance's committed command batches so far, from its Prometheus histogram of batch sizes. */
async function applianceBatches(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return Number(/^chefia_command_batch_size_count (\d+)/m.exec(text)?.[1] ?? NaN);
}

/**
 * Durable journaled POSTs (group commit, with the durability `CHEFIA_DURABILITY` names, the
 * appliance's default when unset) from `concurrency` keep-alive clients against the real appliance
 * process; each request registers a customer and appends its event.
 * The floor (journal-floor-server.ts: the least a durable journaled POST costs) gets the same
 * clients; the two take turns in ROUNDS segments of `seconds / ROUNDS` each, never loaded together.
 */
export async function runJournalBench(concurrency = 32, seconds = 10, durability = process.env.CHEFIA_DURABILITY ?? DEFAULT_DURABILITY): Promise<JournalBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_LOG_LEVEL: 'warn', CHEFIA_DURABILITY: durability }, readyTimeoutMs: 60_000 });
  let floor: FloorProcess | null = null;
  const clients: KeepAliveClient[] = [];
  try {
    const startupPeak = (await rssMb(appliance.pid)).peak;
    const client = await new ApiClient(appliance.baseUrl).login();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idle = await rssMb(appliance.pid);
    floor = await startFloor(new URL('./journal-floor-server.js', import.meta.url), { CHEFIA_DURABILITY: durability });
    const applianceHttp = new KeepAliveClient(appliance.httpPort, client.token!, concurrency);
    const floorHttp = new KeepAliveClient(floor.port, 'floor', concurrency);
    clients.push(applianceHttp, floorHttp);
    const floorPort = floor.port;
    const floorBatches = async () => Number(await (await fetch(`http://127.0.0.1:${floorPort}/batches`)).text());
    let loadedRss = idle.rss;
    const sampler = setInterval(async () => {
      loadedRss = Math.max(loadedRss, (await rssMb(appliance.pid)).rss);
    }, 250);
    const applianceTally = new Tally();
    const floorTally = new Tally();
    for (let r = 0; r < ROUNDS; r++) {
      await postLoad(applianceHttp, appliance.pid, () => applianceBatches(appliance.baseUrl), concurrency, seconds / ROUNDS, applianceTally);
      await postLoad(floorHttp, floor.proc.pid!, floorBatches, concurrency, seconds / ROUNDS, floorTally);
    }
    clearInterval(sampler);
    const measured = applianceTally.result();
    const floorLoad = floorTally.result();
    return {
      durability,
      concurrency,
      ...measured,
      startupPeakRssMb: startupPeak,
      idleRssMb: idle.rss,
      loadedRssMb: loadedRss,
      floor: floorLoad,
      ratios: {
        throughput: round(measured.throughputPerSecond / floorLoad.throughputPerSecond),
        p50: round(measured.p50Ms / floorLoad.p50Ms),
        p99: round(measured.p99Ms / floorLoad.p99Ms),
        cpuPerRequest: round(measured.cpuUsPerRequest / floorLoad.cpuUsPerRequest),
      },
      targets: [
        ratioTarget('durable POST throughput', measured.throughputPerSecond, floorLoad.throughputPerSecond, 'atLeast', 0.6),
        ratioTarget('POST p99', measured.p99Ms, floorLoad.p99Ms, 'atMost', 2),
        // Memory has no floor: it is what the mini-PC has to spare.
        absoluteTarget('RSS idle', idle.rss, 'atMost', 80, 'MB'),
        absoluteTarget('RSS loaded', loadedRss, 'atMost', 120, 'MB'),
      ],
    };
  } finally {
    for (const http of clients) http.close();
    await floor?.stop();
    await appliance.stop();
  }
}
