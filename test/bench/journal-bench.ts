import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { startFloor } from './floor-process.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { round, rssMb, summarize } from './stats.js';
import { absoluteTarget, ratioTarget, type TargetCheck } from './targets.js';

export interface PostLoad {
  requests: number;
  seconds: number;
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
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
  ratios: { throughput: number; p50: number; p99: number };
  targets: TargetCheck[];
}

/** V8 returns heap grown during start-up once the process has been quiet for a few seconds. */
const IDLE_SETTLE_MS = 12_000;

/** `concurrency` keep-alive clients posting back to back for `seconds`; 201 is success. */
async function postLoad(port: number, token: string, concurrency: number, seconds: number): Promise<PostLoad> {
  const http = new KeepAliveClient(port, token, concurrency);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  let counter = 0;
  const worker = async (w: number) => {
    while (performance.now() < deadline) {
      const body = JSON.stringify({ name: `bench-${w}-${counter++}` });
      const started = performance.now();
      const { status } = await http.post('/customers', body);
      latencies.push(performance.now() - started);
      if (status !== 201) errors += 1;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsed = (performance.now() - began) / 1000;
  http.close();
  const s = summarize(latencies);
  return { requests: s.count, seconds: round(elapsed, 1), throughputPerSecond: Math.round(s.count / elapsed), p50Ms: round(s.p50), p99Ms: round(s.p99), errors };
}

/** The least a durable journaled POST costs on this machine: see journal-floor-server.ts. */
async function runJournalFloor(concurrency: number, seconds: number): Promise<PostLoad> {
  const floor = await startFloor(new URL('./journal-floor-server.js', import.meta.url));
  try {
    return await postLoad(floor.port, 'floor', concurrency, seconds);
  } finally {
    await floor.stop();
  }
}

/**
 * Durable journaled POSTs (synchronous=FULL, group commit) from `concurrency` keep-alive clients
 * against the real appliance process; each request registers a customer and appends its event.
 * The floor runs after the appliance stopped, with the same clients, so the two never share the CPU.
 */
export async function runJournalBench(concurrency = 32, seconds = 10, durability = process.env.CHEFIA_DURABILITY ?? 'full'): Promise<JournalBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_LOG_LEVEL: 'warn', CHEFIA_DURABILITY: durability }, readyTimeoutMs: 60_000 });
  let measured: Omit<JournalBenchResult, 'floor' | 'ratios' | 'targets'>;
  try {
    const startupPeak = (await rssMb(appliance.pid)).peak;
    const client = await new ApiClient(appliance.baseUrl).login();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idle = await rssMb(appliance.pid);
    let loadedRss = idle.rss;
    const sampler = setInterval(async () => {
      loadedRss = Math.max(loadedRss, (await rssMb(appliance.pid)).rss);
    }, 250);
    const load = await postLoad(appliance.httpPort, client.token!, concurrency, seconds);
    clearInterval(sampler);
    measured = { durability, concurrency, ...load, startupPeakRssMb: startupPeak, idleRssMb: idle.rss, loadedRssMb: loadedRss };
  } finally {
    await appliance.stop();
  }
  const floor = await runJournalFloor(concurrency, seconds);
  return {
    ...measured,
    floor,
    ratios: {
      throughput: round(measured.throughputPerSecond / floor.throughputPerSecond),
      p50: round(measured.p50Ms / floor.p50Ms),
      p99: round(measured.p99Ms / floor.p99Ms),
    },
    targets: [
      ratioTarget('durable POST throughput', measured.throughputPerSecond, floor.throughputPerSecond, 'atLeast', 0.6),
      ratioTarget('POST p99', measured.p99Ms, floor.p99Ms, 'atMost', 2),
      // Memory has no floor: it is what the mini-PC has to spare.
      absoluteTarget('RSS idle', measured.idleRssMb, 'atMost', 80, 'MB'),
      absoluteTarget('RSS loaded', measured.loadedRssMb, 'atMost', 120, 'MB'),
    ],
  };
}
