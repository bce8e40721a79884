import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBootBench } from './boot-bench.js';
import { runJournalBench } from './journal-bench.js';
import { runRushBench } from './rush.js';
import { formatTargets, type TargetCheck } from './targets.js';

type Bench = { name: string; target: string; run: () => Promise<unknown> };

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Benches owned by other modules register by file: loaded only when built. Each carries its own
 * floor, measured in the same run, and returns `targets` (targets.ts: ratios to that floor) for the
 * PASS/FAIL lines. The web app benches (POS, waiter) belong here with theirs: an empty page built
 * by the same Vite/Preact toolchain and loaded through the same Chromium launcher.
 */
async function optional(file: string, exportName: string): Promise<(() => Promise<unknown>) | null> {
  const path = join(here, file);
  if (!existsSync(path)) return null;
  const mod = await import(path);
  return typeof mod[exportName] === 'function' ? mod[exportName] : null;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const benches: Bench[] = [
    { name: 'journal-post', target: 'throughput ≥ 0.6× its floor, p99 ≤ 2× the floor p99, 32 clients; RSS idle ≤ 80 MB, loaded ≤ 120 MB', run: () => runJournalBench(32, 10) },
    {
      name: 'rush',
      target: 'full lifecycles on one core at till p99 ≤ 50 ms: ≥ 40/s, ≤ 8 ms CPU and ≤ 128 KiB written each',
      run: () => runRushBench(),
    },
    { name: 'boot-1m-journal', target: 'ready ≤ 2,000 ms with 1,000,000 journal rows', run: () => runBootBench(1_000_000) },
  ];
  const extras: [string, string, string, string][] = [
    ['kds-latency', 'kds-latency.js', 'runKdsLatencyBench', 'confirm → ticket at 10 WS subscribers, 50 orders/s: p50 ≤ 2×, p99 ≤ 2.5× the transport floor'],
    ['pos', 'pos-bench.js', 'runPosBench', 'Chromium, CPU 4× slower, 2,000 products: scan → line p99 ≤ 50 ms, tap → line p99 ≤ 30 ms, cold /pos ≤ 1,500 ms, JS ≤ 120 KB gzip; floor: an empty Vite/Preact page'],
    ['waiter', 'waiter-bench.js', 'runWaiterBench', 'Chromium, CPU 6× slower, 360×740 phone: tap → line p99 ≤ 50 ms, cold /garcom ≤ 2,000 ms; floor: an empty Vite/Preact page'],
    ['relay-catchup', 'relay-bench.js', 'runRelayCatchupBench', '150,000 events ≥ 5,000 events/s incl. projections; ratio to a bare multi-row insert'],
    ['relay-sales-query', 'relay-bench.js', 'runRelaySalesQueryBench', 'sales by store by day over 10,000,000 order rows ≤ 200 ms'],
    ['relay-year', 'relay-year-bench.js', 'runRelayYearBench', "a store's batches with a year of a chain's orders stored (200 stores × 40 a day × 12 months): Postgres CPU per batch ≤ 1.1× the same batches on a young database"],
    ['relay-chain', 'relay-chain.js', 'runRelayChainBench', 'N stores (1,000) → round-robin → 2 relay nodes → one Postgres + replica: ≥ 10,000 events/s, lag p99 ≤ 2 s (≤ 10 s with --kill), zero lost/duplicated, 7-days-offline store ≥ 5,000 events/s, sales by store by day (1,000 × 365) p99 ≤ 200 ms on primary and replica, prune a month < 1 s; floor: bare multi-row insert'],
    ['chat-parser', 'chat-parser-bench.js', 'runChatParserBench', 'the labelled pt-BR chat messages over the demo menu: exact-order accuracy ≥ 90%, parse p99 ≤ 5 ms per message'],
    ['order-send', 'order-send-bench.js', 'runOrderSendBench', 'diagnostic, no target: appliance CPU per counter order sent to the kitchen in one request (confirm: true) against create then confirm, alternating blocks in one process'],
    ['marketplace', 'marketplace-bench.js', 'runMarketplaceBench', 'iFood webhooks at 10/s through relay + store: webhook answered p99 ≤ 100 ms, platform event → KDS ticket p99 ≤ 1,500 ms; floor: a bare loopback HTTP round trip'],
  ];
  for (const [name, file, exportName, target] of extras) {
    const run = await optional(file, exportName);
    if (run) benches.push({ name, target, run });
  }
  const results: Record<string, unknown> = {};
  const verdicts: string[] = [];
  for (const bench of benches) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    process.stdout.write(`\n== ${bench.name} (target: ${bench.target})\n`);
    const result = await bench.run();
    results[bench.name] = result;
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    const checks = (result as { targets?: TargetCheck[] }).targets;
    if (checks) verdicts.push(formatTargets(bench.name, checks));
  }
  if (verdicts.length > 0) process.stdout.write(`\n${verdicts.join('\n')}\n`);
  process.stdout.write('\n' + JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
