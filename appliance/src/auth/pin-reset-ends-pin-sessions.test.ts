import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { startAuthAppliance } from './testing/auth-test-client.js';

/**
 * A PIN that is changed, removed or dropped by a promotion opens nothing any more, and neither do
 * the sessions it opened: they end at once (`auth.session_revoked`, `reason: PIN_CHANGED`), as a
 * password change ends the user's sessions. Sessions opened with the password stay.
 *
 * Why: a cashier whose PIN a colleague watched at the till asks the manager for a new one; the
 * colleague already signed in with it on another terminal, and that session kept refunding and
 * withdrawing in the cashier's name for as long as it was used (up to 7 days). Promoting a
 * cashier to manager removes the 4-digit PIN chosen under the staff rules, yet a session opened
 * with it went on with a manager's rights.
 */
describe('sessions opened with a PIN that was replaced', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  async function cashierWithPinSession() {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const cashier = await client.createUser(admin, { username: 'caixa-joana', role: 'CASHIER', password: 'Caixa#Joana2026', pin: '2468' });
    const byPin = await client.post('/auth/pin-login', { username: 'caixa-joana', pin: '2468' });
    expect(byPin.status).toBe(200);
    const byPassword = await client.login('caixa-joana', 'Caixa#Joana2026');
    return { client, admin, cashier, byPin: byPin.body.data as { accessToken: string; refreshToken: string; sessionId: string }, byPassword };
  }

  it('ends the sessions opened with the old PIN when a manager sets a new one', async () => {
    const { client, admin, cashier, byPin, byPassword } = await cashierWithPinSession();

    const reset = await client.call('PUT', `/users/${cashier.id}/pin`, { body: { pin: '1357' }, token: admin });
    expect(reset.status).toBe(200);

    expect((await client.get('/auth/me', byPin.accessToken)).status).toBe(401);
    expect((await client.post('/auth/refresh', { refreshToken: byPin.refreshToken })).status).toBe(401);
    expect((await client.get('/auth/me', byPassword.accessToken)).status).toBe(200);
    const revoked = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'auth.session_revoked');
    expect(revoked.map((e) => e.payload)).toEqual([{ userId: cashier.id, sessionId: byPin.sessionId, reason: 'PIN_CHANGED' }]);
  });

  it('ends them when the PIN is removed', async () => {
    const { client, admin, cashier, byPin } = await cashierWithPinSession();
    expect((await client.call('PUT', `/users/${cashier.id}/pin`, { body: { pin: null }, token: admin })).status).toBe(200);
    expect((await client.get('/auth/me', byPin.accessToken)).status).toBe(401);
  });

  it('ends them when a promotion to manager removes the staff PIN', async () => {
    const { client, admin, cashier, byPin, byPassword } = await cashierWithPinSession();
    const promoted = await client.call('PUT', `/users/${cashier.id}/role`, { body: { role: 'MANAGER' }, token: admin });
    expect(promoted.status).toBe(200);

    const me = await client.get('/auth/me', byPin.accessToken);
    expect(me.status === 200 ? me.body.data.user.role : me.status).toBe(401);
    expect((await client.get('/auth/me', byPassword.accessToken)).status).toBe(200);
  });
});
