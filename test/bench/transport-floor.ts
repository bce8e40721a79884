import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KeepAliveClient } from './keep-alive-client.js';
import { connectScreens, fanOutLatencies, postPaced, type Arrival } from './kds-probe.js';

export interface TransportFloorResult {
  ordersPerSecond: number;
  screens: number;
  /** POST sent → retained message at each screen, with no work between (what no confirm can beat here). */
  p50Ms: number;
  p99Ms: number;
  /** POST sent → answer: an idle HTTP round trip at this pace. */
  answerP50Ms: number;
  answerP99Ms: number;
}

/**
 * The same clients and pace as kds-latency against `transport-floor-server`: the share of
 * confirm → ticket that belongs to the machine, Node's HTTP stack, aedes and ws rather than to
 * the appliance's work.
 */
export async function runTransportFloorBench(perSecond = 50, seconds = 10, screenCount = 10): Promise<TransportFloorResult> {
  const server = fork(fileURLToPath(new URL('./transport-floor-server.js', import.meta.url)), [], { stdio: 'inherit' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (message: { port: number }) => resolve(message.port));
      server.once('exit', (code) => reject(new Error(`transport-floor-server exited with ${code}`)));
    });
    const arrivals: Arrival[] = [];
    const screens = await connectScreens(`ws://127.0.0.1:${port}/mqtt`, {}, 'store/floor/kds/GRILL/tickets/+', screenCount, arrivals);
    const till = new KeepAliveClient(port, 'floor', 8);
    const warmup = 25;
    const ids = Array.from({ length: warmup + perSecond * seconds }, (_, i) => `order-${i}`);
    const { sentAt, answeredAt } = await postPaced(till, ids, (id) => `/orders/${id}/confirm`, perSecond);
    till.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all(screens.map((client) => client.endAsync(true)));
    const latencies = fanOutLatencies(arrivals, sentAt, answeredAt, new Set(ids.slice(warmup)));
    return {
      ordersPerSecond: perSecond,
      screens: screenCount,
      p50Ms: latencies.p50Ms,
      p99Ms: latencies.p99Ms,
      answerP50Ms: latencies.answerP50Ms,
      answerP99Ms: latencies.answerP99Ms,
    };
  } finally {
    server.kill('SIGTERM');
  }
}
