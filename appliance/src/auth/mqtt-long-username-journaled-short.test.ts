import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { ManualClock, startAuthAppliance } from './testing/auth-test-client.js';

/**
 * An MQTT CONNECT may carry a username of up to 64 KB, anyone on the store's Wi-Fi may send one,
 * and a refused login is journaled with the name typed. The journal keeps what a login form could
 * have typed (64 characters), marked as cut: a store's journal, its backups and the relay that
 * replicates it are not a place for an attacker's megabytes, one refused login at a time.
 */
describe('an MQTT login refused for a username longer than any login takes', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('is journaled with the username cut to 64 characters', async () => {
    app = (await startAuthAppliance({ clock: new ManualClock() })).app;
    const typed = `intruso${'x'.repeat(20_000)}`;
    const answer = await mqtt
      .connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: typed, password: 'Chute#1abc', reconnectPeriod: 0, connectTimeout: 10_000 })
      .then((c) => c.endAsync(true).then(() => 'connected'), () => 'refused');
    expect(answer).toBe('refused');
    await app.ctx.commands.drain();

    const [failure] = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'auth.login_failed' && e.payload.method === 'mqtt');
    expect((failure.payload as { username: string }).username).toBe(`${typed.slice(0, 63)}…`);
    expect(failure.aggregateId).toBe(`username:${typed.slice(0, 63)}…`);
  });
});
