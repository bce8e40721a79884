import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { ManualClock, startAuthAppliance } from './testing/auth-test-client.js';

const STORE = 'store/demo-store';

/**
 * An MQTT connection opened with an access token as password lives only as long as the token's
 * login session: once the session is revoked, idle (15 minutes without use over HTTP) or past its
 * 7-day lifetime, the broker refuses the connection's next publish or subscription, forwards it
 * nothing more and closes it (the principal's `lapsed` check, authenticator.ts `sessionLapse`).
 *
 * Why: whoever gets hold of a manager's access token for a moment (a browser left logged in, the
 * token in the POS page's storage) could otherwise open one MQTT connection with it and keep it for
 * good: every `audit/` event (logins with addresses, overrides, the drawers' cash) and the right to
 * publish KDS commands on every station, long after the token expired and the session was over.
 */
describe('an MQTT connection opened with an access token outliving its session', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app?.close();
  });

  it('stops serving audit/ to a connection whose token and session expired days ago', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente5', role: 'MANAGER', password: 'Gerente#Forte2026' });
    const session = await client.login('gerente5', 'Gerente#Forte2026');

    const thief = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'gerente5', password: session.accessToken, reconnectPeriod: 0, connectTimeout: 5_000 });
    clients.push(thief);

    // Eight days later: the token (30 min) and the session (15 min idle, 7 days at most) are over.
    clock.advance(8 * 24 * 3600 * 1000);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(401);

    const seen: string[] = [];
    thief.on('message', (topic) => seen.push(topic));
    await thief.subscribeAsync(`${STORE}/audit/#`, { qos: 1 }).catch(() => undefined);
    const freshAdmin = await client.adminToken();
    await client.createUser(freshAdmin, { username: 'caixa-dia9', role: 'CASHIER', password: 'Caixa#Forte2026' });
    await new Promise((r) => setTimeout(r, 1_000));

    expect(seen.filter((t) => t.startsWith(`${STORE}/audit/`))).toEqual([]);
  });

  it('keeps the connection while its session is used over HTTP, and closes it once the session is idle', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente6', role: 'MANAGER', password: 'Gerente#Forte2026' });
    const session = await client.login('gerente6', 'Gerente#Forte2026');
    const screen = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'gerente6', password: session.accessToken, reconnectPeriod: 0, connectTimeout: 5_000 });
    clients.push(screen);

    // 20 minutes in which the manager keeps working on the till (every 10 minutes here): the
    // session is not idle, and the connection goes on.
    clock.advance(10 * 60_000);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(200);
    clock.advance(10 * 60_000);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(200);
    const granted = await screen.subscribeAsync(`${STORE}/audit/#`, { qos: 1 });
    expect(granted[0].qos).toBe(1);
    expect(screen.connected).toBe(true);

    // Then nobody uses the session for 15 minutes: it is idle (its access token has expired too).
    clock.advance(15 * 60_000);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(401);
    const seen: string[] = [];
    screen.on('message', (topic) => seen.push(topic));
    await client.createUser(await client.adminToken(), { username: 'caixa-dia10', role: 'CASHIER', password: 'Caixa#Forte2026' });
    await waitUntil('idle session disconnected', () => screen.connected, (connected) => !connected, { timeoutMs: 3_000, intervalMs: 10 });
    expect(seen.filter((t) => t.startsWith(`${STORE}/audit/`))).toEqual([]);
  });
});
