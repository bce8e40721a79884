import mqtt, { type MqttClient } from 'mqtt';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { connectScreens, fanOutLatencies, type PacedTimes, postPaced, sleep, type Arrival } from './kds-probe.js';
import { runKdsPublishBench, type KdsPublishResult } from './kds-publish.js';
import { cpuMs, round } from './stats.js';
import { ratioTarget, type TargetCheck } from './targets.js';
import { startTransportFloor, type TransportFloor, type TransportFloorResult } from './transport-floor.js';

export interface KdsLatencyResult {
  ordersPerSecond: number;
  orders: number;
  subscribers: number;
  deliveries: number;
  missing: number;
  /** Confirm request sent → GRILL ticket received, per subscriber (includes the durable commit). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Confirm request sent → HTTP answer (the commit) for comparison. */
  confirmP50Ms: number;
  confirmP99Ms: number;
  /**
   * Confirm answered → ticket received: the delivery path after the durable commit (negative when
   * the ticket beats the HTTP answer to the client).
   */
  afterCommitP50Ms: number;
  afterCommitP99Ms: number;
  /** Appliance CPU (user + system) per confirmed order during the run, load on the box aside. */
  applianceCpuMsPerOrder: number;
  /** 1-minute load average when the run ended: figures from a busy machine are not the appliance's. */
  loadAverage: number;
  /** The same load on an appliance running only the kitchen module (its own share of the path). */
  kitchenOnly: KdsPublishResult;
  /** The same clients and pace against node:http + aedes + ws doing no work: this machine's floor. */
  transportFloor: TransportFloorResult;
  /** Confirm → ticket over the transport floor's POST → message, same clients and pace. */
  ratios: { p50: number; p99: number };
  targets: TargetCheck[];
}

const STORE = 'demo-store';
/**
 * The appliance and its transport floor take turns in this many segments, so both are measured in
 * the same minutes of the host (a floor measured after the appliance moved by 40 % between runs).
 */
const SEGMENTS = 5;
/** Between turns: the cook's bumps (a second after each ticket) and the kitchen's summaries settle. */
const SETTLE_MS = 1_500;

/**
 * Order-confirm → ticket on 10 KDS screens: the built appliance (demo store), a POS client
 * confirming one-burger orders at a steady rate over HTTP, and 10 MQTT-over-WebSocket subscribers
 * on the GRILL ticket topic, and a cook bumping tickets, all on loopback. Orders are created
 * beforehand so only the confirm is timed. The transport floor runs beside it with its own screens,
 * and the two take turns (SEGMENTS); the appliance's CPU is counted over its turns and their settling.
 */
export async function runKdsLatencyBench(ordersPerSecond = 50, seconds = 10, subscriberCount = 10): Promise<KdsLatencyResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 60_000 });
  const subscribers: MqttClient[] = [];
  const cookTimers = new Set<NodeJS.Timeout>();
  let floor: TransportFloor | undefined;
  const stopAll = async () => {
    await floor?.stop();
    floor = undefined;
    for (const timer of cookTimers) clearTimeout(timer);
    await Promise.all(subscribers.splice(0).map((client) => client.endAsync(true)));
    await appliance.stop();
  };
  try {
    const pos = await new ApiClient(appliance.baseUrl).login();
    const warmup = 25;
    const total = warmup + ordersPerSecond * seconds;
    const orderIds: string[] = [];
    for (let i = 0; i < total; i++) {
      const created = await pos.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }] });
      if (created.status !== 201) throw new Error(`order create failed: ${created.status} ${JSON.stringify(created.body)}`);
      orderIds.push(created.body.data.id);
    }

    const arrivals: Arrival[] = [];
    subscribers.push(
      ...(await connectScreens(`ws://127.0.0.1:${appliance.httpPort}/mqtt`, { username: 'admin', password: pos.token! }, `store/${STORE}/kds/GRILL/tickets/+`, subscriberCount, arrivals)),
    );

    // The line cook: bumps each GRILL ticket a second after it shows up, so the kitchen holds a
    // steady ~50 open tickets instead of an ever-growing pile.
    const cook = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, { username: 'admin', password: pos.token!, reconnectPeriod: 0 });
    subscribers.push(cook);
    cook.on('message', (_topic, payload) => {
      if (payload.length === 0) return;
      const ticketId = JSON.parse(payload.toString()).ticketId as string;
      const timer = setTimeout(() => {
        cookTimers.delete(timer);
        cook.publish(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId, action: 'bump' }), { qos: 1 });
      }, 1000);
      cookTimers.add(timer);
    });
    await cook.subscribeAsync(`store/${STORE}/kds/GRILL/tickets/+`, { qos: 1 });

    floor = await startTransportFloor(subscriberCount);
    const floorIds = Array.from({ length: total }, (_, i) => `order-${i}`);
    const till = new KeepAliveClient(appliance.httpPort, pos.token!, 8);
    const times: PacedTimes = { sentAt: new Map(), answeredAt: new Map() };
    let cpuUsed = 0;
    // Warm-up first, then the measured orders in turns; each segment its own slice of both lists.
    const bounds = [0, warmup, ...Array.from({ length: SEGMENTS }, (_, k) => warmup + Math.round(((k + 1) * (total - warmup)) / SEGMENTS))];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const cpuBefore = cpuMs(appliance.pid);
      await postPaced(till, orderIds.slice(bounds[k], bounds[k + 1]), (id) => `/orders/${id}/confirm`, ordersPerSecond, times);
      await sleep(SETTLE_MS);
      cpuUsed += cpuMs(appliance.pid) - cpuBefore;
      await floor.confirm(floorIds.slice(bounds[k], bounds[k + 1]), ordersPerSecond);
      await sleep(SETTLE_MS);
    }
    till.close();

    const measured = new Set(orderIds.slice(warmup));
    const latencies = fanOutLatencies(arrivals, times.sentAt, times.answeredAt, measured);
    const transportFloor = floor.result(new Set(floorIds.slice(warmup)), ordersPerSecond);
    const applianceCpuMsPerOrder = round(cpuUsed / orderIds.length);
    const loadAverage = round((await import('node:os')).loadavg()[0]);
    // Both are stopped before the kitchen-only appliance runs, so no two of them share the CPU.
    await stopAll();
    const kitchenOnly = await runKdsPublishBench(ordersPerSecond, seconds, subscriberCount);
    return {
      ordersPerSecond,
      orders: measured.size,
      subscribers: subscriberCount,
      deliveries: latencies.deliveries,
      missing: measured.size * subscriberCount - latencies.deliveries,
      p50Ms: latencies.p50Ms,
      p99Ms: latencies.p99Ms,
      maxMs: latencies.maxMs,
      confirmP50Ms: latencies.answerP50Ms,
      confirmP99Ms: latencies.answerP99Ms,
      afterCommitP50Ms: latencies.afterAnswerP50Ms,
      afterCommitP99Ms: latencies.afterAnswerP99Ms,
      applianceCpuMsPerOrder,
      loadAverage,
      kitchenOnly,
      transportFloor,
      ratios: { p50: round(latencies.p50Ms / transportFloor.p50Ms), p99: round(latencies.p99Ms / transportFloor.p99Ms) },
      targets: [
        ratioTarget('confirm → ticket p50', latencies.p50Ms, transportFloor.p50Ms, 'atMost', 2),
        ratioTarget('confirm → ticket p99', latencies.p99Ms, transportFloor.p99Ms, 'atMost', 2.5),
      ],
    };
  } finally {
    await stopAll();
  }
}
