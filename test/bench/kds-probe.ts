import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { KeepAliveClient } from './keep-alive-client.js';
import { round, summarize } from './stats.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export type Arrival = [orderId: string, receivedAt: number];

/** `count` MQTT-over-WebSocket screens subscribed to `topic`; every non-empty ticket lands in `arrivals`. */
export async function connectScreens(url: string, options: IClientOptions, topic: string, count: number, arrivals: Arrival[]): Promise<MqttClient[]> {
  const screens: MqttClient[] = [];
  for (let s = 0; s < count; s++) {
    const client = await mqtt.connectAsync(url, { reconnectPeriod: 0, keepalive: 30, ...options });
    client.on('message', (_topic, payload) => {
      const receivedAt = performance.now();
      if (payload.length > 0) arrivals.push([JSON.parse(payload.toString()).orderId as string, receivedAt]);
    });
    await client.subscribeAsync(topic, { qos: 1 });
    screens.push(client);
  }
  return screens;
}

/** When each id was sent and answered; a bench taking turns keeps adding its segments to one record. */
export interface PacedTimes {
  sentAt: Map<string, number>;
  answeredAt: Map<string, number>;
}

/** POSTs `pathOf(id)` for every id at a steady rate, as a till does, noting in `times` when each was sent and answered. */
export async function postPaced(
  till: KeepAliveClient,
  ids: string[],
  pathOf: (id: string) => string,
  perSecond: number,
  times: PacedTimes = { sentAt: new Map(), answeredAt: new Map() },
): Promise<PacedTimes> {
  const { sentAt, answeredAt } = times;
  const pending: Promise<void>[] = [];
  const began = performance.now();
  for (let i = 0; i < ids.length; i++) {
    await sleep(began + (i * 1000) / perSecond - performance.now());
    const id = ids[i];
    sentAt.set(id, performance.now());
    pending.push(
      till.post(pathOf(id)).then((res) => {
        if (res.status !== 200) throw new Error(`POST ${pathOf(id)} failed: ${res.status} ${res.body}`);
        answeredAt.set(id, performance.now());
      }),
    );
  }
  await Promise.all(pending);
  return times;
}

/** Sent → ticket at each screen, sent → answer, and answer → ticket, over the measured ids only. */
export function fanOutLatencies(arrivals: Arrival[], sentAt: Map<string, number>, answeredAt: Map<string, number>, measured: Set<string>) {
  const mine = arrivals.filter(([id]) => measured.has(id));
  const ticket = summarize(mine.map(([id, at]) => at - sentAt.get(id)!));
  const answer = summarize([...measured].map((id) => answeredAt.get(id)! - sentAt.get(id)!));
  const afterAnswer = summarize(mine.map(([id, at]) => at - answeredAt.get(id)!));
  return {
    deliveries: mine.length,
    p50Ms: round(ticket.p50),
    p99Ms: round(ticket.p99),
    maxMs: round(ticket.max),
    answerP50Ms: round(answer.p50),
    answerP99Ms: round(answer.p99),
    afterAnswerP50Ms: round(afterAnswer.p50),
    afterAnswerP99Ms: round(afterAnswer.p99),
  };
}
