import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { ADMIN_PASSWORD, startAuthAppliance, type AuthTestClient } from '../testing/auth-test-client.js';

const STORE = 'store/demo-store';

function connect(app: TestAppliance, username: string, password: string): Promise<MqttClient> {
  return mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username, password, reconnectPeriod: 0, connectTimeout: 5_000 });
}

/** The broker's disconnects from now on, each with whether a transaction was open at the time. */
function recordDisconnects(app: TestAppliance): { calls: { id: string; inTransaction: boolean }[] } {
  const calls: { id: string; inTransaction: boolean }[] = [];
  const broker = app.ctx.mqtt;
  const disconnect = broker.disconnect.bind(broker);
  broker.disconnect = (id) => {
    calls.push({ id, inTransaction: app.ctx.db.inTransaction });
    return disconnect(id);
  };
  return { calls };
}

async function enrollKds(client: AuthTestClient, admin: string, stations: string[]) {
  const registered = await client.post('/devices', { name: 'KDS Chapa', kind: 'KDS', stations }, admin);
  expect(registered.status).toBe(201);
  const paired = await client.post('/devices/pair', { code: registered.body.data.pairingCode });
  expect(paired.status).toBe(200);
  return { id: paired.body.data.device.id as string, token: paired.body.data.deviceToken as string };
}

