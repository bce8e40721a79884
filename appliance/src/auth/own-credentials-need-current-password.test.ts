import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { verifyManagerOverride } from './index.js';
import { startAuthAppliance } from './testing/auth-test-client.js';

/**
 * A manager's password and PIN authorize refunds and cancellations in their name. Whoever finds a
 * manager's back office left open (an access token, no password) could otherwise set a password and
 * PIN of their choosing through the staff reset and approve overrides as that manager for good.
 * The staff reset of one's own password or PIN asks for the current password, as the
 * change-password screen does; wrong guesses count towards the account's lock.
 */
describe('a user setting their own password or PIN through the staff reset', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('is refused without the current password and with a wrong one, and done with the right one', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const ana = await client.createUser(admin, { username: 'gerente-ana', role: 'MANAGER', password: 'Gerente#Ana2026' });
    const token = (await client.login('gerente-ana', 'Gerente#Ana2026')).accessToken;

    const noCurrent = await client.post(`/users/${ana.id}/password`, { newPassword: 'Tomada#Conta2026' }, token);
    expect([noCurrent.status, noCurrent.body.error?.code]).toEqual([403, 'CURRENT_PASSWORD_REQUIRED']);
    const pinNoCurrent = await client.call('PUT', `/users/${ana.id}/pin`, { body: { pin: '918273' }, token });
    expect([pinNoCurrent.status, pinNoCurrent.body.error?.code]).toEqual([403, 'CURRENT_PASSWORD_REQUIRED']);
    const wrong = await client.call('PUT', `/users/${ana.id}/pin`, { body: { pin: '918273', currentPassword: 'Chute#Errado2026' }, token });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);

    await expect(
      verifyManagerOverride(app.ctx.db, { username: 'gerente-ana', pin: '918273' }, { actor: { type: 'user', id: 'caixa-x', role: 'CASHIER' }, address: '10.0.0.9' }),
    ).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID' });
    expect((await client.post('/auth/login', { username: 'gerente-ana', password: 'Tomada#Conta2026' })).status).toBe(401);

    const pin = await client.call('PUT', `/users/${ana.id}/pin`, { body: { pin: '918273', currentPassword: 'Gerente#Ana2026' }, token });
    expect(pin.status).toBe(200);
    const password = await client.post(`/users/${ana.id}/password`, { newPassword: 'Nova#Senha#Ana2026', currentPassword: 'Gerente#Ana2026' }, token);
    expect(password.status).toBe(200);
    expect((await client.post('/auth/login', { username: 'gerente-ana', password: 'Nova#Senha#Ana2026' })).status).toBe(200);
  });

  it('still lets an ADMIN reset another user without knowing their password', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const ana = await client.createUser(admin, { username: 'gerente-ana', role: 'MANAGER', password: 'Gerente#Ana2026' });
    const reset = await client.post(`/users/${ana.id}/password`, { newPassword: 'Reiniciada#Ana2026' }, admin);
    expect(reset.status).toBe(200);
    expect((await client.call('PUT', `/users/${ana.id}/pin`, { body: { pin: '918273' }, token: admin })).status).toBe(200);
  });
});
