import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { ManualClock, startAuthAppliance } from './testing/auth-test-client.js';

/**
 * A password CONNECT naming a deactivated user (someone who left the store) is a failed login like
 * any other: it counts toward its address's limit of 5 a minute (shared with the HTTP logins) and
 * is journaled as `auth.login_failed` (`reason: ACCOUNT_INACTIVE`), as the HTTP login does.
 *
 * Why: each such CONNECT costs the appliance a scrypt hash (32 MiB, tens of ms on the mini-PC, in
 * the thread pool the tills' requests also need). Uncounted, anyone on the store Wi-Fi who knows a
 * former employee's username could keep the hashing threads busy without end, and guess other
 * users' passwords from the same address in between as if nothing had happened; the owner would
 * find nothing of it in the audit log.
 */
describe('MQTT password guesses naming a deactivated user', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  const connect = (username: string, password: string) =>
    mqtt
      .connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username, password, reconnectPeriod: 0, connectTimeout: 10_000 })
      .then((c) => c.endAsync(true).then(() => 'connected'), () => 'refused');

  it('counts them against the address and journals them', async () => {
    const started = await startAuthAppliance({ clock: new ManualClock() });
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const former = await client.createUser(admin, { username: 'exfuncionario', role: 'CASHIER', password: 'Caixa#Forte2026' });
    await client.createUser(admin, { username: 'cozinha7', role: 'KITCHEN', password: 'Cozinha#Forte2026' });
    expect((await client.call('DELETE', `/users/${former.id}`, { token: admin })).status).toBe(200);

    for (let i = 0; i < 5; i++) expect(await connect('exfuncionario', `Chute#${i}abc`)).toBe('refused');
    await app.ctx.commands.drain();

    const failures = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'auth.login_failed' && e.payload.method === 'mqtt');
    expect(failures.map((e) => e.payload)).toEqual(
      Array.from({ length: 5 }, () => expect.objectContaining({ userId: former.id, username: 'exfuncionario', reason: 'ACCOUNT_INACTIVE', address: '127.0.0.1' })),
    );
    // The address used up its 5 failures of the minute: the next password CONNECT is refused before any hash.
    expect(await connect('cozinha7', 'Cozinha#Forte2026')).toBe('refused');
  });
});