describe('device enrollment', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app?.close();
  });

  it('registers with a one-time pairing code and exchanges it for a device token', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const noStations = await client.post('/devices', { name: 'KDS', kind: 'KDS' }, admin);
    expect(noStations.status).toBe(422);
    expect(noStations.body.error.code).toBe('KDS_STATIONS_REQUIRED');
    expect((await client.post('/devices', { name: 'X', kind: 'TOASTER' }, admin)).status).toBe(400);

    const registered = await client.post('/devices', { name: 'Caixa 1', kind: 'POS' }, admin);
    expect(registered.body.data.device).toMatchObject({ kind: 'POS', status: 'PENDING' });
    const code = registered.body.data.pairingCode as string;
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    const paired = await client.post('/devices/pair', { code: code.toLowerCase() });
    expect(paired.status).toBe(200);
    expect(paired.body.data.deviceToken).toMatch(/^chd_/);
    expect(paired.body.data.device.status).toBe('ACTIVE');
    const again = await client.post('/devices/pair', { code });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('PAIRING_CODE_INVALID');

    const me = await client.get('/auth/me', paired.body.data.deviceToken);
    expect(me.body.data).toMatchObject({ type: 'device', device: { kind: 'POS' } });
    expect(me.body.data.permissions).toContain('catalog.read');
    const stored = app.ctx.db.prepare('SELECT token_hash FROM devices').pluck().all() as string[];
    expect(stored.join()).not.toContain(paired.body.data.deviceToken);

    const list = await client.get('/devices?kind=POS', admin);
    expect(list.body.metadata.total).toBe(1);
    expect(client.journalTypes()).toEqual(expect.arrayContaining(['auth.device_registered', 'auth.device_paired']));
    const cashier = await client.createUser(admin, { username: 'caixa9', role: 'CASHIER', password: 'Caixa#2026' });
    expect(cashier.role).toBe('CASHIER');
    const cashierToken = (await client.login('caixa9', 'Caixa#2026')).accessToken;
    expect((await client.post('/devices', { name: 'X', kind: 'POS' }, cashierToken)).status).toBe(403);
  });

  it('lets an enrolled device connect to MQTT and disconnects it on revocation', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const kds = await enrollKds(client, admin, ['grill']);
    const conn = await connect(app, kds.id, kds.token);
    clients.push(conn);
    const granted = await conn.subscribeAsync(`${STORE}/kds/GRILL/#`);
    expect(granted[0].qos).toBe(0);
    const denied = await conn.subscribeAsync(`${STORE}/kds/FRYER/#`).catch((error: { packet?: { granted?: number[] } }) => error);
    expect((denied as { packet: { granted: number[] } }).packet.granted).toEqual([0x80]);

    await expect(connect(app, kds.id, 'chd_wrong')).rejects.toThrow(/Bad username or password|Not authorized/i);
    const closed = new Promise<void>((resolve) => conn.once('close', () => resolve()));
    // Closed inside the revoking transaction: with group-fsync the revocation is visible before the
    // request resumes, and the old connection must not publish kitchen commands meanwhile.
    const disconnects = recordDisconnects(app);
    const revoked = await client.post(`/devices/${kds.id}/revoke`, {}, admin);
    expect(revoked.body.data.status).toBe('REVOKED');
    expect(disconnects.calls).toEqual([{ id: kds.id, inTransaction: true }]);
    await closed;
    await expect(connect(app, kds.id, kds.token)).rejects.toThrow(/Bad username or password|Not authorized/i);
    expect((await client.get('/auth/me', kds.token)).status).toBe(401);
    expect(client.journalTypes()).toContain('auth.device_revoked');
  });

  it('closes a user\'s MQTT connections inside the transaction that demotes or deactivates them', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const manager = await client.createUser(admin, { username: 'gerente2', role: 'MANAGER', password: 'Gerente#2026' });
    const disconnects = recordDisconnects(app);
    const conn = await connect(app, 'gerente2', 'Gerente#2026');
    clients.push(conn);
    const closed = new Promise<void>((resolve) => conn.once('close', () => resolve()));
    expect((await client.call('PUT', `/users/${manager.id}/role`, { body: { role: 'CASHIER' }, token: admin })).status).toBe(200);
    await closed;
    expect((await client.call('DELETE', `/users/${manager.id}`, { token: admin })).status).toBe(200);
    expect(disconnects.calls).toEqual([
      { id: manager.id, inTransaction: true },
      { id: manager.id, inTransaction: true },
    ]);
    await expect(connect(app, 'gerente2', 'Gerente#2026')).rejects.toThrow(/Bad username or password|Not authorized/i);
  });

  it('lets users connect with their password or a live access token', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const session = await client.login('admin', ADMIN_PASSWORD);
    const byPassword = await connect(app, 'admin', ADMIN_PASSWORD);
    clients.push(byPassword);
    const byToken = await connect(app, 'admin', session.accessToken);
    clients.push(byToken);
    expect((await byToken.subscribeAsync(`${STORE}/#`))[0].qos).toBe(0);
    await expect(connect(app, 'admin', 'Wrong#2026')).rejects.toThrow(/Bad username or password|Not authorized/i);
    await app.ctx.commands.drain();
    const failure = app.ctx.journal.readAfter(0, 1000).find((e) => e.type === 'auth.login_failed');
    expect(failure?.payload).toMatchObject({ username: 'admin', method: 'mqtt', reason: 'BAD_SECRET' });
    await expect(connect(app, 'someone-else', session.accessToken)).rejects.toThrow(/Bad username or password|Not authorized/i);
    await client.post('/auth/logout', undefined, session.accessToken);
    await expect(connect(app, 'admin', session.accessToken)).rejects.toThrow(/Bad username or password|Not authorized/i);
  });

  it('closes a user\'s MQTT connections when their access changes', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const user = await client.createUser(admin, { username: 'cozinha1', role: 'KITCHEN', password: 'Cozinha#2026' });
    const conn = await connect(app, 'cozinha1', 'Cozinha#2026');
    clients.push(conn);
    expect((await conn.subscribeAsync(`${STORE}/kds/GRILL/#`))[0].qos).toBe(0);
    const closed = new Promise<void>((resolve) => conn.once('close', () => resolve()));
    expect((await client.call('PUT', `/users/${user.id}/role`, { body: { role: 'CUSTOMER' }, token: admin })).status).toBe(200);
    await closed;
    const again = await connect(app, 'cozinha1', 'Cozinha#2026');
    clients.push(again);
    const denied = await again.subscribeAsync(`${STORE}/kds/GRILL/#`).catch((error: { packet?: { granted?: number[] } }) => error);
    expect((denied as { packet: { granted: number[] } }).packet.granted).toEqual([0x80]);
  });
});
