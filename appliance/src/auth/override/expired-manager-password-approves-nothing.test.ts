import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { verifyManagerOverride } from '../index.js';
import { startAuthAppliance } from '../testing/auth-test-client.js';

/**
 * A manager's password that expired (90 days, docs/security.md "Credential policy") approves no
 * refund, withdrawal, cancellation or write-off: the override answers 403
 * `MANAGER_OVERRIDE_INVALID` with `details.reason: PASSWORD_EXPIRED` and journals the attempt
 * (`auth.override_failed`), as the login answers 403 `PASSWORD_EXPIRED`. The manager's PIN, which
 * does not expire, still approves.
 *
 * Why: expiry bounds how long a password seen over a shoulder or written on a note keeps working.
 * A manager who signs in at the till by PIN never meets the login's expiry, so the old password
 * stayed good for overrides for as long as nobody changed it: whoever once saw it could approve
 * refunds to themselves in the manager's name, months later.
 */
describe('a manager override with an expired password', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('is refused as expired and journaled, while the PIN still approves', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const manager = await client.createUser(admin, { username: 'gerente-rui', role: 'MANAGER', password: 'Gerente#Rui2026', pin: '864209' });
    const longAgo = new Date(app.ctx.clock.now().getTime() - 91 * 24 * 3600_000).toISOString();
    app.ctx.db.prepare('UPDATE users SET password_changed_at = ? WHERE id = ?').run(longAgo, manager.id);
    const login = await client.post('/auth/login', { username: 'gerente-rui', password: 'Gerente#Rui2026' });
    expect(login.body.error.code).toBe('PASSWORD_EXPIRED');

    const requester = { actor: { type: 'user' as const, id: 'caixa-1', name: 'Caixa', role: 'CASHIER' }, address: '10.0.0.7' };
    await expect(verifyManagerOverride(app.ctx.db, { username: 'gerente-rui', password: 'Gerente#Rui2026' }, requester)).rejects.toMatchObject({
      code: 'MANAGER_OVERRIDE_INVALID',
      details: { reason: 'PASSWORD_EXPIRED' },
      messageKey: 'MANAGER_OVERRIDE_PASSWORD_EXPIRED',
    });
    expect(app.ctx.messages.t('MANAGER_OVERRIDE_PASSWORD_EXPIRED')).toMatch(/senha deste gerente expirou/);
    const failed = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'auth.override_failed');
    expect(failed.map((e) => e.payload)).toEqual([expect.objectContaining({ managerId: manager.id, method: 'password', reason: 'PASSWORD_EXPIRED' })]);

    await expect(verifyManagerOverride(app.ctx.db, { username: 'gerente-rui', pin: '864209' }, requester)).resolves.toMatchObject({ managerId: manager.id, method: 'pin' });
  });
});
