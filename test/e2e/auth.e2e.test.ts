import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, TEST_ADMIN_PASSWORD, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const STORE_ID = 'e2e-auth';
const ROOT = `store/${STORE_ID}`;

function mqttConnect(appliance: ApplianceProcess, username: string, password: string): Promise<MqttClient> {
  return mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, { username, password, reconnectPeriod: 0, connectTimeout: 5_000 });
}

describe('auth against the built appliance process', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  const anonymous = () => new ApiClient(appliance.baseUrl);
  const mqttClients: MqttClient[] = [];

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_STORE_ID: STORE_ID } });
    admin = await new ApiClient(appliance.baseUrl).login('admin', TEST_ADMIN_PASSWORD);
    for (const user of [
      { username: 'caixa', name: 'Caixa', role: 'CASHIER', password: 'Caixa#2026', pin: '2580' },
      { username: 'cozinha', name: 'Cozinha', role: 'KITCHEN', password: 'Cozinha#2026' },
    ]) {
      expect((await admin.post('/users', user)).status).toBe(201);
    }
  });

  afterAll(async () => {
    await Promise.all(mqttClients.map((c) => c.endAsync(true)));
    await appliance?.stop();
  });

  it('logs in with a password and with a PIN', async () => {
    const byPassword = await anonymous().post('/auth/login', { username: 'caixa', password: 'Caixa#2026' });
    expect(byPassword.status).toBe(200);
    expect(byPassword.body.data.user).toMatchObject({ username: 'caixa', role: 'CASHIER' });
    const byPin = await anonymous().post('/auth/pin-login', { username: 'caixa', pin: '2580' });
    expect(byPin.status).toBe(200);
    const me = await new ApiClient(appliance.baseUrl, byPin.body.data.accessToken).get('/auth/me');
    expect(me.body.data.user.permissions).toContain('cashier.operate');
    expect(me.body.data.user.permissions).not.toContain('users.manage');
  });

  it('rotates refresh tokens and revokes the family when a rotated one is replayed', async () => {
    const login = await anonymous().post('/auth/login', { username: 'cozinha', password: 'Cozinha#2026' });
    const rotated = await anonymous().post('/auth/refresh', { refreshToken: login.body.data.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.refreshToken).not.toBe(login.body.data.refreshToken);
    const replay = await anonymous().post('/auth/refresh', { refreshToken: login.body.data.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await anonymous().post('/auth/refresh', { refreshToken: rotated.body.data.refreshToken })).status).toBe(401);
    expect((await new ApiClient(appliance.baseUrl, rotated.body.data.accessToken).get('/auth/me')).status).toBe(401);
  });

  it('caps live sessions at 3 per user', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) tokens.push((await anonymous().post('/auth/pin-login', { username: 'caixa', pin: '2580' })).body.data.accessToken);
    const statuses = await Promise.all(tokens.map(async (t) => (await new ApiClient(appliance.baseUrl, t).get('/auth/me')).status));
    expect(statuses).toEqual([401, 200, 200, 200]);
  });

  it('enrolls a KDS device that connects over MQTT with its token, within its ACL', async () => {
    const registered = await admin.post('/devices', { name: 'KDS Chapa', kind: 'KDS', stations: ['grill'] });
    expect(registered.status).toBe(201);
    const paired = await anonymous().post('/devices/pair', { code: registered.body.data.pairingCode });
    expect(paired.status).toBe(200);
    const { device, deviceToken } = paired.body.data;

    const watcher = await mqttConnect(appliance, 'admin', TEST_ADMIN_PASSWORD);
    mqttClients.push(watcher);
    await watcher.subscribeAsync(`${ROOT}/#`);
    const seen: string[] = [];
    watcher.on('message', (topic) => seen.push(topic));

    const kds = await mqttConnect(appliance, device.id, deviceToken);
    mqttClients.push(kds);
    expect((await kds.subscribeAsync(`${ROOT}/kds/GRILL/#`))[0].qos).toBe(0);
    const otherStation = await kds.subscribeAsync(`${ROOT}/kds/FRYER/#`).catch((error: { packet?: { granted?: number[] } }) => error);
    expect((otherStation as { packet: { granted: number[] } }).packet.granted).toEqual([0x80]);

    await kds.publishAsync(`${ROOT}/kds/GRILL/commands`, JSON.stringify({ action: 'bump' }), { qos: 1 });
    const closed = new Promise<void>((resolve) => kds.once('close', () => resolve()));
    kds.publish(`${ROOT}/events/order.created`, JSON.stringify({ forged: true }), { qos: 1 });
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toContain(`${ROOT}/kds/GRILL/commands`);
    expect(seen).not.toContain(`${ROOT}/events/order.created`);
  });

  // Before any other failed login from this address: MQTT and HTTP failures share its per-minute window.
  it('locks an account after 5 failed logins', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await anonymous().post('/auth/login', { username: 'cozinha', password: `Wrong#${i}aaa` })).body.error.code);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect(codes[4]).toBe('ACCOUNT_LOCKED');
    const locked = await anonymous().post('/auth/login', { username: 'cozinha', password: 'Cozinha#2026' });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    const audit = await admin.get('/audit?type=auth.account_locked');
    expect(audit.body.data[0].payload).toMatchObject({ username: 'cozinha' });
  });

  // Last: the address is over its limit by now, which refuses a password CONNECT as well.
  it('refuses MQTT CONNECT with a bad password or token', async () => {
    await expect(mqttConnect(appliance, 'admin', 'Wrong#2026')).rejects.toThrow(/Bad username or password|Not authorized/i);
    await expect(mqttConnect(appliance, 'no-such-device', 'chd_forged')).rejects.toThrow(/Bad username or password|Not authorized/i);
  });
});

describe('first start without CHEFIA_ADMIN_PASSWORD, demo store', () => {
  // The demo seed draws every product's photo before `ready`: seconds when idle, more on a busy CI host.
  it('prints a generated admin password once and seeds the demo users', { timeout: 90_000 }, async () => {
    const appliance = await spawnAppliance({ env: { CHEFIA_ADMIN_PASSWORD: '', CHEFIA_DEMO: '1' }, readyTimeoutMs: 60_000 });
    try {
      const line = appliance.logs.map((l) => JSON.parse(l)).find((entry) => entry.initialPassword && entry.level === 40);
      expect(line?.username).toBe('admin');
      const client = new ApiClient(appliance.baseUrl);
      await client.login('admin', line.initialPassword);
      const manager = await client.post('/auth/pin-login', { username: 'gerente', pin: '1234' });
      expect(manager.status).toBe(200);
      expect(manager.body.data.user.role).toBe('MANAGER');

      const kdsLine = appliance.logs.map((l) => JSON.parse(l)).find((entry) => entry.pairingCode);
      expect(kdsLine?.page).toBe('/kds');
      const paired = await new ApiClient(appliance.baseUrl).post('/devices/pair', { code: kdsLine.pairingCode });
      expect(paired.status).toBe(200);
      expect(paired.body.data.device).toMatchObject({ kind: 'KDS', stations: ['GRILL', 'FRYER', 'COLD', 'ASSEMBLY', 'EXPO'] });
      const kds = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, {
        username: paired.body.data.device.id,
        password: paired.body.data.deviceToken,
        reconnectPeriod: 0,
      });
      expect((await kds.subscribeAsync("store/demo-store/kds/GRILL/tickets/+"))[0].qos).toBe(0);
      await kds.endAsync();
    } finally {
      await appliance.stop();
    }
  });
});
