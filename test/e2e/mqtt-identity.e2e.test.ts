import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const STORE = 'demo-store';

describe('MQTT client identity and login attempts (built appliance)', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  const clients: MqttClient[] = [];

  const connect = async (url: string, options: mqtt.IClientOptions) => {
    const client = await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 5_000, ...options });
    clients.push(client);
    return client;
  };
  const tcp = () => `mqtt://127.0.0.1:${appliance.mqttPort}`;
  const webSocket = () => `ws://127.0.0.1:${appliance.httpPort}/mqtt`;
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { code?: number }) => error.code,
    );

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 100_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await appliance?.stop();
  });

  it("another user connecting with a KDS screen's client id is refused and the screen stays connected", async () => {
    const kitchen = await new ApiClient(appliance.baseUrl).login('cozinha', 'Cozinha#2026');
    const clientId = 'kds-GRILL-5f3a9c1e';
    const screen = await connect(webSocket(), { username: 'cozinha', password: kitchen.token!, clientId, protocolVersion: 4 });
    let screenClosed = false;
    screen.on('close', () => (screenClosed = true));
    await screen.subscribeAsync(`store/${STORE}/kds/GRILL/errors`, { qos: 1 });

    const cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
    expect(await refusal(connect(tcp(), { username: 'caixa', password: cashier.token!, clientId }))).toBe(2);
    expect(await refusal(connect(webSocket(), { username: 'caixa', password: 'Caixa#2026', clientId }))).toBe(2);

    // The screen still receives what the appliance publishes to it.
    const answer = new Promise<string>((resolve) => screen.once('message', (_topic, payload) => resolve(payload.toString())));
    await screen.publishAsync(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: 'no-such-ticket', action: 'bump' }), { qos: 1 });
    expect(JSON.parse(await answer)).toMatchObject({ ticketId: 'no-such-ticket' });
    expect(screenClosed).toBe(false);

    // The same user may take its own id over (a screen reconnecting after a network drop).
    const reconnected = await connect(tcp(), { username: 'cozinha', password: kitchen.token!, clientId });
    expect(reconnected.connected).toBe(true);
  }, 30_000);

  it('failed MQTT logins count per remote address, like HTTP logins, and are journaled with the address', async () => {
    const since = (await admin.get('/journal?afterSeq=0&limit=1')).body.metadata.lastSeq as number;
    for (const username of ['gerente', 'garcom', 'cliente', 'fantasma', 'ninguem']) {
      expect(await refusal(connect(tcp(), { username, password: 'Errada#2026' }))).toBe(4);
    }
    // The sixth attempt from the address is refused even with the right password, over MQTT and HTTP.
    expect(await refusal(connect(webSocket(), { username: 'cozinha', password: 'Cozinha#2026' }))).toBe(4);
    expect((await new ApiClient(appliance.baseUrl).post('/auth/login', { username: 'cozinha', password: 'Cozinha#2026' })).status).toBe(429);

    const deadline = Date.now() + 5_000;
    let failures: { payload: { username: string; method: string; address: string | null } }[] = [];
    while (Date.now() < deadline && failures.length < 5) {
      const journal = (await admin.get(`/journal?afterSeq=${since}&limit=100`)).body.data as { type: string; payload: any }[];
      failures = journal.filter((e) => e.type === 'auth.login_failed');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(failures.map((e) => e.payload.username).sort()).toEqual(['cliente', 'fantasma', 'garcom', 'gerente', 'ninguem']);
    for (const failure of failures) expect(failure.payload).toMatchObject({ method: 'mqtt', address: '127.0.0.1' });
  }, 30_000);
});
