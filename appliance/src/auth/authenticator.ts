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
import { findUserByUsername, isLocked } from './users/user-store.js';
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
 * per-user lock as HTTP logins, and are journaled with the address.
 */
async function mqttUserPassword(rt: AuthRuntime, username: string, password: string, address: string | null): Promise<MqttPrincipal | null> {
  const row = findUserByUsername(rt.ctx.db, username);
  const now = rt.now();
  const addressKey = `addr:${address ?? 'unknown'}`;
  if (rt.addressFailures.exceeded(addressKey, now.getTime())) return null;
  if (!row || row.status !== 'ACTIVE' || isLocked(row, now)) {
    await verifySecret(password, null);
    if (!row) recordMqttLoginFailure(rt, { username, userId: null, address, lock: false });
    return null;
  }
  const userKey = `user:${row.username}`;
  if (rt.userFailures.exceeded(userKey, now.getTime())) return null;
  const cacheKey = createHash('sha256').update(`${row.id}\0${row.password_hash}\0${password}`).digest('hex');
  const cached = rt.verifiedMqttPasswords.get(cacheKey);
  if (cached && cached.expiresMs > now.getTime()) return { kind: 'user', id: row.id, role: row.role };
  if (!(await verifySecret(password, row.password_hash))) {
    const lock = rt.userFailures.record(userKey, now.getTime()) >= rt.userFailures.limit;
    if (lock) rt.userFailures.reset(userKey);
    recordMqttLoginFailure(rt, { username: row.username, userId: row.id, address, lock });
    return null;
  }
  // As the HTTP login: an expired password is changed first (403 PASSWORD_EXPIRED there), never used to listen in.
  if (isPasswordExpired(row.password_changed_at, now)) return null;
  rt.verifiedMqttPasswords.set(cacheKey, { userId: row.id, expiresMs: now.getTime() + VERIFIED_PASSWORD_TTL_MS });
  return { kind: 'user', id: row.id, role: row.role };
}

/** Counts a refused MQTT password against its address; CONNECT is answered now, the journal entry (and a lock on the limit) follows. */
function recordMqttLoginFailure(rt: AuthRuntime, failure: { username: string; userId: string | null; address: string | null; lock: boolean }): void {
  rt.addressFailures.record(`addr:${failure.address ?? 'unknown'}`, rt.now().getTime());
  rt.run('auth.record_login_failure', (tx) => recordLoginFailure(tx, { ...failure, method: 'mqtt', reason: 'BAD_SECRET' })).catch((error) =>
    rt.ctx.logger.error({ err: error, username: failure.username }, 'could not journal an MQTT login failure'),
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
        return actor && user && actor.id === user.id ? { kind: 'user', id: actor.id, role: actor.role, sessionId: actor.sessionId } : null;
      }
      return mqttUserPassword(rt, username, password, connection?.address ?? null);
    },
  };
}
