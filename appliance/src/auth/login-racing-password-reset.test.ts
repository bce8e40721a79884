import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { authRuntimeOf } from './runtime.js';
import { startAuthAppliance } from './testing/auth-test-client.js';

/**
 * When a manager resets a cashier's password, nobody gets in with the old one afterwards — not
 * even a login whose old password had already been checked when the reset was saved. That login
 * is refused as a wrong password would be, and the new password opens a session as usual.
 */
describe('a login racing a password reset', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('opens no session with the old password once the reset is saved', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const cashier = await client.createUser(admin, { username: 'caixa-rita', role: 'CASHIER', password: 'Caixa#Rita2026' });

    // The reset is saved right after the old password was checked, before the login's session is written.
    const rt = authRuntimeOf(app.ctx.db);
    const run = rt.run.bind(rt);
    let resetStatus: number | null = null;
    rt.run = (async (name: string, ...rest: unknown[]) => {
      if (name === 'auth.login' && resetStatus === null) {
        resetStatus = (await client.post(`/users/${cashier.id}/password`, { newPassword: 'Nova#Senha2026' }, admin)).status;
      }
      return (run as (...args: unknown[]) => Promise<unknown>)(name, ...rest);
    }) as typeof rt.run;

    const racing = await client.post('/auth/login', { username: 'caixa-rita', password: 'Caixa#Rita2026' });
    expect(resetStatus).toBe(200);
    expect(racing.status).toBe(401);
    expect(racing.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Usuário ou senha inválidos.' });
    const live = app.ctx.db.prepare(`SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL`).get(cashier.id) as { n: number };
    expect(live.n).toBe(0);

    const fresh = await client.post('/auth/login', { username: 'caixa-rita', password: 'Nova#Senha2026' });
    expect(fresh.status).toBe(200);
  });
});
