import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MqttClient } from 'mqtt';
import { KeepAliveClient } from './keep-alive-client.js';
import { connectScreens, fanOutLatencies, type PacedTimes, postPaced, type Arrival } from './kds-probe.js';

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

/** A running transport floor: `confirm` sends one paced segment, so a bench can take turns with it. */
export interface TransportFloor {
  confirm(ids: string[], perSecond: number): Promise<void>;
  result(measured: Set<string>, perSecond: number): TransportFloorResult;
  stop(): Promise<void>;
}

/**
 * `transport-floor-server` running with its screens connected and a till like kds-latency's: the
 * share of confirm → ticket that belongs to the machine, Node's HTTP stack, aedes and ws rather
 * than to the appliance's work.
 */
export async function startTransportFloor(screenCount = 10): Promise<TransportFloor> {
  const server: ChildProcess = fork(fileURLToPath(new URL('./transport-floor-server.js', import.meta.url)), [], { stdio: 'inherit' });
  let screens: MqttClient[] = [];
  let till: KeepAliveClient | undefined;
  const stop = async () => {
    till?.close();
    await Promise.all(screens.splice(0).map((client) => client.endAsync(true)));
    server.kill('SIGTERM');
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (message: { port: number }) => resolve(message.port));
      server.once('exit', (code) => reject(new Error(`transport-floor-server exited with ${code}`)));
    });
    const arrivals: Arrival[] = [];
    screens = await connectScreens(`ws://127.0.0.1:${port}/mqtt`, {}, 'store/floor/kds/GRILL/tickets/+', screenCount, arrivals);
    const openTill = new KeepAliveClient(port, 'floor', 8);
    till = openTill;
    const times: PacedTimes = { sentAt: new Map(), answeredAt: new Map() };
    return {
      async confirm(ids, perSecond) {
        await postPaced(openTill, ids, (id) => `/orders/${id}/confirm`, perSecond, times);
      },
      result(measured, perSecond) {
        const latencies = fanOutLatencies(arrivals, times.sentAt, times.answeredAt, measured);
        return {
          ordersPerSecond: perSecond,
          screens: screenCount,
          p50Ms: latencies.p50Ms,
          p99Ms: latencies.p99Ms,
          answerP50Ms: latencies.answerP50Ms,
          answerP99Ms: latencies.answerP99Ms,
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
