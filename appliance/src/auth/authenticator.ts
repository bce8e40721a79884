import { createHash, timingSafeEqual } from 'node:crypto';
import type { MqttPrincipal } from '../kernel/broker/acl.js';
import type { BrokerAuthenticator } from '../kernel/broker/broker.js';
import type { Authenticator } from '../kernel/http/env.js';
import type { Actor } from '../kernel/journal/event.js';
import { actorFromApiKey } from './api-keys/api-key-guard.js';
import { API_KEY_PREFIX } from './api-keys/api-key-store.js';
import { looksLikeJwt, verifyAccessToken } from './crypto/jwt.js';
import { verifySecret } from './crypto/secret-hash.js';
import { sha256 } from './crypto/tokens.js';
import { recordLoginFailure } from './login/login-failures.js';
import { DEVICE_TOKEN_PREFIX, devices, type DeviceRow } from './devices/device-store.js';
import { DEVICE_PERMISSIONS, permissionsOfRole, type DeviceKind } from './permissions.js';
import type { AuthRuntime } from './runtime.js';
import { IDLE_TIMEOUT_MS } from './sessions/session-policy.js';
import { findUserById, findUserByUsername, isLocked, type UserRow } from './users/user-store.js';
import { isPasswordExpired } from './password-policy.js';

const VERIFIED_PASSWORD_TTL_MS = 10 * 60_000;

function deviceActor(row: DeviceRow): Actor {
  return {
    type: 'device',
    id: row.id,
    name: row.name,
    deviceKind: row.kind,
    stations: JSON.parse(row.stations),
    permissions: DEVICE_PERMISSIONS[row.kind as DeviceKind] ?? [],
  };
}

/** The user behind a valid, live, non-idle access token; touches the session's last-seen time. */
export function actorFromAccessToken(rt: AuthRuntime, token: string): Actor | null {
  const nowMs = rt.now().getTime();
  const claims = verifyAccessToken(rt.secret, token, Math.floor(nowMs / 1000));
  if (!claims) return null;
  const session = rt.sessions.get(claims.sid);
  if (!session || !session.live || session.userId !== claims.sub) return null;
  if (nowMs - session.lastSeenMs >= IDLE_TIMEOUT_MS || session.expiresMs <= nowMs) return null;
  rt.sessions.touch(session, nowMs);
  return {
    type: 'user',
    id: session.userId,
    name: session.name,
    role: session.role,
    permissions: permissionsOfRole(session.role),
    sessionId: session.sessionId,
  };
}

/**
 * Whether the login session an MQTT connection was opened with is over: revoked, its user
 * deactivated, idle past IDLE_TIMEOUT_MS or past its lifetime, as `actorFromAccessToken` judges an
 * HTTP request. A token is checked once, at CONNECT; without this a connection opened with a
 * borrowed access token would outlive the token and the session. Asked for every message, so the
 * session (from the in-memory cache) is only looked at again once the earliest moment it could be
 * over has passed: a revocation closes the connection in its own transaction anyway. The
 * connection's own traffic does not keep the session alive: only what keeps it alive over HTTP
 * does (requests, `/auth/refresh`), so a screen listening with a user's token has to refresh it.
 */
function sessionLapse(rt: AuthRuntime, sessionId: string, userId: string): () => boolean {
  let liveUntilMs = 0;
  return () => {
    const nowMs = rt.now().getTime();
    if (nowMs < liveUntilMs) return false;
    const session = rt.sessions.get(sessionId);
    if (!session || !session.live || session.userId !== userId) return true;
    const endsMs = Math.min(session.expiresMs, session.lastSeenMs + IDLE_TIMEOUT_MS);
    if (nowMs >= endsMs) return true;
    liveUntilMs = endsMs;
    return false;
  };
}

function deviceFromToken(rt: AuthRuntime, token: string): DeviceRow | undefined {
  return devices.findActiveBySecret(rt.ctx.db, token);
}

function mqttDevice(rt: AuthRuntime, deviceId: string, token: string): MqttPrincipal | null {
  const row = devices.find(rt.ctx.db, deviceId);
  if (!row || row.status !== 'ACTIVE' || !row.token_hash) return null;
  const given = Buffer.from(sha256(token), 'hex');
  if (!timingSafeEqual(given, Buffer.from(row.token_hash, 'hex'))) return null;
  return { kind: 'device', id: row.id, deviceKind: row.kind, stations: JSON.parse(row.stations) };
}

/**
 * Username + password over MQTT: the scrypt check runs off the event loop; a success is
 * remembered (by digest, never the password) so reconnects stay cheap. An unknown user costs the
 * same hash as a known one, so timing does not reveal which usernames exist. Failures count per
 * remote address (the same window as HTTP logins, checked before any hash) and toward the same
 * per-user lock as HTTP logins, and are journaled with the address. While a password is hashed
 * it holds a slot of the address's and the user's limits (FailureWindow.admit), so a burst of
 * parallel CONNECTs gets no more guesses checked than the limits allow.
 */
