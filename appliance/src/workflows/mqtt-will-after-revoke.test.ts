import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthModule } from '../auth/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createKitchenModule } from '../kitchen/index.js';
import { kitchenCommandsOnly, orderInput, orderItem, route, seedStations } from '../kitchen/test-support.js';

const STORE = 'store/demo-store';
const ADMIN_PASSWORD = 'Admin#2026';

async function call(app: TestAppliance, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const ticketStatus = (app: TestAppliance, id: string) => app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(id);

/**
 * An MQTT connection the appliance closes because its credentials were withdrawn (device revoked,
 * user deactivated, password or role changed) publishes nothing more, not even its Last Will: the
 * broker drops the connection's principal and its will before closing it
 * (`EmbeddedBroker.disconnect`), and authorizes no publish of a client without a live principal.
 *
 * Why: a stolen or decommissioned KDS tablet (or a fired cook's session) arms a will such as
 * `{"ticketId": …, "action": "void"}` on `kds/GRILL/commands`. The manager revokes the device to
 * cut it off; if that revocation fired the will, the open ticket of a paying customer's order would
 * be voided in the kitchen by a device the store has just revoked.
 * Docs (api.md, devices): "revokes the token and disconnects the device from MQTT".
 */
describe('an MQTT will fired by the revocation of its own credentials', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app?.close();
  });

  it('does not run a KDS command from the will of a device that was just revoked', async () => {
    app = await startTestAppliance([createAuthModule(), createKitchenModule(), kitchenCommandsOnly], { realAuth: true });
    await seedStations(app);
    const login = await call(app, 'POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const admin = login.body.data.accessToken as string;

    const registered = await call(app, 'POST', '/devices', { name: 'KDS Chapa', kind: 'KDS', stations: ['GRILL'] }, admin);
    expect(registered.status).toBe(201);
    const paired = await call(app, 'POST', '/devices/pair', { code: registered.body.data.pairingCode });
    expect(paired.status).toBe(200);
    const deviceId = paired.body.data.device.id as string;

    const [grill] = await route(app, orderInput(501, [orderItem('X-Burger', 'GRILL', 600)]));
    expect(ticketStatus(app, grill.ticketId)).toBe('OPEN');

    const kds = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, {
      username: deviceId,
      password: paired.body.data.deviceToken,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
      will: { topic: `${STORE}/kds/GRILL/commands`, payload: Buffer.from(JSON.stringify({ ticketId: grill.ticketId, action: 'void' })), qos: 1, retain: false },
    });
    clients.push(kds);

    const revoked = await call(app, 'POST', `/devices/${deviceId}/revoke`, {}, admin);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.status).toBe('REVOKED');
    await waitUntil('kds disconnected', () => !kds.connected, Boolean, { timeoutMs: 3_000, intervalMs: 10 });
    await new Promise((r) => setTimeout(r, 300));
    await app.ctx.commands.drain();

    // The revoked device's will must not have reached the kitchen.
    expect(ticketStatus(app, grill.ticketId)).toBe('OPEN');
    const fromDevice = app.ctx.journal.readAfter(0, 10_000).filter((e) => e.type.startsWith('kitchen.') && e.actor?.id === deviceId);
    expect(fromDevice.map((e) => e.type)).toEqual([]);
  });
});
