import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { startAuthAppliance } from './testing/auth-test-client.js';

const STORE = 'store/demo-store';

/**
 * A persistent MQTT session (clean: false) keeps its subscriptions and collects messages while its
 * client is offline, for the client id, whoever held it when they were made. Every message handed
 * to a client, queued or live, is held to the rights of the principal connected now
 * (`authorizeForward` in kernel/broker/broker.ts), and a change of role drops the subscriptions the
 * principal's persistent sessions kept.
 *
 * Why: a manager's tablet subscribed to `audit/#` with a persistent session (the usual setting of
 * MQTT client libraries that want no gaps). The manager is demoted to CASHIER (or a manager account
 * is reused for a cashier). Every `audit/` event published meanwhile (logins with addresses, failed
 * override guesses, the drawers' `cashier.*` events a cashier must never see: blind count) would be
 * queued in the old session and delivered as soon as the now-CASHIER reconnects with the same
 * client id, past the ACL that refuses a CASHIER's subscription to `audit/`.
 */
describe('persistent MQTT session after a role change', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app?.close();
  });

  it('does not deliver audit/ messages queued under the MANAGER role to the user reconnecting as CASHIER', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const manager = await client.createUser(admin, { username: 'gerente7', role: 'MANAGER', password: 'Gerente#Forte2026' });

    const opts = { username: 'gerente7', password: 'Gerente#Forte2026', clientId: 'tablet-gerente7', clean: false, reconnectPeriod: 0, connectTimeout: 5_000 };
    const first = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, opts);
    clients.push(first);
    const granted = await first.subscribeAsync(`${STORE}/audit/#`, { qos: 1 });
    expect(granted[0].qos).toBe(1); // a MANAGER may read audit/
    await first.endAsync();

    // The manager is demoted to CASHIER while the tablet is offline.
    const demoted = await client.call('PUT', `/users/${manager.id}/role`, { body: { role: 'CASHIER' }, token: admin });
    expect(demoted.status).toBe(200);
    expect(demoted.body.data.role).toBe('CASHIER');

    // Something a cashier must not read happens: a security event on audit/.
    await client.createUser(admin, { username: 'caixa-nova', role: 'CASHIER', password: 'Caixa#Forte2026' });
    await app.ctx.events.settle();

    // The tablet reconnects, now as a CASHIER, with its persistent session.
    const received: string[] = [];
    const second = mqtt.connect(`mqtt://127.0.0.1:${app.mqttPort}`, { ...opts, clean: false });
    clients.push(second);
    second.on('message', (topic) => received.push(topic));
    await waitUntil('reconnected', () => second.connected, Boolean, { timeoutMs: 5_000, intervalMs: 10 });
    // A fresh subscription to audit/ is refused for a CASHIER (control: the ACL itself knows the rule).
    await expect(second.subscribeAsync(`${STORE}/audit/#`, { qos: 1 })).rejects.toThrow(/Subscribe error/);
    await new Promise((r) => setTimeout(r, 300));

    expect(received.filter((t) => t.startsWith(`${STORE}/audit/`))).toEqual([]);
  });

  it('drops the subscriptions a persistent session kept once its user changes role', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const manager = await client.createUser(admin, { username: 'gerente8', role: 'MANAGER', password: 'Gerente#Forte2026' });
    const opts = { username: 'gerente8', password: 'Gerente#Forte2026', clientId: 'tablet-gerente8', clean: false, reconnectPeriod: 0, connectTimeout: 5_000 };
    const sessionPresent = async () => {
      const c = mqtt.connect(`mqtt://127.0.0.1:${app.mqttPort}`, opts);
      clients.push(c);
      const connack = await new Promise<{ sessionPresent: boolean }>((resolve, reject) => {
        c.once('connect', resolve);
        c.once('error', reject);
      });
      return { c, present: connack.sessionPresent };
    };

    const first = await sessionPresent();
    expect(first.present).toBe(false);
    await first.c.subscribeAsync(`${STORE}/events/#`, { qos: 1 });
    await first.c.endAsync();
    // Control: the broker keeps the session for the same principal.
    const again = await sessionPresent();
    expect(again.present).toBe(true);
    await again.c.endAsync();

    expect((await client.call('PUT', `/users/${manager.id}/role`, { body: { role: 'WAITER' }, token: admin })).status).toBe(200);
    const demoted = await sessionPresent();
    expect(demoted.present).toBe(false);
  });
});
