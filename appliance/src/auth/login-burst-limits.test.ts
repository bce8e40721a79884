import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { startTestAppliance } from '../kernel/testing/harness.js';
import { createAuthModule } from './index.js';
import { AuthTestClient, ManualClock } from './testing/auth-test-client.js';

/**
 * The per-address login limit (5 failures a minute, docs/security.md "Limits") and the per-user
 * lock count guesses still being hashed (login/login.ts `verifyCredentials`, authenticator.ts
 * `mqttUserPassword`, through `FailureWindow.admit`), as the override limits do
 * (override-limits.ts `OverrideAttempts`): guesses sent in parallel do not all pass a check that
 * counts only the failures already recorded.
 *
 * Why: anyone on the store Wi-Fi could otherwise try a whole batch of PINs in one burst instead of
 * 5 a minute. A cashier's 4-digit PIN has 10,000 values (fewer after the policy): a few bursts of a
 * few thousand parallel requests would try them all, and the PIN then opens the till (refunds
 * within the cashier limits, customers' records). The same holds for MQTT password CONNECTs (16 at
 * a time per address, any number of addresses).
 */
describe('login limits under parallel guesses', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('checks at most 5 PINs from one address within a minute, also when they arrive together', async () => {
    // The production hash cost (scrypt N=2^15), as on a store's mini-PC: the test harness lowers it
    // so much that requests hardly overlap.
    app = await startTestAppliance([createAuthModule()], { realAuth: true, clock: new ManualClock(), env: { CHEFIA_SECRET_HASH_COST: undefined } });
    const client = new AuthTestClient(app);
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'caixa9', role: 'CASHIER', password: 'Caixa#Forte2026', pin: '2468' });

    const guesses = Array.from({ length: 12 }, (_, i) => String(3000 + i * 7).padStart(4, '0'));
    const answers = await Promise.all(guesses.map((pin) => client.post('/auth/pin-login', { username: 'caixa9', pin })));
    const statuses = answers.map((a) => a.status);

    // Each wrong PIN that was actually checked is journaled; the limit allows 5 a minute per address.
    const checked = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'auth.login_failed' && e.payload.username === 'caixa9');
    expect(statuses.every((s) => s !== 200)).toBe(true);
    expect(checked.length).toBeLessThanOrEqual(5);
  });

  it('checks at most 5 MQTT passwords from one address within a minute, also when the CONNECTs arrive together', async () => {
    app = await startTestAppliance([createAuthModule()], { realAuth: true, clock: new ManualClock(), env: { CHEFIA_SECRET_HASH_COST: undefined } });
    const client = new AuthTestClient(app);
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente9', role: 'MANAGER', password: 'Gerente#Forte2026' });

    const attempt = (password: string) =>
      mqtt
        .connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'gerente9', password, reconnectPeriod: 0, connectTimeout: 10_000 })
        .then((c) => c.endAsync(true).then(() => 'connected'), () => 'refused');
    const wrong = Array.from({ length: 12 }, (_, i) => attempt(`Chute#${i}abc`));
    // The right password arrives a moment later, while the wrong ones are still being hashed.
    await new Promise((r) => setTimeout(r, 20));
    const right = attempt('Gerente#Forte2026');
    const outcomes = await Promise.all(wrong);
    const rightOutcome = await right;
    await app.ctx.commands.drain();
    await new Promise((r) => setTimeout(r, 200));
    await app.ctx.commands.drain();
    const journal = app.ctx.journal.readAfter(0, 100_000);
    const checked = journal.filter((e) => e.type === 'auth.login_failed' && e.payload.method === 'mqtt');
    expect(outcomes.every((o) => o === 'refused')).toBe(true);
    // 5 failures a minute per address, then refused before any hash; the 5th failure locks the user.
    expect({ checked: checked.length, locked: journal.some((e) => e.type === 'auth.account_locked'), right: rightOutcome }).toEqual({
      checked: 5,
      locked: true,
      // The 13th guess of the burst must not open a MANAGER connection (audit/#, every station's commands).
      right: 'refused',
    });
  });
});
