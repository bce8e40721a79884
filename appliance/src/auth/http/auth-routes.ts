import { z } from 'zod';
import { AppError, unauthorized } from '../../kernel/errors.js';
import { ok } from '../../kernel/http/envelope.js';
import { requireAuthenticated } from '../../kernel/http/permissions.js';
import { readJson } from '../../kernel/http/validation.js';
import { hashSecret } from '../crypto/secret-hash.js';
import { toDevice, devices } from '../devices/device-store.js';
import { login, loginResponse, loginResponseSchema, verifyCredentials } from '../login/login.js';
import { assertNotRecentlyUsed, assertPasswordPolicy } from '../password-policy.js';
import type { AuthRuntime } from '../runtime.js';
import { revokeSession, rotateRefreshToken } from '../sessions/session-commands.js';
import { setPassword } from '../users/user-commands.js';
import { findUserById, toProfile } from '../users/user-store.js';
import { clientAddress } from './client-address.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

// Not trimmed: a username matches only in its canonical spelling (see canonicalUsername).
const username = lazySchema(() => z.string().min(1).max(64));
const loginBody = lazySchema(() => z.object({ username, password: z.string().min(1).max(256) }));
const pinLoginBody = lazySchema(() => z.object({ username, pin: z.string().min(1).max(16) }));
const refreshBody = lazySchema(() => z.object({ refreshToken: z.string().min(1).max(200) }));
const changePasswordBody = lazySchema(() => z.object({ username, currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }));

/**
 * Login, refresh and pairing answers carry secrets, so they are never stored for Idempotency-Key
 * replay: a retried login simply opens another session (subject to the session cap).
 */
export function registerAuthRoutes(rt: AuthRuntime): void {
  const { api } = rt.ctx;

  api.post('/auth/login', routeDoc({ tag: 'auth', summary: 'Log in with username and password: access and refresh tokens', response: () => loginResponseSchema, body: loginBody, security: [], errors: { 401: ['INVALID_CREDENTIALS'], 403: ['PASSWORD_EXPIRED', 'ACCOUNT_INACTIVE'], 423: ['ACCOUNT_LOCKED'], 429: ['RATE_LIMITED'] } }), async (c) => {
    const body = await readJson(c, loginBody);
    const result = await login(rt, { username: body.username, secret: body.password, method: 'password', address: clientAddress(c), correlationId: c.get('correlationId') });
    return ok(c, result);
  });

  api.post('/auth/pin-login', routeDoc({ tag: 'auth', summary: 'Log in with username and PIN on a terminal', response: () => loginResponseSchema, body: pinLoginBody, security: [], errors: { 400: ['PIN_FORMAT'], 401: ['INVALID_CREDENTIALS', 'INVALID_PIN', 'PIN_NOT_SET'], 423: ['ACCOUNT_LOCKED'], 429: ['RATE_LIMITED'] } }), async (c) => {
    const body = await readJson(c, pinLoginBody);
    if (!/^\d{4,6}$/.test(body.pin)) throw new AppError('PIN_FORMAT', 400);
    const result = await login(rt, { username: body.username, secret: body.pin, method: 'pin', address: clientAddress(c), correlationId: c.get('correlationId') });
    return ok(c, result);
  });

  api.post('/auth/refresh', routeDoc({ tag: 'auth', summary: 'Rotate the refresh token for a new access token', response: () => loginResponseSchema, body: refreshBody, security: [], errors: { 401: ['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'SESSION_EXPIRED'] } }), async (c) => {
    const body = await readJson(c, refreshBody);
    const outcome = await rt.run('auth.refresh', (tx) => rotateRefreshToken(tx, rt.sessions, body.refreshToken), null, c.get('correlationId'));
    if (!outcome.ok) throw unauthorized(outcome.code);
    const user = findUserById(rt.ctx.db, outcome.userId)!;
    return ok(c, await loginResponse(rt, user, outcome));
  });

  api.post('/auth/logout', routeDoc({ tag: 'auth', summary: 'End the calling session', response: () => import('../answers.js').then((a) => a.logoutAnswer) }), requireAuthenticated, async (c) => {
    const actor = c.get('actor')!;
    if (!actor.sessionId) throw new AppError('FORBIDDEN', 403);
    const sessionId = actor.sessionId;
    await rt.run('auth.logout', (tx) => revokeSession(tx, rt.sessions, sessionId, 'LOGOUT'), actor, c.get('correlationId'));
    return ok(c, { sessionId, revoked: true });
  });

  api.get('/auth/me', routeDoc({ tag: 'auth', summary: 'The calling user (profile, session) or device (with its permissions)', response: () => import('../answers.js').then((a) => a.meAnswer) }), requireAuthenticated, (c) => {
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
  api.post('/auth/change-password', routeDoc({ tag: 'auth', summary: 'Set a new password with the current one (works with an expired password)', body: changePasswordBody, security: [], errors: { 401: ['INVALID_CREDENTIALS'], 422: ['PASSWORD_POLICY', 'PASSWORD_REUSED'] }, response: () => import('../answers.js').then((a) => a.passwordChangedAnswer) }), async (c) => {
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
    return ok(c, { passwordChangedAt: updated.passwordChangedAt, passwordExpiresAt: updated.passwordExpiresAt, sessionsRevoked: true });
  });
}
