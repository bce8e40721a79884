import { z } from 'zod';
import { AppError, unauthorized } from '../../kernel/errors.js';
import { ok } from '../../kernel/http/envelope.js';
import { requireAuthenticated } from '../../kernel/http/permissions.js';
import { readJson } from '../../kernel/http/validation.js';
import { hashSecret } from '../crypto/secret-hash.js';
import { toDevice, devices } from '../devices/device-store.js';
import { login, loginResponse, verifyCredentials } from '../login/login.js';
import { assertNotRecentlyUsed, assertPasswordPolicy } from '../password-policy.js';
import type { AuthRuntime } from '../runtime.js';
import { revokeSession, rotateRefreshToken } from '../sessions/session-commands.js';
import { setPassword } from '../users/user-commands.js';
import { findUserById, toProfile } from '../users/user-store.js';
import { clientAddress } from './client-address.js';

// Not trimmed: a username matches only in its canonical spelling (see canonicalUsername).
const username = z.string().min(1).max(64);
const loginBody = z.object({ username, password: z.string().min(1).max(256) });
const pinLoginBody = z.object({ username, pin: z.string().min(1).max(16) });
const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) });
const changePasswordBody = z.object({ username, currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });

/**
 * Login, refresh and pairing answers carry secrets, so they are never stored for Idempotency-Key
 * replay: a retried login simply opens another session (subject to the session cap).
 */
export function registerAuthRoutes(rt: AuthRuntime): void {
  const { api } = rt.ctx;

  api.post('/auth/login', async (c) => {
    const body = await readJson(c, loginBody);
    const result = await login(rt, { username: body.username, secret: body.password, method: 'password', address: clientAddress(c), correlationId: c.get('correlationId') });
    return ok(c, result);
  });

  api.post('/auth/pin-login', async (c) => {
    const body = await readJson(c, pinLoginBody);
    if (!/^\d{4,6}$/.test(body.pin)) throw new AppError('PIN_FORMAT', 400);
    const result = await login(rt, { username: body.username, secret: body.pin, method: 'pin', address: clientAddress(c), correlationId: c.get('correlationId') });
    return ok(c, result);
  });

  api.post('/auth/refresh', async (c) => {
    const body = await readJson(c, refreshBody);
    const outcome = await rt.run('auth.refresh', (tx) => rotateRefreshToken(tx, rt.sessions, body.refreshToken), null, c.get('correlationId'));
    if (!outcome.ok) throw unauthorized(outcome.code);
    const user = findUserById(rt.ctx.db, outcome.userId)!;
    return ok(c, await loginResponse(rt, user, outcome));
  });

  api.post('/auth/logout', requireAuthenticated, async (c) => {
    const actor = c.get('actor')!;
    if (!actor.sessionId) throw new AppError('FORBIDDEN', 403);
    const sessionId = actor.sessionId;
    await rt.run('auth.logout', (tx) => revokeSession(tx, rt.sessions, sessionId, 'LOGOUT'), actor, c.get('correlationId'));
    return ok(c, { sessionId, revoked: true });
  });

  api.get('/auth/me', requireAuthenticated, (c) => {
    const actor = c.get('actor')!;
    if (actor.type === 'device') {
      const device = devices.find(rt.ctx.db, actor.id);
      return ok(c, { type: 'device', device: device ? toDevice(device) : null, permissions: actor.permissions ?? [] });
    }
    const user = findUserById(rt.ctx.db, actor.id);
    if (!user) throw unauthorized('TOKEN_INVALID');
    return ok(c, { type: 'user', user: toProfile(user), sessionId: actor.sessionId ?? null });
  });

  // Works without a session so that a user whose password expired can set a new one.
  api.post('/auth/change-password', async (c) => {
    const body = await readJson(c, changePasswordBody);
    assertPasswordPolicy(body.newPassword);
    const user = await verifyCredentials(
      rt,
      { username: body.username, secret: body.currentPassword, method: 'password', address: clientAddress(c), correlationId: c.get('correlationId') },
      { allowExpiredPassword: true },
    );
    await assertNotRecentlyUsed(rt.ctx.db, user.id, body.newPassword);
    const hash = await hashSecret(body.newPassword);
    const actor = { type: 'user' as const, id: user.id, name: user.name, role: user.role };
    const updated = await rt.run('auth.change_password', (tx) => setPassword(tx, rt, user.id, hash), actor, c.get('correlationId'));
    rt.ctx.mqtt.disconnect(user.id);
    return ok(c, { passwordChangedAt: updated.passwordChangedAt, passwordExpiresAt: updated.passwordExpiresAt, sessionsRevoked: true });
  });
}
