import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { ADMIN_PASSWORD, ManualClock, startAuthAppliance } from '../testing/auth-test-client.js';

describe('password and PIN login', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('logs in with a password and answers /auth/me with the role permissions', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const res = await client.post('/auth/login', { username: 'ADMIN', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ tokenType: 'Bearer', expiresIn: 1800, user: { username: 'admin', role: 'ADMIN' } });
    expect(res.body.data.refreshToken).toMatch(/^chr_/);
    const me = await client.get('/auth/me', res.body.data.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.data.user.permissions).toContain('users.manage');
    expect(me.body.data.user).not.toHaveProperty('password_hash');
    expect(me.body.data.sessionId).toBe(res.body.data.sessionId);
    const event = app.ctx.journal.readAfter(0, 1000).find((e) => e.type === 'auth.login_succeeded');
    expect(event?.payload).toMatchObject({ username: 'admin', method: 'password', address: '127.0.0.1' });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS in pt-BR and journals it', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const res = await client.post('/auth/login', { username: 'admin', password: 'Wrong#2026' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Usuário ou senha inválidos.' });
    const unknown = await client.post('/auth/login', { username: 'nobody', password: 'Wrong#2026' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
    const failures = app.ctx.journal.readAfter(0, 1000).filter((e) => e.type === 'auth.login_failed');
    expect(failures.map((e) => e.payload.username)).toEqual(['admin', 'nobody']);
    const invalid = await client.post('/auth/login', { username: 'admin' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('locks the account after 5 failures in a minute (423 ACCOUNT_LOCKED) until unlock or 15 minutes', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const cashier = await client.createUser(admin, { username: 'caixa1', role: 'CASHIER', password: 'Caixa#2026', pin: '2468' });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await client.post('/auth/login', { username: 'caixa1', password: `Bad#pass${i}` })).body.error.code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
    const locked = await client.post('/auth/login', { username: 'caixa1', password: 'Caixa#2026' });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.body.error.details.lockedUntil).toBe(new Date(clock.now().getTime() + 15 * 60_000).toISOString());
    expect((await client.post('/auth/pin-login', { username: 'caixa1', pin: '2468' })).status).toBe(423);
    expect(client.journalTypes().filter((t) => t === 'auth.account_locked')).toHaveLength(1);

    const unlocked = await client.post(`/users/${cashier.id}/unlock`, {}, admin);
    expect(unlocked.status).toBe(200);
    // The address made 5 failures too; its own limit ends a minute later.
    expect((await client.post('/auth/login', { username: 'caixa1', password: 'Caixa#2026' })).status).toBe(429);
    clock.advance(61_000);
    expect((await client.post('/auth/login', { username: 'caixa1', password: 'Caixa#2026' })).status).toBe(200);

    for (let i = 0; i < 5; i++) await client.post('/auth/login', { username: 'caixa1', password: 'Bad#pass' });
    clock.advance(15 * 60_000);
    expect((await client.post('/auth/login', { username: 'caixa1', password: 'Caixa#2026' })).status).toBe(200);
  });

  it('rate-limits an address after 5 failures a minute with 429 RATE_LIMITED', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    for (let i = 0; i < 5; i++) expect((await client.post('/auth/login', { username: `ghost${i}`, password: 'Bad#pass1' })).status).toBe(401);
    const limited = await client.post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.details.retryAfterSeconds).toBe(60);
    clock.advance(61_000);
    expect((await client.post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).status).toBe(200);
  });

  it('logs in with a 4-6 digit PIN', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'garcom1', role: 'WAITER', password: 'Garcom#2026', pin: '135790' });
    await client.createUser(admin, { username: 'semPin', role: 'WAITER', password: 'Garcom#2026' });
    const res = await client.post('/auth/pin-login', { username: 'garcom1', pin: '135790' });
    expect(res.status).toBe(200);
    expect(res.body.data.user.permissions).toContain('tables.operate');
    const wrong = await client.post('/auth/pin-login', { username: 'garcom1', pin: '135791' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_PIN');
    expect((await client.post('/auth/pin-login', { username: 'garcom1', pin: '12' })).body.error.code).toBe('PIN_FORMAT');
    expect((await client.post('/auth/pin-login', { username: 'sempin', pin: '1234' })).body.error.code).toBe('INVALID_PIN');
    const badPin = await client.post('/users', { username: 'x-user', name: 'X', role: 'WAITER', password: 'Garcom#2026', pin: '12ab' }, admin);
    expect(badPin.status).toBe(400);
    expect(badPin.body.error.code).toBe('PIN_FORMAT');
    const event = app.ctx.journal
      .readAfter(0, 1000)
      .filter((e) => e.type === 'auth.login_succeeded')
      .find((e) => e.payload.method === 'pin');
    expect(event).toBeDefined();
  });
});
