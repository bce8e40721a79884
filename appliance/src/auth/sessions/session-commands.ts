import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { randomToken, sha256 } from '../crypto/tokens.js';
import type { SessionCache } from './session-cache.js';
import { IDLE_TIMEOUT_MS, MAX_LIVE_SESSIONS, REFRESH_TOKEN_PREFIX, REFRESH_TOKEN_TTL_MS } from './session-policy.js';

export type RevokeReason = 'LOGOUT' | 'SESSION_CAP' | 'REFRESH_REUSE' | 'IDLE' | 'EXPIRED' | 'PASSWORD_CHANGED' | 'PIN_CHANGED' | 'USER_DEACTIVATED';

interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface IssuedRefreshToken {
  refreshToken: string;
  refreshExpiresAt: string;
}

/** Every token of a session expires with the session: 7 days after login, however often it rotated. */
function issueRefreshToken(tx: CommandTx, sessionId: string, refreshExpiresAt: string): IssuedRefreshToken {
  const refreshToken = randomToken(REFRESH_TOKEN_PREFIX);
  tx.db
    .prepare("INSERT INTO refresh_tokens (token_hash, session_id, status, issued_at, expires_at) VALUES (?, ?, 'ACTIVE', ?, ?)")
    .run(sha256(refreshToken), sessionId, tx.nowIso, refreshExpiresAt);
  return { refreshToken, refreshExpiresAt };
}

export function revokeSession(tx: CommandTx, cache: SessionCache, sessionId: string, reason: RevokeReason): void {
  const row = tx.db.prepare('SELECT user_id, revoked_at FROM sessions WHERE id = ?').get(sessionId) as { user_id: string; revoked_at: string | null } | undefined;
  if (!row || row.revoked_at) return;
  tx.db.prepare('UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ?').run(tx.nowIso, reason, sessionId);
  tx.db.prepare("UPDATE refresh_tokens SET status = 'REVOKED' WHERE session_id = ? AND status = 'ACTIVE'").run(sessionId);
  tx.emit({ type: 'auth.session_revoked', aggregateType: 'user', aggregateId: row.user_id, payload: { userId: row.user_id, sessionId, reason } });
  // In the transaction, as forgetUser does: with group-fsync the revocation is visible before its request resumes.
  cache.revoked(sessionId, row.user_id);
}

export function revokeUserSessions(tx: CommandTx, cache: SessionCache, userId: string, reason: RevokeReason): void {
  const ids = tx.db.prepare('SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL').pluck().all(userId) as string[];
  for (const id of ids) revokeSession(tx, cache, id, reason);
  cache.invalidateUser(userId);
}

/**
 * Ends the sessions a user opened with their PIN, once that PIN is replaced or removed: whoever
 * watched it being typed and signed in with it must not keep the session. Those opened with the
 * password stay (the password did not change).
 */
export function revokePinSessions(tx: CommandTx, cache: SessionCache, userId: string): void {
  const ids = tx.db.prepare("SELECT id FROM sessions WHERE user_id = ? AND method = 'pin' AND revoked_at IS NULL").pluck().all(userId) as string[];
  for (const id of ids) revokeSession(tx, cache, id, 'PIN_CHANGED');
}

function isIdle(row: SessionRow, cache: SessionCache, nowMs: number): boolean {
  const lastSeen = Math.max(Date.parse(row.last_seen_at), cache.lastSeenMs(row.id) ?? 0);
  return nowMs - lastSeen >= IDLE_TIMEOUT_MS;
}

/**
 * Opens a session for a verified login. Sessions that went idle or expired are closed first; if
 * the user still has MAX_LIVE_SESSIONS, the oldest ones are revoked to make room.
 */
export function createSession(
  tx: CommandTx,
  cache: SessionCache,
  input: { userId: string; method: 'password' | 'pin'; address: string | null },
): { sessionId: string } & IssuedRefreshToken {
  const nowMs = tx.now.getTime();
  const open = tx.db
    .prepare('SELECT * FROM sessions WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at, id')
    .all(input.userId) as SessionRow[];
  const live: SessionRow[] = [];
  for (const row of open) {
    if (Date.parse(row.expires_at) <= nowMs) revokeSession(tx, cache, row.id, 'EXPIRED');
    else if (isIdle(row, cache, nowMs)) revokeSession(tx, cache, row.id, 'IDLE');
    else live.push(row);
  }
  while (live.length >= MAX_LIVE_SESSIONS) revokeSession(tx, cache, live.shift()!.id, 'SESSION_CAP');
  const sessionId = newId();
  const expiresAt = new Date(nowMs + REFRESH_TOKEN_TTL_MS).toISOString();
  tx.db
    .prepare('INSERT INTO sessions (id, user_id, method, address, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(sessionId, input.userId, input.method, input.address, tx.nowIso, tx.nowIso, expiresAt);
  return { sessionId, ...issueRefreshToken(tx, sessionId, expiresAt) };
}

export type RefreshOutcome =
  | ({ ok: true; sessionId: string; userId: string } & IssuedRefreshToken)
  | { ok: false; code: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED' | 'SESSION_EXPIRED' };

/**
 * Swaps a refresh token for a new one. A token that was already rotated is being replayed, by
 * the thief or by the victim after the thief: the whole session (the token family) is revoked.
 * Failures are returned, not thrown, so the revocation commits.
 */
export function rotateRefreshToken(tx: CommandTx, cache: SessionCache, refreshToken: string): RefreshOutcome {
  const token = tx.db.prepare('SELECT * FROM refresh_tokens WHERE token_hash = ?').get(sha256(refreshToken)) as
    | { session_id: string; status: string }
    | undefined;
  if (!token) return { ok: false, code: 'REFRESH_TOKEN_INVALID' };
  const session = tx.db.prepare('SELECT * FROM sessions WHERE id = ?').get(token.session_id) as SessionRow;
  if (token.status === 'ROTATED') {
    tx.emit({
      type: 'auth.refresh_token_reused',
      aggregateType: 'user',
      aggregateId: session.user_id,
      payload: { userId: session.user_id, sessionId: session.id },
    });
    revokeSession(tx, cache, session.id, 'REFRESH_REUSE');
    return { ok: false, code: 'REFRESH_TOKEN_REUSED' };
  }
  if (token.status !== 'ACTIVE' || session.revoked_at) return { ok: false, code: 'REFRESH_TOKEN_INVALID' };
  const user = tx.db.prepare('SELECT status FROM users WHERE id = ?').pluck().get(session.user_id);
  if (user !== 'ACTIVE') return { ok: false, code: 'REFRESH_TOKEN_INVALID' };
  const nowMs = tx.now.getTime();
  if (Date.parse(session.expires_at) <= nowMs || isIdle(session, cache, nowMs)) {
    revokeSession(tx, cache, session.id, Date.parse(session.expires_at) <= nowMs ? 'EXPIRED' : 'IDLE');
    return { ok: false, code: 'SESSION_EXPIRED' };
  }
  tx.db.prepare("UPDATE refresh_tokens SET status = 'ROTATED' WHERE token_hash = ?").run(sha256(refreshToken));
  tx.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(tx.nowIso, session.id);
  cache.invalidate(session.id);
  return { ok: true, sessionId: session.id, userId: session.user_id, ...issueRefreshToken(tx, session.id, session.expires_at) };
}

/** Persists the last-seen times gathered by the cache (no journal event: bookkeeping only). */
export function recordLastSeen(tx: CommandTx, touched: { sessionId: string; lastSeenAt: string }[]): void {
  const update = tx.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?');
  for (const t of touched) update.run(t.lastSeenAt, t.sessionId, t.lastSeenAt);
}
