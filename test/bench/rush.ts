import type { MqttClient } from 'mqtt';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { KeepAliveClient } from './keep-alive-client.js';
import { connectExpediter, connectKitchen, LIFECYCLE_STEPS, LifecycleLog, TILL_ACTIONS, watchFiscalAndPrinting } from './rush-lifecycle.js';
import { startRushStore } from './rush-store.js';
import { RushTables } from './rush-waiters.js';
import { cpuMs, round, rssMb, summarize } from './stats.js';
import { absoluteTarget, type TargetCheck } from './targets.js';
import { pinWal, type WalAnatomy } from './wal-anatomy.js';

const STORE = 'demo-store';
const STATIONS = ['GRILL', 'FRYER'];
/** The demo kitchen's expo station: every order has a ticket there too. */
const EXPO = 'EXPO';
/** A counter order: a burger for the grill and fries for the fryer, two tickets to bump. */
const COUNTER_ORDER = JSON.stringify({ channel: 'COUNTER', confirm: true, items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }, { productId: 'prod-fries', quantity: 1 }] });
const ROUND = JSON.stringify({ items: [{ productId: 'prod-fries', quantity: 1 }] });
const TILL_P99_LIMIT_MS = 50;
/**
 * A step's completed rate is counted from this far into it: until then the lifecycles begun in the
 * slower step before are still finishing, which would read as a shortfall of the new rate however
 * well the store keeps up (at 40/s after 30/s with lifecycles of 0.4 s, ≈ 0.3/s over 15 s).
 */
const RAMP_MS = 2_000;
/** A step is sustained when the lifecycles completed keep up with those offered, to this share. */
const KEEPING_UP = 0.95;
/**
 * Each till action a step judges by its p99 gets at least this many samples, the step lengthened
 * at low rates: of 75 (5/s for 15 s) the p99 is the slowest one, and a single stall ended runs there.
 * A shorter `CHEFIA_RUSH_STEP_SECONDS` asks for a quick run and keeps its own length.
 */
const MIN_SAMPLES_PER_STEP = 200;
/**
 * A failed step whose outside parties (clients, simulators, the HQ) kept the CPUs the appliance
 * leaves them this busy says so, with how busy the appliance's core was: when that was not, the
 * bench, not the appliance, set the pace.
 */
const OUTSIDE_SATURATED = 0.85;
const WARMUP = { rate: 4, seconds: 5 };
const COST = { rate: 4, seconds: 10 };

export interface RushOptions {
  tills: number;
  waiters: number;
  screens: number;
  /** Counter lifecycles started per second, one step after the other until one fails. */
  rates: number[];
  stepSeconds: number;
  /** A step length was asked for (`CHEFIA_RUSH_STEP_SECONDS`): low steps are not lengthened for their p99. */
  quick: boolean;
  /** Waiter rounds and marketplace orders per counter lifecycle. */
  roundsPerLifecycle: number;
  marketplacePerLifecycle: number;
}

export interface RushCost {
  offeredPerSecond: number;
  lifecycles: number;
  cpuMsPerLifecycle: number;
  /** The part of cpuMsPerLifecycle spent on the event loop's thread; the rest is V8's GC helpers and libuv's pool (the fsyncs). */
  eventLoopCpuMsPerLifecycle: number;
  writtenKiBPerLifecycle: number;
  rssMb: number;
}

export interface RushStep {
  offeredPerSecond: number;
  /** Receipts printed per second, from RAMP_MS into the step to its end. */
  completedPerSecond: number;
  cpuMsPerLifecycle: number;
  eventLoopCpuMsPerLifecycle: number;
  writtenKiBPerLifecycle: number;
  rssMb: number;
  /**
   * CPU of the bench's own processes (the clients, `rush-peers`: the SEFAZ simulator and the
   * virtual printer, and the HQ: the relay and Postgres) per second of the step, on the CPUs the
   * appliance leaves them: 1,000 is one core. Near the core count, the lifecycle's other parties,
   * not the appliance, set the pace.
   */
  peersAndBenchCpuMsPerSecond: number;
  errors: number;
  /**
   * p50 / p99 per step in ms (ticket, nfce, receipt from the request that caused them), plus rounds,
   * tables' bills, expo bumps, iFood webhooks answered by the relay (`webhook`) and iFood orders from
   * the webhook sent to their first ticket on a screen (`marketplace`).
   */
  latencies: Record<string, { p50: number; p99: number }>;
  pass: boolean;
  failedBecause: string | null;
}

