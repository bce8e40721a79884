import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { signAccessToken } from '../crypto/jwt.js';
import { verifySecret } from '../crypto/secret-hash.js';
import { isPasswordExpired, passwordExpiresAt } from '../password-policy.js';
import { permissionsOfRole, ROLES } from '../permissions.js';
import { LOCKOUT_MS, type AuthRuntime } from '../runtime.js';
import { createSession } from '../sessions/session-commands.js';
import { ACCESS_TOKEN_TTL_SECONDS } from '../sessions/session-policy.js';
import { findUserById, findUserByUsername, isLocked, canonicalUsername, type UserRow } from '../users/user-store.js';
import { recordLoginFailure } from './login-failures.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

export interface LoginRequest {
  username: string;
  secret: string;
  method: 'password' | 'pin';
  address: string | null;
  correlationId: string | null;
}

/** What a login or a refresh answers (and its OpenAPI description). */
export const loginResponseSchema = lazySchema(() => z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds the access token is valid. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
  refreshExpiresAt: z.iso.datetime(),
  sessionId: z.string(),
  user: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.string().describe(ROLES.join(' | ')), permissions: z.array(z.string()).readonly() }),
  passwordExpiresAt: z.iso.datetime(),
}));
export type LoginResponse = z.infer<typeof loginResponseSchema>;
export type TokenPair = Omit<LoginResponse, 'user' | 'passwordExpiresAt'>;

