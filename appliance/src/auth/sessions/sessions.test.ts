import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { ADMIN_PASSWORD, ManualClock, startAuthAppliance } from '../testing/auth-test-client.js';

describe('sessions', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('rotates the refresh token; reusing a rotated one revokes the whole family', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const first = await client.login('admin', ADMIN_PASSWORD);
    const second = await client.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.data.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.data.sessionId).toBe(first.sessionId);
    const third = await client.post('/auth/refresh', { refreshToken: second.body.data.refreshToken });
    expect(third.status).toBe(200);

    const replay = await client.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // The newest token of the family and its access token die with it.
    const latest = await client.post('/auth/refresh', { refreshToken: third.body.data.refreshToken });
    expect(latest.status).toBe(401);
    expect(latest.body.error.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await client.get('/auth/me', third.body.data.accessToken)).status).toBe(401);
    const events = app.ctx.journal.readAfter(0, 1000);
    expect(events.find((e) => e.type === 'auth.refresh_token_reused')).toBeDefined();
    expect(events.find((e) => e.type === 'auth.session_revoked')?.payload).toMatchObject({ sessionId: first.sessionId, reason: 'REFRESH_REUSE' });
    expect((await client.post('/auth/refresh', { refreshToken: 'chr_unknown' })).body.error.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('keeps at most 3 live sessions per user, revoking the oldest', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const sessions = [];
    for (let i = 0; i < 4; i++) sessions.push(await client.login('admin', ADMIN_PASSWORD));
    expect((await client.get('/auth/me', sessions[0].accessToken)).status).toBe(401);
    expect((await client.post('/auth/refresh', { refreshToken: sessions[0].refreshToken })).status).toBe(401);
    for (const live of sessions.slice(1)) expect((await client.get('/auth/me', live.accessToken)).status).toBe(200);
    const revoked = app.ctx.journal.readAfter(0, 1000).filter((e) => e.type === 'auth.session_revoked');
    expect(revoked.map((e) => e.payload)).toEqual([expect.objectContaining({ sessionId: sessions[0].sessionId, reason: 'SESSION_CAP' })]);
    const live = app.ctx.db.prepare('SELECT COUNT(*) FROM sessions WHERE revoked_at IS NULL').pluck().get();
    expect(live).toBe(3);
  });

  it('ends a session after 15 idle minutes; use keeps it alive', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const active = await client.login('admin', ADMIN_PASSWORD);
    const idle = await client.login('admin', ADMIN_PASSWORD);
    for (let i = 0; i < 2; i++) {
      clock.advance(10 * 60_000);
      expect((await client.get('/auth/me', active.accessToken)).status).toBe(200);
    }
    const refused = await client.get('/auth/me', idle.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('TOKEN_INVALID');
    const refresh = await client.post('/auth/refresh', { refreshToken: idle.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.error.code).toBe('SESSION_EXPIRED');
    // 30 minutes after login the access token itself has expired; refresh still works for the active session.
    clock.advance(11 * 60_000);
    expect((await client.get('/auth/me', active.accessToken)).status).toBe(401);
    const renewed = await client.post('/auth/refresh', { refreshToken: active.refreshToken });
    expect(renewed.status).toBe(200);
    expect((await client.get('/auth/me', renewed.body.data.accessToken)).status).toBe(200);
  });

  it('logs out: the access and refresh tokens stop working', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const session = await client.login('admin', ADMIN_PASSWORD);
    const out = await client.post('/auth/logout', undefined, session.accessToken);
    expect(out.status).toBe(200);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(401);
    expect((await client.post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await client.post('/auth/logout')).status).toBe(401);
  });

  it('keeps sessions and the signing key across a restart', async () => {
    const started = await startAuthAppliance();
    const { client } = started;
    const session = await client.login('admin', ADMIN_PASSWORD);
    const dataDir = started.app.dataDir;
    await started.app.stop();
    const { startTestAppliance } = await import('../../kernel/testing/harness.js');
    const { createAuthModule } = await import('../index.js');
    app = await startTestAppliance([createAuthModule()], { realAuth: true, dataDir });
    const res = await fetch(`${app.baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(res.status).toBe(200);
    expect(app.ctx.db.prepare("SELECT COUNT(*) FROM users WHERE username = 'admin'").pluck().get()).toBe(1);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the last use of a session across a graceful restart', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    const session = await started.client.login('admin', ADMIN_PASSWORD);
    clock.advance(10 * 60_000);
    expect((await started.client.get('/auth/me', session.accessToken)).status).toBe(200);
    const dataDir = started.app.dataDir;
    await started.app.stop();
    // 20 minutes after login but only 10 after the last use: the session must still be live.
    clock.advance(10 * 60_000);
    const { startTestAppliance } = await import('../../kernel/testing/harness.js');
    const { createAuthModule } = await import('../index.js');
    app = await startTestAppliance([createAuthModule()], { realAuth: true, dataDir, clock });
    const res = await fetch(`${app.baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(res.status).toBe(200);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ends every session 7 days after login, however often its refresh token rotated', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const loggedInAt = clock.now().getTime();
    const session = await client.login('admin', ADMIN_PASSWORD);
    const sevenDays = new Date(loggedInAt + 7 * 24 * 3600_000).toISOString();
    expect(session.refreshToken).toMatch(/^chr_/);
    clock.advance(10 * 60_000);
    const rotated = await client.post('/auth/refresh', { refreshToken: session.refreshToken });
    expect(rotated.body.data.refreshExpiresAt).toBe(sevenDays);
    // Stand in for a week of activity (refreshes every few minutes) by moving last-seen along.
    clock.advance(7 * 24 * 3600_000);
    app.ctx.db.prepare('UPDATE sessions SET last_seen_at = ?').run(clock.now().toISOString());
    const expired = await client.post('/auth/refresh', { refreshToken: rotated.body.data.refreshToken });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
  });
});
