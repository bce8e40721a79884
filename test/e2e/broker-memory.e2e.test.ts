import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { floodTcpConnect, floodTcpPublish, floodWebSocketFrames, floodWebSocketSingleFrame, sampleRss, type StreamOutcome } from '../support/hostile-mqtt.js';
import { ApiClient } from '../support/http-client.js';

const STORE = 'demo-store';
const MB = 1024 * 1024;
const FLOOD_BYTES = 200 * MB;
/** Each hostile socket streams until the appliance cuts it, or this long. */
const FLOOD_DEADLINE_MS = 4_000;
const RSS_CEILING = 150 * MB;
const KITCHEN_USER = { username: 'cozinha', password: 'Cozinha#2026' };

describe('broker memory under hostile MQTT sockets (built appliance)', () => {
  let appliance: ApplianceProcess;
  let till: ApiClient;

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 100_000 });
    till = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
  });
  afterAll(() => appliance?.stop());

  /** Places and confirms orders one after another until `done` settles; returns the HTTP statuses. */
  async function confirmOrdersUntil(done: Promise<unknown>): Promise<number[]> {
    let finished = false;
    void done.finally(() => (finished = true));
    const statuses: number[] = [];
    while (!finished || statuses.length < 5) {
      const created = await till.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
      const confirmed = created.status === 201 ? await till.post(`/orders/${created.body.data.id}/confirm`) : created;
      statuses.push(confirmed.status);
    }
    return statuses;
  }

  it('8 sockets announcing 200 MB each before authentication (TCP and WebSocket) are cut; RSS stays ≤ 150 MB and the till keeps confirming', async () => {
    const rss = sampleRss(appliance.pid);
    const floods = Promise.all<StreamOutcome>([
      ...Array.from({ length: 4 }, () => floodTcpConnect(appliance.mqttPort, FLOOD_BYTES, FLOOD_DEADLINE_MS)),
      ...Array.from({ length: 2 }, () => floodWebSocketFrames(appliance.httpPort, FLOOD_BYTES, FLOOD_DEADLINE_MS)),
      ...Array.from({ length: 2 }, () => floodWebSocketSingleFrame(appliance.httpPort, FLOOD_BYTES, FLOOD_DEADLINE_MS)),
    ]);
    const [outcomes, statuses] = await Promise.all([floods, confirmOrdersUntil(floods)]);
    const peak = rss.stop();

    expect(peak).toBeLessThanOrEqual(RSS_CEILING);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(outcomes.map((o) => o.cutByServer)).toEqual(Array(8).fill(true));
    expect(Math.max(...outcomes.map((o) => o.sentBytes))).toBeLessThan(FLOOD_BYTES / 10);
  }, 60_000);

  it('a kitchen user publishing 100 MB to its command topic is cut; its station keeps working', async () => {
    // Logged in over HTTP first: the MQTT CONNECT then carries the access token, like the KDS page, and
    // the 32 MiB of a password hash stay out of the measurement.
    const kitchenLogin = { username: KITCHEN_USER.username, password: (await new ApiClient(appliance.baseUrl).login(KITCHEN_USER.username, KITCHEN_USER.password)).token! };
    const rss = sampleRss(appliance.pid);
    const outcome = await floodTcpPublish(appliance.mqttPort, kitchenLogin, `store/${STORE}/kds/GRILL/commands`, 100 * MB, FLOOD_DEADLINE_MS);
    const peak = rss.stop();
    expect(peak).toBeLessThanOrEqual(RSS_CEILING);
    expect(outcome.cutByServer).toBe(true);
    expect(outcome.sentBytes).toBeLessThan(FLOOD_BYTES / 10);

    const kitchen = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, { ...kitchenLogin, reconnectPeriod: 0, connectTimeout: 5_000 });
    try {
      const granted = await kitchen.subscribeAsync(`store/${STORE}/kds/GRILL/errors`, { qos: 1 });
      expect(granted[0].qos).toBe(1);
      const refusal = new Promise<string>((resolve) => kitchen.once('message', (_topic, payload) => resolve(payload.toString())));
      await kitchen.publishAsync(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: 'no-such-ticket', action: 'bump' }), { qos: 1 });
      expect(JSON.parse(await refusal)).toMatchObject({ ticketId: 'no-such-ticket', action: 'bump' });
    } finally {
      await kitchen.endAsync(true);
    }
  }, 30_000);
});