function rateLimited(retryAfterMs: number): AppError {
  // At least a second: a limit reached by attempts still being checked has no failure to wait out yet.
  return new AppError('RATE_LIMITED', 429, 'RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

export function accountLocked(until: string, timeZone: string): AppError {
  const localTime = new Date(until).toLocaleTimeString('pt-BR', { timeZone, hour: '2-digit', minute: '2-digit' });
  return new AppError('ACCOUNT_LOCKED', 423, 'ACCOUNT_LOCKED', { lockedUntil: until }, { until: localTime });
}

export async function issueAccessToken(rt: AuthRuntime, user: { id: string; role: string }, sessionId: string): Promise<string> {
  return signAccessToken(rt.secret, { sub: user.id, sid: sessionId, role: user.role }, Math.floor(rt.now().getTime() / 1000), ACCESS_TOKEN_TTL_SECONDS);
}

/**
 * Checks a username with a password or PIN. Answers a locked account and an over-limit address
 * before spending a hash, verifies off the event loop, and commits each failure (and, on the
 * limit, the account lock) before refusing. Returns the verified user.
 *
 * The address and the user each hold a slot of their login limit while the secret is hashed
 * (FailureWindow.admit): guesses sent in parallel otherwise all pass the check before any of them
 * is counted. The slots are given back in the same synchronous step that records the failure.
 */
export async function verifyCredentials(rt: AuthRuntime, request: LoginRequest, options: { allowExpiredPassword?: boolean } = {}): Promise<UserRow> {
  const username = canonicalUsername(request.username);
  const addressKey = `addr:${request.address ?? 'unknown'}`;
  const timeZone = rt.ctx.config.timeZone;
  const row = findUserByUsername(rt.ctx.db, username);
  // A locked account answers before any hashing and without a journal entry per attempt, so
  // hammering it costs the store nothing; the lock itself was journaled once.
  if (row && isLocked(row, rt.now())) throw accountLocked(row.locked_until!, timeZone);
  const nowMs = rt.now().getTime();
  const userKey = `user:${username}`;
  const addressSlot = rt.addressFailures.admit(addressKey, nowMs);
  if (!addressSlot) throw rateLimited(rt.addressFailures.retryAfterMs(addressKey, nowMs));
  // Only a known user can be locked, so only a known user's guesses are limited per user.
  // A full window of committed failures means the 5th one is locking the account (the window is
  // cleared once the lock is committed); otherwise guesses still being checked fill it.
  const userRefusal = (atMs: number) =>
    rt.userFailures.exceeded(userKey, atMs) ? accountLocked(new Date(atMs + LOCKOUT_MS).toISOString(), timeZone) : rateLimited(rt.userFailures.retryAfterMs(userKey, atMs));
  const userSlot = row ? rt.userFailures.admit(userKey, nowMs) : null;
  if (row && !userSlot) {
    addressSlot.release();
    throw userRefusal(nowMs);
  }

  const stored = request.method === 'pin' ? (row?.pin_hash ?? null) : (row?.password_hash ?? null);
  let matches: boolean;
  try {
    matches = await verifySecret(request.secret, stored);
  } finally {
    // Nothing is awaited from here until `fail` has recorded the failure.
    addressSlot.release();
    userSlot?.release();
  }

  const fail = async (reason: string, error: AppError): Promise<never> => {
    const now = rt.now();
    rt.addressFailures.record(addressKey, now.getTime());
    const countsTowardLock = row !== undefined && reason === 'BAD_SECRET';
    const count = countsTowardLock ? rt.userFailures.record(userKey, now.getTime()) : 0;
    const lock = countsTowardLock && count >= rt.userFailures.limit;
    const lockedUntil = await rt.run(
      'auth.record_login_failure',
      (tx) => recordLoginFailure(tx, { username, userId: row?.id ?? null, method: request.method, reason, address: request.address, lock }),
      null,
      request.correlationId,
    );
    if (!lock) throw error;
    // Only now that the lock is committed: until then the full window keeps refusing the user.
    rt.userFailures.reset(userKey);
    throw accountLocked(lockedUntil!, timeZone);
  };

  if (!matches) {
    const code = request.method === 'pin' ? 'INVALID_PIN' : 'INVALID_CREDENTIALS';
    return fail(row && !stored ? 'PIN_NOT_SET' : 'BAD_SECRET', new AppError(code, 401));
  }
  // The account may have been locked (by guesses that failed meanwhile), deactivated or given a
  // new secret while this one was hashed: the right secret inside a burst opens nothing. A secret
  // that matched only the replaced one is refused without counting as a guess at the new one.
  const user = findUserById(rt.ctx.db, row!.id);
  if (!user || (request.method === 'pin' ? user.pin_hash : user.password_hash) !== stored) throw new AppError(request.method === 'pin' ? 'INVALID_PIN' : 'INVALID_CREDENTIALS', 401);
  if (isLocked(user, rt.now())) throw accountLocked(user.locked_until!, timeZone);
  if (rt.userFailures.exceeded(userKey, rt.now().getTime())) throw userRefusal(rt.now().getTime());
  if (user.status !== 'ACTIVE') return fail('ACCOUNT_INACTIVE', new AppError('ACCOUNT_INACTIVE', 403));
  if (request.method === 'password' && !options.allowExpiredPassword && isPasswordExpired(user.password_changed_at, rt.now())) {
    return fail('PASSWORD_EXPIRED', new AppError('PASSWORD_EXPIRED', 403, 'PASSWORD_EXPIRED', { passwordExpiresAt: passwordExpiresAt(user.password_changed_at) }));
  }
  rt.userFailures.reset(userKey);
  return user;
}

/** The user still holds the secret (and the status) that was verified: nothing replaced it meanwhile. */
function sameCredential(current: UserRow, verified: UserRow, method: LoginRequest['method']): boolean {
  const secretOf = (row: UserRow) => (method === 'pin' ? row.pin_hash : row.password_hash);
  return current.status === verified.status && secretOf(current) === secretOf(verified);
}

/** Password or PIN login: verified credentials open a new session (see createSession for the cap). */
export async function login(rt: AuthRuntime, request: LoginRequest) {
  const user = await verifyCredentials(rt, request);
  const timeZone = rt.ctx.config.timeZone;
  const username = user.username;
  const session = await rt.run(
    'auth.login',
    (tx) => {
      const current = findUserById(tx.db, user.id)!;
      if (isLocked(current, tx.now)) throw accountLocked(current.locked_until!, timeZone);
      // A reset or deactivation committed since the secret was checked ends every session of the
      // user; one opened now with the replaced secret would outlive it.
      if (!sameCredential(current, user, request.method)) throw new AppError(request.method === 'pin' ? 'INVALID_PIN' : 'INVALID_CREDENTIALS', 401);
      const created = createSession(tx, rt.sessions, { userId: user.id, method: request.method, address: request.address });
      tx.emit({
        type: 'auth.login_succeeded',
        aggregateType: 'user',
        aggregateId: user.id,
        payload: { userId: user.id, username, method: request.method, address: request.address, sessionId: created.sessionId },
      });
      return created;
    },
    { type: 'user', id: user.id, name: user.name, role: user.role },
    request.correlationId,
  );
  return loginResponse(rt, user, session);
}

export async function loginResponse(rt: AuthRuntime, user: UserRow, session: { sessionId: string; refreshToken: string; refreshExpiresAt: string }): Promise<LoginResponse> {
  const tokens: TokenPair = {
    accessToken: await issueAccessToken(rt, user, session.sessionId),
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken: session.refreshToken,
    refreshExpiresAt: session.refreshExpiresAt,
    sessionId: session.sessionId,
  };
  return {
    ...tokens,
    user: { id: user.id, username: user.username, name: user.name, role: user.role, permissions: permissionsOfRole(user.role) },
    passwordExpiresAt: passwordExpiresAt(user.password_changed_at),
  };
}
