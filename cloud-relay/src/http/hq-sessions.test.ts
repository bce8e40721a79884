import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../testing/test-relay.js';
import { useTestRelay } from '../testing/use-test-relay.js';

/** HQ session tokens used as bearer tokens (API clients) are revocable by their owner. */
const relay = useTestRelay();

describe('HQ bearer sessions', () => {
  it('POST /api/v1/auth/logout with the bearer token ends that session', async () => {
    const login = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(login.status).toBe(200);
    const token = login.body.data.token as string;
    expect((await relay.api('GET', '/api/v1/stores', { token })).status).toBe(200);

    const logout = await relay.api('POST', '/api/v1/auth/logout', { token });
    expect(logout.status).toBe(200);
    expect(logout.body.data).toEqual({ loggedOut: true });

    // The relay said the session is over: the token must no longer authenticate.
    const after = await relay.api('GET', '/api/v1/stores', { token });
    expect(after.status).toBe(401);
  });
});

describe('HQ login under guessing', () => {
  it('locks a user for a while after five wrong passwords in a row, on the API and the portal alike', async () => {
    const admin = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    const token = admin.body.data.token as string;
    const created = await relay.api('POST', '/api/v1/hq-users', { token, body: { username: 'analista-lock', displayName: 'Analista', password: 'senha-certa-123', role: 'HQ_ANALYST' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    for (let i = 0; i < 5; i++) {
      const wrong = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'analista-lock', password: `errada-${i}` } });
      expect([wrong.status, wrong.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    }
    const locked = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'analista-lock', password: 'senha-certa-123' } });
    expect([locked.status, locked.body.error.code]).toEqual([429, 'HQ_LOGIN_LOCKED']);
    expect(locked.body.error.message).toMatch(/bloqueado por 15 minutos/);

    const portal = await fetch(`${relay.baseUrl}/login`, { method: 'POST', headers: { origin: relay.baseUrl }, body: new URLSearchParams({ username: 'analista-lock', password: 'senha-certa-123', next: '/portal' }), redirect: 'manual' });
    expect(portal.status).toBe(429);
    expect(await portal.text()).toContain('bloqueado');

    // Once the lock has passed, the right password gets in, and the count starts again.
    const lockOf = "username_hash = encode(sha256(convert_to('analista-lock', 'UTF8')), 'hex')";
    await relay.query(`UPDATE relay.hq_login_failures SET locked_until = now() - interval '1 second' WHERE ${lockOf}`);
    const after = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'analista-lock', password: 'senha-certa-123' } });
    expect(after.status, JSON.stringify(after.body)).toBe(200);
    expect(await relay.query(`SELECT failed_logins FROM relay.hq_login_failures WHERE ${lockOf}`)).toEqual([]);
  });
});

describe('an HQ user who left', () => {
  it('is deactivated by an administrator: their sessions end at once and they log in no more', async () => {
    const adminLogin = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    const admin = adminLogin.body.data as { token: string; user: { id: string } };
    const created = await relay.api('POST', '/api/v1/hq-users', { token: admin.token, body: { username: 'saiu-da-empresa', displayName: 'Saiu', password: 'senha-dele-123', role: 'HQ_ANALYST' } });
    const leaver = (await relay.api('POST', '/api/v1/auth/login', { body: { username: 'saiu-da-empresa', password: 'senha-dele-123' } })).body.data.token as string;
    expect((await relay.api('GET', '/api/v1/stores', { token: leaver })).status).toBe(200);

    const analystCannot = await relay.api('POST', `/api/v1/hq-users/${admin.user.id}/deactivate`, { token: leaver });
    expect(analystCannot.status).toBe(403);
    const self = await relay.api('POST', `/api/v1/hq-users/${admin.user.id}/deactivate`, { token: admin.token });
    expect([self.status, self.body.error.code]).toEqual([409, 'HQ_USER_SELF']);
    const unknown = await relay.api('POST', '/api/v1/hq-users/nao-existe/deactivate', { token: admin.token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'HQ_USER_NOT_FOUND']);

    const deactivated = await relay.api('POST', `/api/v1/hq-users/${created.body.data.id}/deactivate`, { token: admin.token });
    expect(deactivated.status, JSON.stringify(deactivated.body)).toBe(200);
    expect(deactivated.body.data).toMatchObject({ username: 'saiu-da-empresa', active: false });
    expect((await relay.api('GET', '/api/v1/stores', { token: leaver })).status).toBe(401);
    const again = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'saiu-da-empresa', password: 'senha-dele-123' } });
    expect([again.status, again.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const listed = (await relay.api('GET', '/api/v1/hq-users', { token: admin.token })).body.data as { username: string; active: boolean }[];
    expect(listed.find((u) => u.username === 'saiu-da-empresa')?.active).toBe(false);
  });
});