async function mqttUserPassword(rt: AuthRuntime, username: string, password: string, address: string | null): Promise<MqttPrincipal | null> {
  const row = findUserByUsername(rt.ctx.db, username);
  const now = rt.now();
  const nowMs = now.getTime();
  const addressKey = `addr:${address ?? 'unknown'}`;
  // As the HTTP login: a locked account is refused before any hash and without a journal entry
  // per attempt (the lock itself was journaled once).
  if (row && isLocked(row, now)) return null;
  if (rt.addressFailures.exceeded(addressKey, nowMs)) return null;
  if (!row || row.status !== 'ACTIVE') return refuseWithoutAccount(rt, row, username, password, address);
  const userKey = `user:${row.username}`;
  if (rt.userFailures.exceeded(userKey, nowMs)) return null;
  const cacheKey = createHash('sha256').update(`${row.id}\0${row.password_hash}\0${password}`).digest('hex');
  const cached = rt.verifiedMqttPasswords.get(cacheKey);
  if (cached && cached.expiresMs > nowMs) return { kind: 'user', id: row.id, role: row.role };

  const addressSlot = rt.addressFailures.admit(addressKey, nowMs);
  if (!addressSlot) return null;
  const userSlot = rt.userFailures.admit(userKey, nowMs);
  if (!userSlot) {
    addressSlot.release();
    return null;
  }
  let matches: boolean;
  try {
    matches = await verifySecret(password, row.password_hash);
  } finally {
    // Nothing is awaited from here until a failure is recorded.
    addressSlot.release();
    userSlot.release();
  }
  const checkedAt = rt.now();
  if (!matches) {
    const lock = rt.userFailures.record(userKey, checkedAt.getTime()) >= rt.userFailures.limit;
    recordMqttLoginFailure(rt, { username: row.username, userId: row.id, reason: 'BAD_SECRET', address, lock });
    return null;
  }
  // What was read before the hash may be stale: guesses that failed meanwhile locked the account
  // (or are locking it: the window stays full until the lock is committed), or it was deactivated,
  // given a new password or a new role. The right password inside a burst of guesses opens nothing.
  const current = findUserById(rt.ctx.db, row.id);
  if (!current || current.status !== 'ACTIVE' || current.password_hash !== row.password_hash || isLocked(current, checkedAt)) return null;
  if (rt.userFailures.exceeded(userKey, checkedAt.getTime())) return null;
  // As the HTTP login: an expired password is changed first (403 PASSWORD_EXPIRED there), never used to listen in.
  if (isPasswordExpired(current.password_changed_at, checkedAt)) return null;
  rt.verifiedMqttPasswords.set(cacheKey, { userId: current.id, expiresMs: checkedAt.getTime() + VERIFIED_PASSWORD_TTL_MS });
  return { kind: 'user', id: current.id, role: current.role };
}

/**
 * A password CONNECT naming nobody who may connect: an unknown username or a deactivated user. It
 * costs the same hash as a known user's (timing tells no usernames apart) and is a failure of its
 * address like any other, journaled (`ACCOUNT_INACTIVE` for a deactivated user, as over HTTP):
 * uncounted, guesses at a former employee's name would keep the hashing threads busy without end.
 */
async function refuseWithoutAccount(rt: AuthRuntime, row: UserRow | undefined, username: string, password: string, address: string | null): Promise<null> {
  const addressSlot = rt.addressFailures.admit(`addr:${address ?? 'unknown'}`, rt.now().getTime());
  if (!addressSlot) return null;
  try {
    await verifySecret(password, null);
  } finally {
    // Nothing is awaited from here until the failure is recorded.
    addressSlot.release();
  }
  const failure = row ? { username: row.username, userId: row.id, reason: 'ACCOUNT_INACTIVE' } : { username, userId: null, reason: 'BAD_SECRET' };
  recordMqttLoginFailure(rt, { ...failure, address, lock: false });
  return null;
}

/**
 * Counts a refused MQTT password against its address; CONNECT is answered now, the journal entry
 * (and a lock on the limit) follows. The user's failure window is cleared only once the lock is
 * committed: until then it stays full and refuses the user's further CONNECTs.
 */
function recordMqttLoginFailure(rt: AuthRuntime, failure: { username: string; userId: string | null; reason: string; address: string | null; lock: boolean }): void {
  rt.addressFailures.record(`addr:${failure.address ?? 'unknown'}`, rt.now().getTime());
  rt.run('auth.record_login_failure', (tx) => recordLoginFailure(tx, { ...failure, method: 'mqtt' })).then(
    () => {
      if (failure.lock) rt.userFailures.reset(`user:${failure.username}`);
    },
    (error) => rt.ctx.logger.error({ err: error, username: failure.username }, 'could not journal an MQTT login failure'),
  );
}

export function createAuthenticator(rt: AuthRuntime): Authenticator & BrokerAuthenticator {
  return {
    authenticateBearer(token) {
      if (token.startsWith(API_KEY_PREFIX)) return actorFromApiKey(rt, token);
      if (token.startsWith(DEVICE_TOKEN_PREFIX)) {
        const device = deviceFromToken(rt, token);
        return device ? deviceActor(device) : null;
      }
      return actorFromAccessToken(rt, token);
    },
    authenticate(username, password, connection) {
      if (password.startsWith(DEVICE_TOKEN_PREFIX)) return mqttDevice(rt, username, password);
      if (looksLikeJwt(password)) {
        const actor = actorFromAccessToken(rt, password);
        const user = findUserByUsername(rt.ctx.db, username);
        if (!actor?.sessionId || !user || actor.id !== user.id) return null;
        return { kind: 'user', id: actor.id, role: actor.role, sessionId: actor.sessionId, lapsed: sessionLapse(rt, actor.sessionId, actor.id) };
      }
      return mqttUserPassword(rt, username, password, connection?.address ?? null);
    },
  };
}
