import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { waitUntil } from '../../kernel/testing/wait-until.js';
import { startAuthAppliance } from '../testing/auth-test-client.js';

const STORE = 'store/demo-store';

function connect(app: TestAppliance, username: string, password: string): Promise<MqttClient> {
  return mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username, password, reconnectPeriod: 0, connectTimeout: 5_000 });
}

/** True once the broker has closed the client's connection (within the wait). */
async function closedWithin(client: MqttClient, ms = 2_000): Promise<boolean> {
  return waitUntil('mqtt connection closed', () => !client.connected, Boolean, { timeoutMs: ms, intervalMs: 20 }).then(
    () => true,
    () => false,
  );
}

/**
 * An MQTT connection authorized with a user's access token ends with the session behind that
 * token: logging out, or the session being revoked because its refresh token was replayed (token
 * theft), closes it; the same user's other sessions keep theirs.
 */
describe('MQTT connections opened with an access token after the session is revoked', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app?.close();
  });

  it('closes the MQTT connection of a session that logged out', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'cozinha1', role: 'KITCHEN', password: 'Cozinha#Forte2026' });
    const session = await client.login('cozinha1', 'Cozinha#Forte2026');
    const mq = await connect(app, 'cozinha1', session.accessToken);
    const otherScreen = await connect(app, 'cozinha1', (await client.login('cozinha1', 'Cozinha#Forte2026')).accessToken);
    clients.push(mq, otherScreen);
    expect(mq.connected).toBe(true);

    const out = await client.post('/auth/logout', undefined, session.accessToken);
    expect(out.status).toBe(200);
    // The HTTP side refuses the token at once...
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(401);
    // ...and the MQTT connection it opened, which could publish KDS commands, closes with it.
    expect(await closedWithin(mq)).toBe(true);
    expect(otherScreen.connected).toBe(true);
  });

  it('closes the MQTT connection of a session revoked for refresh-token reuse (stolen token)', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente1', role: 'MANAGER', password: 'Gerente#Forte2026' });
    const victim = await client.login('gerente1', 'Gerente#Forte2026');
    // The thief refreshes first with the stolen refresh token and opens MQTT with its access token.
    const stolen = await client.post('/auth/refresh', { refreshToken: victim.refreshToken });
    expect(stolen.status).toBe(200);
    const mq = await connect(app, 'gerente1', stolen.body.data.accessToken);
    clients.push(mq);
    const granted = await mq.subscribeAsync(`${STORE}/#`, { qos: 1 });
    expect(granted[0].qos).toBe(1);

    // The victim's replay is detected: the whole session is revoked.
    const replay = await client.post('/auth/refresh', { refreshToken: victim.refreshToken });
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await client.get('/auth/me', stolen.body.data.accessToken)).status).toBe(401);

    // The thief's MQTT connection (every store topic, commands on every station) must end with the session.
    expect(await closedWithin(mq)).toBe(true);
  });
});
