import mqtt, { type MqttClient } from 'mqtt';
import { readFileSync } from 'node:fs';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { runKdsPublishBench, type KdsPublishResult } from './kds-publish.js';
import { round, summarize } from './stats.js';

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
}

/** utime + stime of a process in ms, from /proc (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const STORE = 'demo-store';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Order-confirm → ticket on 10 KDS screens: the built appliance (demo store), a POS client
 * confirming one-burger orders at a steady rate over HTTP, and 10 MQTT-over-WebSocket subscribers
 * on the GRILL ticket topic, and a cook bumping tickets, all on loopback. Orders are created
 * beforehand so only the confirm is timed.
 */
export async function runKdsLatencyBench(ordersPerSecond = 50, seconds = 10, subscriberCount = 10): Promise<KdsLatencyResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' } });
  const subscribers: MqttClient[] = [];
  const cookTimers = new Set<NodeJS.Timeout>();
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

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const received: [string, number][] = [];
    const answeredAt = new Map<string, number>();
    const measured = new Set(orderIds.slice(warmup));
    let deliveries = 0;
    for (let s = 0; s < subscriberCount; s++) {
      const client = await mqtt.connectAsync(`ws://127.0.0.1:${appliance.httpPort}/mqtt`, { username: 'admin', password: pos.token!, reconnectPeriod: 0, keepalive: 30 });
      client.on('message', (_topic, payload) => {
        const receivedAt = performance.now();
        if (payload.length === 0) return;
        const orderId = JSON.parse(payload.toString()).orderId as string;
        const sent = sentAt.get(orderId);
        if (sent === undefined || !measured.has(orderId)) return;
        deliveries += 1;
        latencies.push(receivedAt - sent);
        received.push([orderId, receivedAt]);
      });
      await client.subscribeAsync(`store/${STORE}/kds/GRILL/tickets/+`, { qos: 1 });
      subscribers.push(client);
    }

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

    const till = new KeepAliveClient(appliance.httpPort, pos.token!, 8);
    const confirmLatencies: number[] = [];
    const pending: Promise<void>[] = [];
    const intervalMs = 1000 / ordersPerSecond;
    const cpuBefore = cpuMs(appliance.pid);
    const began = performance.now();
    for (let i = 0; i < orderIds.length; i++) {
      await sleep(began + i * intervalMs - performance.now());
      const id = orderIds[i];
      const sent = performance.now();
      sentAt.set(id, sent);
      pending.push(
        till.post(`/orders/${id}/confirm`).then((res) => {
          if (res.status !== 200) throw new Error(`confirm failed: ${res.status} ${res.body}`);
          const answered = performance.now();
          answeredAt.set(id, answered);
          if (measured.has(id)) confirmLatencies.push(answered - sent);
        }),
      );
    }
    await Promise.all(pending);
    till.close();
    await sleep(500);
    const cpuUsed = cpuMs(appliance.pid) - cpuBefore;

    const expected = measured.size * subscriberCount;
    const s = summarize(latencies);
    const c = summarize(confirmLatencies);
    const a = summarize(received.map(([orderId, at]) => at - answeredAt.get(orderId)!));
    return {
      ordersPerSecond,
      orders: measured.size,
      subscribers: subscriberCount,
      deliveries,
      missing: expected - deliveries,
      p50Ms: round(s.p50),
      p99Ms: round(s.p99),
      maxMs: round(s.max),
      confirmP50Ms: round(c.p50),
      confirmP99Ms: round(c.p99),
      afterCommitP50Ms: round(a.p50),
      afterCommitP99Ms: round(a.p99),
      applianceCpuMsPerOrder: round(cpuUsed / orderIds.length),
      loadAverage: round((await import('node:os')).loadavg()[0]),
      kitchenOnly: await runKdsPublishBench(ordersPerSecond, seconds, subscriberCount),
    };
  } finally {
    for (const timer of cookTimers) clearTimeout(timer);
    await Promise.all(subscribers.map((client) => client.endAsync(true)));
    await appliance.stop();
  }
}
