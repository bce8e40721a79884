import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

/** ADMIN, MANAGER, CASHIER, WAITER, KITCHEN or CUSTOMER. */
const role = lazySchema(() => z.string());
const byUser = { userId: z.string(), byUserId: z.string().nullable() };
const userNamed = lazySchema(() => z.object({ userId: z.string(), username: z.string() }));
const requester = lazySchema(() => z.object({ type: z.string(), id: z.string(), name: z.string().nullable(), sessionId: z.string().nullable() }).nullable());
const overrideScope = lazySchema(() => z.enum(['MANAGER', 'REQUESTER', 'TERMINAL']));
const overrideFailureCommon = {
  username: z.string(),
  managerId: z.string().nullable(),
  requestedBy: requester,
  terminal: z.string(),
  address: z.string().nullable(),
  /** Failures counted inside each scope's window, this one included. */
  failures: z.partialRecord(overrideScope, z.number().int()),
};

export const authEvents = [
  defineEvent('auth.user_created', 'user', () => z.object({ userId: z.string(), username: z.string(), name: z.string(), role }), 'A user account was created.'),
  defineEvent('auth.user_updated', 'user', () => z.object({ userId: z.string(), name: z.string() }), "A user's display name changed."),
  defineEvent('auth.user_activated', 'user', () => userNamed, 'An inactive user account was reactivated.'),
  defineEvent('auth.user_deactivated', 'user', () => userNamed, 'A user account was deactivated; its sessions are revoked.'),
  defineEvent('auth.account_unlocked', 'user', () => userNamed, 'A manager unlocked an account locked by failed logins.'),
  defineEvent('auth.password_changed', 'user', () => z.object(byUser), "A user's password changed; their sessions are revoked."),
  defineEvent('auth.pin_changed', 'user', () => z.object(byUser), "A user's PIN was set or changed."),
  defineEvent(
    'auth.pin_removed',
    'user',
    () => z.object({ ...byUser, reason: z.literal('ROLE_CHANGED').optional() }),
    "A user's PIN was removed; `reason: ROLE_CHANGED` when a promotion into MANAGER/ADMIN dropped a staff PIN.",
  ),
  defineEvent('auth.role_changed', 'user', () => z.object({ userId: z.string(), username: z.string(), fromRole: role, toRole: role }), "A user's role changed."),
  defineEvent(
    'auth.login_succeeded',
    'user',
    () => z.object({ userId: z.string(), username: z.string(), method: z.enum(['password', 'pin']), address: z.string().nullable(), sessionId: z.string() }),
    'A user logged in and got a session.',
  ),
  defineEvent(
    'auth.login_failed',
    'user',
    () => z.object({ userId: z.string().nullable(), username: z.string(), method: z.enum(['password', 'pin', 'mqtt']), reason: z.string(), address: z.string().nullable() }),
    'A login was refused (aggregate id `username:<name>` when no such user exists).',
  ),
  defineEvent(
    'auth.account_locked',
    'user',
    () => z.object({ userId: z.string(), username: z.string(), lockedUntil: z.string(), address: z.string().nullable() }),
    'Too many failed logins locked the account until `lockedUntil`.',
  ),
  defineEvent(
    'auth.session_revoked',
    'user',
    () => z.object({
      userId: z.string(),
      sessionId: z.string(),
      reason: z.enum(['LOGOUT', 'SESSION_CAP', 'REFRESH_REUSE', 'IDLE', 'EXPIRED', 'PASSWORD_CHANGED', 'PIN_CHANGED', 'USER_DEACTIVATED']),
    }),
    'A session ended before its natural expiry.',
  ),
  defineEvent(
    'auth.refresh_token_reused',
    'user',
    () => z.object({ userId: z.string(), sessionId: z.string() }),
    'A refresh token was presented twice (possible theft); the session is revoked.',
  ),
  defineEvent(
    'auth.override_granted',
    'user',
    () => z.object({
      grantId: z.string(),
      action: z.string(),
      method: z.enum(['pin', 'password']),
      manager: z.object({ id: z.string(), username: z.string(), role: z.string() }),
      requestedBy: z.object({ type: z.string(), id: z.string(), name: z.string().nullable() }).nullable(),
      subject: z.object({ aggregateType: z.string(), aggregateId: z.string() }).nullable(),
    }),
    'A manager authorized one protected action (aggregate = the manager).',
  ),
  defineEvent(
    'auth.override_failed',
    'user',
    () => z.object({ ...overrideFailureCommon, method: z.enum(['pin', 'password']), reason: z.enum(['BAD_SECRET', 'NOT_A_MANAGER', 'PASSWORD_EXPIRED']) }),
    'A manager override was refused; actor = the requester.',
  ),
  defineEvent(
    'auth.override_guessing_suspected',
    'user',
    () => z.object({ ...overrideFailureCommon, scopes: z.array(overrideScope) }),
    'The 3rd refused override inside a scope window: `scopes` are the scopes that just reached it (docs/security.md).',
  ),
  defineEvent(
    'auth.api_key_created',
    'api_key',
    () => z.object({ apiKeyId: z.string(), name: z.string(), keyPrefix: z.string(), scopes: z.array(z.string()), rateLimitPerMinute: z.number().int() }),
    'An integration API key was created (never the key or its hash).',
  ),
  defineEvent('auth.api_key_revoked', 'api_key', () => z.object({ apiKeyId: z.string(), keyPrefix: z.string() }), 'An integration API key was revoked.'),
  defineEvent(
    'auth.device_registered',
    'device',
    () => z.object({ deviceId: z.string(), name: z.string(), kind: z.string(), stations: z.array(z.string()), pairingExpiresAt: z.string() }),
    'A device (POS, KDS, kiosk, waiter tablet) was registered and got a pairing code.',
  ),
  defineEvent('auth.device_pairing_reissued', 'device', () => z.object({ deviceId: z.string(), pairingExpiresAt: z.string() }), "A device's pairing code was issued again."),
  defineEvent(
    'auth.device_paired',
    'device',
    () => z.object({ deviceId: z.string(), kind: z.string(), address: z.string().nullable().optional() }),
    'A device used its pairing code and got its device token; `address` is the TCP peer it paired from (absent in journals of earlier releases).',
  ),
  defineEvent(
    'auth.device_pairing_failed',
    'device',
    () => z.object({ address: z.string().nullable() }),
    'A pairing code matched no device waiting to be paired; `address` is the TCP peer that sent it. The aggregate id is `address:<address>`.',
  ),
  defineEvent('auth.device_revoked', 'device', () => z.object({ deviceId: z.string(), name: z.string(), kind: z.string() }), "A device's access was revoked."),
] as const;
