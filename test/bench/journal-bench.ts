import { Agent, request } from 'node:http';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { round, rssMb, summarize } from './stats.js';

export interface JournalBenchResult {
  durability: string;
  concurrency: number;
  seconds: number;
  requests: number;
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  idleRssMb: number;
  loadedRssMb: number;
  errors: number;
}

function post(agent: Agent, port: number, path: string, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Durable journaled POSTs (synchronous=FULL, group commit) from `concurrency` keep-alive clients
 * against the real appliance process; each request registers a customer and appends its event.
 */
export async function runJournalBench(concurrency = 32, seconds = 10, durability = process.env.CHEFIA_DURABILITY ?? 'full'): Promise<JournalBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_LOG_LEVEL: 'warn', CHEFIA_DURABILITY: durability } });
  try {
    const client = await new ApiClient(appliance.baseUrl).login();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idle = await rssMb(appliance.pid);
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
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
        const status = await post(agent, appliance.httpPort, '/api/v1/customers', client.token!, body);
        latencies.push(performance.now() - started);
        if (status !== 201) errors += 1;
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const elapsed = (performance.now() - began) / 1000;
    clearInterval(sampler);
    agent.destroy();
    const s = summarize(latencies);
    return {
      durability,
      concurrency,
      seconds: round(elapsed, 1),
      requests: s.count,
      throughputPerSecond: Math.round(s.count / elapsed),
      p50Ms: round(s.p50),
      p99Ms: round(s.p99),
      idleRssMb: idle.rss,
      loadedRssMb: loadedRss,
      errors,
    };
  } finally {
    await appliance.stop();
  }
}