/** Defaults sized to end within about four minutes; `CHEFIA_RUSH_RATES` (e.g. "5,10") and `CHEFIA_RUSH_STEP_SECONDS` shorten a run. */
export function rushOptions(env: NodeJS.ProcessEnv = process.env): RushOptions {
  const rates = env.CHEFIA_RUSH_RATES?.split(',').map(Number) ?? [5, 10, 20, 30, 40, 50, 60, 80];
  return { tills: 4, waiters: 4, screens: 4, rates, stepSeconds: Number(env.CHEFIA_RUSH_STEP_SECONDS ?? 15), quick: env.CHEFIA_RUSH_STEP_SECONDS !== undefined, roundsPerLifecycle: 0.25, marketplacePerLifecycle: 0.1 };
}

/** The cost phase's WAL frames per lifecycle, by table and index (`CHEFIA_RUSH_WAL_ANATOMY=1`). */
function describeWalAnatomy(anatomy: WalAnatomy, lifecycles: number): string {
  const per = (n: number) => round(n / lifecycles, 1);
  const kib = (frames: number) => round((frames * anatomy.pageSize) / 1024 / lifecycles, 1);
  const lines = anatomy.byName.map(
    ({ name, frames, pagesAdded }) => `  ${name.padEnd(48)} ${String(per(frames)).padStart(7)} frames ${String(kib(frames)).padStart(7)} KiB, grew ${String(kib(pagesAdded)).padStart(6)} KiB`,
  );
  const grown = anatomy.byName.reduce((sum, { pagesAdded }) => sum + pagesAdded, 0);
  const kinds = anatomy.byCommitKind.map(({ tables, commits, frames }) => `  ${String(per(commits)).padStart(5)} commits ${String(per(frames)).padStart(6)} frames  ${tables}`);
  return [
    `rush WAL anatomy per lifecycle: ${per(anatomy.frames)} frames (${kib(anatomy.frames)} KiB of pages) in ${per(anatomy.commits)} commits, ${kib(anatomy.distinctPages)} KiB of distinct pages; the database grew ${kib(grown)} KiB`,
    ...lines,
    'commits per lifecycle by the tables they wrote:',
    ...kinds,
  ].join('\n');
}

/** How long the step at `rate` lasts: the configured length, stretched to MIN_SAMPLES_PER_STEP unless a quick run was asked for. */
function stepSecondsAt(rate: number, options: RushOptions): number {
  return options.quick ? options.stepSeconds : Math.max(options.stepSeconds, Math.ceil(MIN_SAMPLES_PER_STEP / rate));
}

