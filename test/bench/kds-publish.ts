import mqtt, { type MqttClient } from 'mqtt';
import { startTestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { createKitchenModule } from '../../appliance/src/kitchen/index.js';
import { orderInput, orderItem, route, seedStations } from '../../appliance/src/kitchen/test-support.js';
import { round, summarize } from './stats.js';

export interface KdsPublishResult {
  ordersPerSecond: number;
  orders: number;
  subscribers: number;
  missing: number;
  /** Routing command committed (fsync done) → ticket received by each subscriber. */
  commitToTicketP50Ms: number;
  commitToTicketP99Ms: number;
  /** Routing command submitted → ticket received (includes the durable group commit). */
  submitToTicketP50Ms: number;
  submitToTicketP99Ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * The kitchen's own share of order-confirm → KDS: an in-process appliance with only the kitchen
 * module, routing one-burger orders at a steady rate, 10 MQTT-over-WebSocket subscribers on
 * `kds/GRILL/tickets/+`. Nothing else runs in the appliance (no HTTP, pricing or other consumers).
 */
export async function runKdsPublishBench(ordersPerSecond = 50, seconds = 10, subscriberCount = 10): Promise<KdsPublishResult> {
  const app = await startTestAppliance([createKitchenModule()]);
  const clients: MqttClient[] = [];
  try {
    await seedStations(app);
    const committedAt = new Map<string, number>();
    const submittedAt = new Map<string, number>();
    const arrivals: [string, number][] = [];
    for (let s = 0; s < subscriberCount; s++) {
      const client = await mqtt.connectAsync(`ws://127.0.0.1:${app.httpPort}/mqtt`, { username: 'device:KDS:GRILL', password: 'test', reconnectPeriod: 0 });
      client.on('message', (_topic, payload) => {
        if (payload.length > 0) arrivals.push([JSON.parse(payload.toString()).orderId, performance.now()]);
      });
      await client.subscribeAsync(`store/${app.ctx.config.storeId}/kds/GRILL/tickets/+`, { qos: 1 });
      clients.push(client);
    }
    const total = ordersPerSecond * seconds;
    const began = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      await sleep(began + (i * 1000) / ordersPerSecond - performance.now());
      const input = orderInput(i + 1, [orderItem('X-Burger', 'GRILL', 600)]);
      submittedAt.set(input.orderId, performance.now());
      pending.push(route(app, input).then(() => void committedAt.set(input.orderId, performance.now())));
    }
    await Promise.all(pending);
    await sleep(500);
    const afterCommit = summarize(arrivals.map(([id, at]) => at - committedAt.get(id)!));
    const afterSubmit = summarize(arrivals.map(([id, at]) => at - submittedAt.get(id)!));
    return {
      ordersPerSecond,
      orders: total,
      subscribers: subscriberCount,
      missing: total * subscriberCount - arrivals.length,
      commitToTicketP50Ms: round(afterCommit.p50),
      commitToTicketP99Ms: round(afterCommit.p99),
      submitToTicketP50Ms: round(afterSubmit.p50),
      submitToTicketP99Ms: round(afterSubmit.p99),
    };
  } finally {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await app.close();
  }
}
