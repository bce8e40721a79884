import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { verifyManagerOverride } from './index.js';
import { startAuthAppliance } from './testing/auth-test-client.js';

/**
 * "403 CREDENTIAL_RESET_FORBIDDEN when a non-ADMIN targets another MANAGER or ADMIN (their secrets
 * authorize overrides)" is checked against the target's role at the time of the reset; were a
 * MANAGER allowed to change a peer MANAGER's role, the rule would be bypassed in three calls: demote
 * the peer to CASHIER, reset their password, promote them back to MANAGER (promotion removes the PIN
 * but keeps the password the demoting manager chose). Only an ADMIN gives or takes override roles.
 *
 * Harm: a manager takes over a peer manager's identity and authorizes refunds, cash withdrawals,
 * write-offs and cancellations in the peer's name (`managerOverride: {username, password}`); the
 * journal's `auth.override_granted` blames the peer. Exactly what the rule exists to prevent
 * ("a manager could otherwise reset a peer's PIN and approve overrides as that peer").
 */
describe('a manager resetting a peer manager\'s password by demoting them first', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('does not let a MANAGER end up knowing a working password of another MANAGER', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente-ana', role: 'MANAGER', password: 'Gerente#Ana2026' });
    const peer = await client.createUser(admin, { username: 'gerente-bia', role: 'MANAGER', password: 'Gerente#Bia2026' });
    const ana = (await client.login('gerente-ana', 'Gerente#Ana2026')).accessToken;

    // Control: the direct reset is refused, as documented.
    const direct = await client.post(`/users/${peer.id}/password`, { newPassword: 'Tomada#Conta2026' }, ana);
    expect(direct.status).toBe(403);
    expect(direct.body.error.code).toBe('CREDENTIAL_RESET_FORBIDDEN');

    // Nor does a manager make a new manager whose password they chose.
    const made = await client.post('/users', { username: 'gerente-fantasma', name: 'Fantasma', role: 'MANAGER', password: 'Fantasma#2026xy' }, ana);
    expect([made.status, made.body.error?.code]).toEqual([403, 'ROLE_ESCALATION_FORBIDDEN']);

    // The detour: demote, reset, promote back. The demotion is refused.
    const demoted = await client.call('PUT', `/users/${peer.id}/role`, { body: { role: 'CASHIER' }, token: ana });
    expect([demoted.status, demoted.body.error?.code]).toEqual([403, 'ROLE_ESCALATION_FORBIDDEN']);
    await client.post(`/users/${peer.id}/password`, { newPassword: 'Tomada#Conta2026' }, ana);
    await client.call('PUT', `/users/${peer.id}/role`, { body: { role: 'MANAGER' }, token: ana });

    const now = await client.get(`/users/${peer.id}`, admin);
    const asPeer = await client.post('/auth/login', { username: 'gerente-bia', password: 'Tomada#Conta2026' });
    const outcome = { role: now.body.data.role, loginWithChosenPassword: asPeer.status === 200 ? asPeer.body.data.user.role : asPeer.status };
    // Either the peer is no longer a MANAGER, or the password Ana chose does not open it; never both.
    expect(outcome).not.toEqual({ role: 'MANAGER', loginWithChosenPassword: 'MANAGER' });

    // ...and Ana cannot approve overrides in Bia's name with it.
    await expect(
      verifyManagerOverride(app.ctx.db, { username: 'gerente-bia', password: 'Tomada#Conta2026' }, { actor: { type: 'user', id: 'caixa-x', role: 'CASHIER' }, address: '10.0.0.9' }),
    ).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID' });
  });
});