/** User + system CPU of this bench process so far, in ms. */
function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Bytes the process caused to be written to the block device (`write_bytes` in /proc/<pid>/io). */
function writtenBytes(pid: number): number {
  return Number(/write_bytes:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A whole rush on one appliance core: tills placing counter orders (sent to the kitchen in one
 * request as the POS does, wait for the kitchen, pay), waiters adding rounds to their tables'
 * tabs and the tables paying their bills at the tills, iFood orders through the chain's relay, KDS
 * screens bumping every ticket and the expediter every order, NFC-e authorized by the
 * SEFAZ simulator and DANFE receipts printed on the virtual printer. The counter rate rises step
 * by step until a till action's p99 passes 50 ms, anything errors or the completed lifecycles fall
 * behind the offered rate.
 */
export async function runRushBench(options: RushOptions = rushOptions()) {
  const store = await startRushStore(options.tills);
  const { appliance } = store;
  const peersCpuMs = () => store.peerPids.reduce((sum, pid) => sum + cpuMs(pid), 0) + store.hq.cpuMs();
  const token = store.admin.token!;
  const log = new LifecycleLog();
  const clients: MqttClient[] = [];
  const tills = store.tillTokens.map((tillToken) => new KeepAliveClient(appliance.httpPort, tillToken, 4));
  const waiterHttp = new KeepAliveClient(appliance.httpPort, token, options.waiters);
  const cook = new KeepAliveClient(appliance.httpPort, token, (STATIONS.length + 1) * 2);
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const tracked = work.catch((error: unknown) => void log.errors.push(String(error))).finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  const call = async (http: KeepAliveClient, what: string, path: string, body: string, expected: number) => {
    const sentAt = performance.now();
    const res = await http.post(path, body);
    if (res.status !== expected) throw new Error(`${what} ${res.status} ${res.body.slice(0, 300)}`);
    log.record(what, sentAt);
    return JSON.parse(res.body).data;
  };
  try {
    clients.push(...(await connectKitchen(`ws://127.0.0.1:${appliance.httpPort}/mqtt`, STORE, token, STATIONS, options.screens, cook, log)));
    clients.push(await connectExpediter(`ws://127.0.0.1:${appliance.httpPort}/mqtt`, STORE, token, EXPO, cook, log));
    clients.push(await watchFiscalAndPrinting(`mqtt://127.0.0.1:${appliance.mqttPort}`, STORE, token, log));
    const tables = new RushTables(call, waiterHttp, tills, options.waiters);
    await tables.open();

    const lifecycle = async (till: KeepAliveClient) => {
      const sentAt = performance.now();
      const order = await call(till, 'send', '/orders', COUNTER_ORDER, 201);
      log.begin(order.id, sentAt);
      await log.ready(order.id);
      log.paying(order.id, performance.now());
      await call(till, 'pay', `/orders/${order.id}/payments`, JSON.stringify({ method: 'CASH', tenderedCents: order.totalCents }), 201);
    };
    /** An iFood order: the platform's webhook to the relay, which pushes it down to the store; timed to its first ticket on a screen. */
    const marketplace = async () => {
      const sentAt = performance.now();
      const { label, delivered } = store.hq.placeOrder();
      log.marketplaceSent(label, sentAt);
      await delivered;
      log.record('webhook', sentAt);
    };
    let lifecycles = 0;
    let rounds = 0;
    let marketplaceOrders = 0;
    /** `rate` counter lifecycles a second for `seconds`, with the waiters' rounds and marketplace orders in proportion; peak RSS seen. */
    const offer = async (rate: number, seconds: number): Promise<number> => {
      const began = performance.now();
      let peakRss = 0;
      for (let i = 0; i < Math.round(rate * seconds); i++) {
        await sleep(began + (i * 1000) / rate - performance.now());
        track(lifecycle(tills[lifecycles++ % tills.length]));
        for (; rounds < lifecycles * options.roundsPerLifecycle; rounds++) track(tables.round(ROUND));
        for (; marketplaceOrders < lifecycles * options.marketplacePerLifecycle; marketplaceOrders++) track(marketplace());
        if (i % rate === 0) peakRss = Math.max(peakRss, (await rssMb(appliance.pid)).rss);
      }
      await sleep(began + seconds * 1000 - performance.now());
      return peakRss;
    };
    /** Until every lifecycle begun printed its receipt (or `timeoutMs`), then a quiet second for what follows (cursors, checkpoint). */
    const settle = async (timeoutMs: number) => {
      const deadline = performance.now() + timeoutMs;
      while ((log.inFlight > 0 || log.marketplaceInFlight > 0 || pending.size > 0) && log.errors.length === 0 && performance.now() < deadline) await sleep(100);
      await sleep(1000);
    };

    // Warm-up, not measured: the code paths get compiled and the whole chain is proven to complete.
    await offer(WARMUP.rate, WARMUP.seconds);
    await settle(30_000);
    if (log.inFlight > 0 || log.marketplaceInFlight > 0 || log.errors.length > 0) {
      throw new Error(`warm-up: ${log.completions.length} receipts printed, ${log.inFlight} lifecycles unfinished, ${log.marketplaceInFlight} iFood orders not in the kitchen, ${JSON.stringify(log.seen)}, errors ${log.errors.slice(0, 3).join(' | ')}`);
    }

    // The cost of a lifecycle, mix included: CPU and disk writes from the first order until the
    // last receipt printed and the store went quiet, at a pace any store could see.
    const costCpuBefore = cpuMs(appliance.pid);
    const costLoopCpuBefore = cpuMs(appliance.pid, { mainThreadOnly: true });
    const costWrittenBefore = writtenBytes(appliance.pid);
    const costCompletedBefore = log.completions.length;
    const walPin = process.env.CHEFIA_RUSH_WAL_ANATOMY ? pinWal(store.dbFile) : null;
    const costRss = await offer(COST.rate, COST.seconds);
    await settle(60_000);
    const costLifecycles = log.completions.length - costCompletedBefore;
    if (walPin) {
      const anatomy = walPin.read();
      walPin.release();
      process.stderr.write(`${describeWalAnatomy(anatomy, costLifecycles)}\n`);
    }
    const cost = {
      offeredPerSecond: COST.rate,
      lifecycles: costLifecycles,
      cpuMsPerLifecycle: round((cpuMs(appliance.pid) - costCpuBefore) / costLifecycles),
      eventLoopCpuMsPerLifecycle: round((cpuMs(appliance.pid, { mainThreadOnly: true }) - costLoopCpuBefore) / costLifecycles),
      writtenKiBPerLifecycle: round((writtenBytes(appliance.pid) - costWrittenBefore) / 1024 / costLifecycles, 1),
      rssMb: costRss,
    };
    process.stderr.write(`rush cost: ${JSON.stringify(cost)}\n`);

    const steps: RushStep[] = [];
    for (const rate of options.rates) {
      const began = performance.now();
      const cpuBefore = cpuMs(appliance.pid);
      const loopCpuBefore = cpuMs(appliance.pid, { mainThreadOnly: true });
      const othersBefore = peersCpuMs() + ownCpuMs();
      const writtenBefore = writtenBytes(appliance.pid);
      const errorsBefore = log.errors.length;
      const peakRss = await offer(rate, stepSecondsAt(rate, options));
      const ended = performance.now();
      const completed = log.completions.filter((at) => at >= began && at < ended).length;
      // A step shorter than a few ramps (CHEFIA_RUSH_STEP_SECONDS) keeps three quarters of itself.
      const ramp = Math.min(RAMP_MS, (ended - began) / 4);
      const steady = log.completions.filter((at) => at >= began + ramp && at < ended).length;
      const windowSamples = log.samples.filter(([, at]) => at >= began && at < ended);
      const latencies: RushStep['latencies'] = {};
      for (const what of [...LIFECYCLE_STEPS, 'lifecycle', 'round', 'bill', 'expo', 'webhook', 'marketplace']) {
        const s = summarize(windowSamples.filter(([name]) => name === what).map(([, , ms]) => ms));
        latencies[what] = { p50: round(s.p50), p99: round(s.p99) };
      }
      const errors = log.errors.length - errorsBefore;
      const slowTill = TILL_ACTIONS.find((action) => latencies[action].p99 > TILL_P99_LIMIT_MS);
      const completedPerSecond = steady / ((ended - began - ramp) / 1000);
      const outsideCpuMsPerSecond = (peersCpuMs() + ownCpuMs() - othersBefore) / ((ended - began) / 1000);
      const outsideBusy = outsideCpuMsPerSecond / (1000 * Math.max(1, cpus().length - 1));
      const failure = errors > 0 ? `error: ${log.errors[errorsBefore]}` : slowTill ? `${slowTill} p99 ${latencies[slowTill].p99} ms > ${TILL_P99_LIMIT_MS} ms` : completedPerSecond < KEEPING_UP * rate ? `completed ${round(completedPerSecond, 1)}/s of ${rate}/s offered` : null;
      const applianceBusy = (cpuMs(appliance.pid) - cpuBefore) / (ended - began);
      const busy = (share: number) => `${Math.round(share * 100)} %`;
      const failedBecause =
        failure && outsideBusy >= OUTSIDE_SATURATED
          ? `${failure}; the bench's CPUs were ${busy(outsideBusy)} busy (clients, simulators, HQ), the appliance's core ${busy(applianceBusy)}${applianceBusy < OUTSIDE_SATURATED ? ': the outside parties, not the appliance, set the pace' : ''}`
          : failure;
      steps.push({
        offeredPerSecond: rate,
        completedPerSecond: round(completedPerSecond, 1),
        cpuMsPerLifecycle: round((cpuMs(appliance.pid) - cpuBefore) / Math.max(1, completed)),
        eventLoopCpuMsPerLifecycle: round((cpuMs(appliance.pid, { mainThreadOnly: true }) - loopCpuBefore) / Math.max(1, completed)),
        writtenKiBPerLifecycle: round((writtenBytes(appliance.pid) - writtenBefore) / 1024 / Math.max(1, completed), 1),
        peersAndBenchCpuMsPerSecond: round(outsideCpuMsPerSecond),
        rssMb: peakRss,
        errors,
        latencies,
        pass: failedBecause === null,
        failedBecause,
      });
      process.stderr.write(`rush ${rate}/s: ${JSON.stringify(steps[steps.length - 1])}\n`);
      if (failedBecause) break;
    }
    await Promise.race([Promise.all(pending), sleep(5_000)]);
    return rushResult(options, cost, steps);
  } finally {
    for (const http of [...tills, waiterHttp, cook]) http.close();
    await Promise.all(clients.map((client) => client.endAsync(true)));
    await store.stop();
  }
}

/** The highest passing step, the step whose p99 grew most from the first step (the first to saturate), and the targets. */
function rushResult(options: RushOptions, cost: RushCost, steps: RushStep[]) {
  const passed = steps.filter((step) => step.pass);
  const best = passed[passed.length - 1] ?? null;
  const first = steps[0];
  const last = steps[steps.length - 1];
  const growth = LIFECYCLE_STEPS.map((step) => ({ step, p99Growth: round(last.latencies[step].p99 / first.latencies[step].p99) }))
    .filter(({ p99Growth }) => Number.isFinite(p99Growth))
    .sort((a, b) => b.p99Growth - a.p99Growth);
  const targets: TargetCheck[] = [
    absoluteTarget('sustained full lifecycles on one core with till p99 ≤ 50 ms', best?.completedPerSecond ?? 0, 'atLeast', 40, '/s'),
    absoluteTarget('appliance CPU per full lifecycle', cost.cpuMsPerLifecycle, 'atMost', 8, 'ms'),
    absoluteTarget('written to disk per full lifecycle', cost.writtenKiBPerLifecycle, 'atMost', 128, 'KiB'),
  ];
  return {
    tills: options.tills,
    waiters: options.waiters,
    screens: options.screens,
    stepSeconds: options.stepSeconds,
    loadAverage: round(loadavg()[0]),
    sustainedLifecyclesPerSecond: best?.completedPerSecond ?? 0,
    cost,
    /** One core's worth of lifecycles at that CPU cost: what the core holds if nothing else limits it. */
    lifecyclesPerCoreSecond: round(1000 / cost.cpuMsPerLifecycle, 1),
    stoppedBecause: last.failedBecause ?? 'highest rate passed',
    // With a single step nothing grew: the step where orders wait longest is the one to look at.
    saturatesFirst: steps.length > 1 ? (growth[0]?.step ?? null) : [...LIFECYCLE_STEPS].sort((a, b) => last.latencies[b].p50 - last.latencies[a].p50)[0],
    p99GrowthFromFirstStep: growth,
    steps,
    targets,
  };
}
