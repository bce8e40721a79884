import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { IfoodSimulator, type SimulatedEvent } from '../../cloud-relay/src/marketplaces/ifood/ifood-simulator.js';
import { startTestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { spawnRelay, spawnReplicatingAppliance } from '../e2e/relay-process.js';
import { ApiClient } from '../support/http-client.js';
import { startFloor } from './floor-process.js';
import { sleep } from './kds-probe.js';
import { round, summarize } from './stats.js';
import { absoluteTarget, type TargetCheck } from './targets.js';

const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';
const STORE_ID = 'loja-bench-apps';
const WARMUP = 10;

export interface MarketplaceBenchResult {
  ordersPerSecond: number;
  orders: number;
  /** Signed iFood webhook sent → relay's 202 (the event stored in Postgres). */
  webhook: { p50Ms: number; p99Ms: number; maxMs: number };
  /** The same client, body and pace against a bare node:http server answering 202: this machine's floor. */
  webhookFloor: { p50Ms: number; p99Ms: number };
  /** Webhook sent → the order's first kitchen ticket on the store's MQTT (details job, downstream push, auto-accept, kitchen). */
  eventToKds: { p50Ms: number; p99Ms: number; maxMs: number; missing: number };
  loadAverage: number;
  targets: TargetCheck[];
}

/** Sends every body at a steady rate, as a platform delivering events does, noting when each was sent and answered. */
async function pacedDeliveries(count: number, perSecond: number, deliver: (index: number) => Promise<Response>) {
  const sentAt: number[] = [];
  const answeredAt: number[] = [];
  const pending: Promise<void>[] = [];
  const began = performance.now();
  for (let i = 0; i < count; i++) {
    await sleep(began + (i * 1000) / perSecond - performance.now());
    sentAt[i] = performance.now();
    pending.push(
      deliver(i).then(async (answer) => {
        if (answer.status !== 202) throw new Error(`webhook answered ${answer.status}: ${await answer.text()}`);
        answeredAt[i] = performance.now();
      }),
    );
  }
  await Promise.all(pending);
  return { sentAt, answeredAt };
}

const answerTimes = (sentAt: number[], answeredAt: number[]) => summarize(sentAt.slice(WARMUP).map((sent, i) => answeredAt[i + WARMUP] - sent));

/**
 * iFood orders at a steady pace through the built relay (webhook mode, real Postgres) into a built
 * store appliance with auto-accept: how fast the relay answers a webhook, and how long from the
 * platform's event to the order's first ticket on the store's KDS topic, the relay pushing the
 * order downstream. The floor is a bare loopback HTTP round trip at the same pace.
 */
export async function runMarketplaceBench(perSecond = 10, seconds = 20): Promise<MarketplaceBenchResult> {
  const postgres = await startTestPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'chefia-marketplace-bench-'));
  const ifood = await new IfoodSimulator('merchant-bench', 'chefia-app', 'segredo-do-app-ifood').start();
  let relay: Awaited<ReturnType<typeof spawnRelay>> | null = null;
  let store: Awaited<ReturnType<typeof spawnReplicatingAppliance>> | null = null;
  let kds: MqttClient | null = null;
  try {
    relay = await spawnRelay({ RELAY_HTTP_PORT: '0', DATABASE_URL: await postgres.freshDatabase('relay_marketplace_bench'), RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: RELAY_ADMIN, RELAY_IFOOD_API_URL: ifood.baseUrl }, 120_000);
    const relayUrl = `http://127.0.0.1:${relay.httpPort}`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'BENCH-APPS', name: 'Loja bench apps' });
    const connected = await hq.call('PUT', '/marketplace-connections', { storeId: created.body.data.store.id, platform: 'IFOOD', merchantId: ifood.merchantId, mode: 'WEBHOOK', credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret } });
    const webhookUrl = `${relayUrl}${connected.body.data.webhookPath}`;
    store = await spawnReplicatingAppliance(
      { CHEFIA_DATA_DIR: join(dir, 'store'), CHEFIA_DEMO: '1', CHEFIA_ADMIN_PASSWORD: STORE_ADMIN, CHEFIA_STORE_ID: STORE_ID, CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json'), CHEFIA_RELAY_URL: relayUrl, CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode },
      120_000,
    );
    const pos = await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN);
    for (const [externalCode, productId] of [['IF-XBURGER', 'prod-classic-burger'], ['IF-FRIES', 'prod-fries']]) await pos.call('PUT', '/marketplace/mappings', { platform: 'IFOOD', externalCode, productId });
    await pos.call('PUT', '/marketplace/settings/auto-accept', { IFOOD: true });

    // The first ticket of each order on any station, by its label (`iFood #<displayId>`).
    const firstTicketAt = new Map<string, number>();
    kds = await mqtt.connectAsync(`ws://127.0.0.1:${store.httpPort}/mqtt`, { username: 'admin', password: pos.token!, reconnectPeriod: 0 });
    kds.on('message', (_topic, payload) => {
      const at = performance.now();
      if (payload.length === 0) return;
      const label = JSON.parse(payload.toString()).table as string | null;
      if (label && !firstTicketAt.has(label)) firstTicketAt.set(label, at);
    });
    await kds.subscribeAsync(`store/${STORE_ID}/kds/+/tickets/+`, { qos: 1 });

    const total = WARMUP + perSecond * seconds;
    const placed: { order: Record<string, any>; event: SimulatedEvent }[] = Array.from({ length: total }, () => ifood.placeOrder());
    const relayRun = await pacedDeliveries(total, perSecond, (i) => ifood.deliverWebhook(webhookUrl, placed[i].event));
    const labels = placed.map((p) => `iFood #${p.order.displayId}`);
    const deadline = performance.now() + 30_000;
    while (labels.some((label) => !firstTicketAt.has(label)) && performance.now() < deadline) await sleep(100);
    const measured = labels.slice(WARMUP).map((label, i) => ({ label, sent: relayRun.sentAt[i + WARMUP] }));
    const toKds = summarize(measured.filter((m) => firstTicketAt.has(m.label)).map((m) => firstTicketAt.get(m.label)! - m.sent));
    const webhook = answerTimes(relayRun.sentAt, relayRun.answeredAt);
    const loadAverage = round((await import('node:os')).loadavg()[0]);

    // The floor runs alone: the store and the relay are stopped first.
    await kds.endAsync(true);
    kds = null;
    await store.kill('SIGTERM');
    store = null;
    await relay.kill('SIGTERM');
    relay = null;
    const floor = await startFloor(new URL('./webhook-floor-server.js', import.meta.url));
    let floorRun;
    try {
      floorRun = await pacedDeliveries(total, perSecond, (i) => ifood.deliverWebhook(`http://127.0.0.1:${floor.port}/webhook`, placed[i].event));
    } finally {
      await floor.stop();
    }
    const webhookFloor = answerTimes(floorRun.sentAt, floorRun.answeredAt);
    return {
      ordersPerSecond: perSecond,
      orders: measured.length,
      webhook: { p50Ms: round(webhook.p50), p99Ms: round(webhook.p99), maxMs: round(webhook.max) },
      webhookFloor: { p50Ms: round(webhookFloor.p50), p99Ms: round(webhookFloor.p99) },
      eventToKds: { p50Ms: round(toKds.p50), p99Ms: round(toKds.p99), maxMs: round(toKds.max), missing: measured.length - toKds.count },
      loadAverage,
      targets: [
        absoluteTarget('webhook answered p99', webhook.p99, 'atMost', 100, 'ms'),
        absoluteTarget('platform event → KDS ticket p99', toKds.p99, 'atMost', 1500, 'ms'),
        absoluteTarget('orders missing on the KDS', measured.length - toKds.count, 'atMost', 0, 'orders'),
      ],
    };
  } finally {
    await kds?.endAsync(true);
    await store?.kill('SIGTERM');
    await relay?.kill('SIGTERM');
    await ifood.close();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
