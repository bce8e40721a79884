import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { round, rssMb, summarize } from './stats.js';

export interface JournalBenchResult {
  durability: string;
  concurrency: number;
  seconds: number;
  requests: number;
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Peak RSS while starting up (migrations, module start), before any request. */
  startupPeakRssMb: number;
  /** RSS after IDLE_SETTLE_MS without requests: what the appliance holds between rushes. */
  idleRssMb: number;
  /** Highest RSS sampled every 250 ms during the load. */
  loadedRssMb: number;
  errors: number;
}

/** V8 returns heap grown during start-up once the process has been quiet for a few seconds. */
const IDLE_SETTLE_MS = 12_000;

/**
 * Durable journaled POSTs (synchronous=FULL, group commit) from `concurrency` keep-alive clients
 * against the real appliance process; each request registers a customer and appends its event.
 */
export async function runJournalBench(concurrency = 32, seconds = 10, durability = process.env.CHEFIA_DURABILITY ?? 'full'): Promise<JournalBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_LOG_LEVEL: 'warn', CHEFIA_DURABILITY: durability } });
  try {
    const startupPeak = (await rssMb(appliance.pid)).peak;
    const client = await new ApiClient(appliance.baseUrl).login();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idle = await rssMb(appliance.pid);
    const http = new KeepAliveClient(appliance.httpPort, client.token!, concurrency);
    const latencies: number[] = [];
    let errors = 0;
    let loadedRss = idle.rss;
    const sampler = setInterval(async () => {
      loadedRss = Math.max(loadedRss, (await rssMb(appliance.pid)).rss);
    }, 250);
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
    clearInterval(sampler);
    http.close();
    const s = summarize(latencies);
    return {
      durability,
      concurrency,
      seconds: round(elapsed, 1),
      requests: s.count,
      throughputPerSecond: Math.round(s.count / elapsed),
      p50Ms: round(s.p50),
      p99Ms: round(s.p99),
      startupPeakRssMb: startupPeak,
      idleRssMb: idle.rss,
      loadedRssMb: loadedRss,
      errors,
    };
  } finally {
    await appliance.stop();
  }
}
