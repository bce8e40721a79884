import type { Db } from '../../kernel/db/open.js';

export interface SessionState {
  sessionId: string;
  userId: string;
  username: string;
  name: string;
  role: string;
  /** False once the session is revoked or its user deactivated. */
  live: boolean;
  lastSeenMs: number;
  expiresMs: number;
  touched: boolean;
}

interface SessionJoinRow {
  id: string;
  user_id: string;
  username: string;
  name: string;
  role: string;
  user_status: string;
  revoked_at: string | null;
  last_seen_at: string;
  expires_at: string;
}

/**
 * Session state for the synchronous bearer check on every request. Loaded from SQLite on first
 * use and dropped whenever a command changes the session or its user, so a revocation or role
 * change applies to the very next request. `last seen` is kept here and flushed in batches:
 * writing it per request would cost an fsync per read.
 */
export class SessionCache {
  private readonly states = new Map<string, SessionState>();
  private readonly load;

  /** `onRevoked` closes what a revoked session still holds open (its MQTT connections). */
  constructor(
    db: Db,
    private readonly onRevoked: (session: { sessionId: string; userId: string }) => void = () => undefined,
  ) {
    this.load = db.prepare(`SELECT s.id, s.user_id, u.username, u.name, u.role, u.status AS user_status,
        s.revoked_at, s.last_seen_at, s.expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?`);
  }

  get(sessionId: string): SessionState | null {
    const cached = this.states.get(sessionId);
    if (cached) return cached;
    const row = this.load.get(sessionId) as SessionJoinRow | undefined;
    if (!row) return null;
    const state: SessionState = {
      sessionId: row.id,
      userId: row.user_id,
      username: row.username,
      name: row.name,
      role: row.role,
      live: row.revoked_at === null && row.user_status === 'ACTIVE',
      lastSeenMs: Date.parse(row.last_seen_at),
      expiresMs: Date.parse(row.expires_at),
      touched: false,
    };
    this.states.set(sessionId, state);
    return state;
  }

  touch(state: SessionState, nowMs: number): void {
    if (nowMs > state.lastSeenMs) {
      state.lastSeenMs = nowMs;
      state.touched = true;
    }
  }

  invalidate(sessionId: string): void {
    this.states.delete(sessionId);
  }

  /** A session revoked (logout, stolen refresh token, idle, expired): forgotten, and its connections closed. */
  revoked(sessionId: string, userId: string): void {
    this.states.delete(sessionId);
    this.onRevoked({ sessionId, userId });
  }

  invalidateUser(userId: string): void {
    for (const [id, state] of this.states) if (state.userId === userId) this.states.delete(id);
  }

  /** Last-seen times not yet written, cleared from the dirty set. */
  takeTouched(): { sessionId: string; lastSeenAt: string }[] {
    const out: { sessionId: string; lastSeenAt: string }[] = [];
    for (const state of this.states.values()) {
      if (!state.touched) continue;
      state.touched = false;
      out.push({ sessionId: state.sessionId, lastSeenAt: new Date(state.lastSeenMs).toISOString() });
    }
    return out;
  }

  /** Drops sessions that can no longer authenticate anything; call after takeTouched. */
  prune(nowMs: number, idleTimeoutMs: number): void {
    for (const [id, state] of this.states) {
      if (state.touched) continue;
      if (!state.live || state.expiresMs <= nowMs || nowMs - state.lastSeenMs >= idleTimeoutMs) this.states.delete(id);
    }
  }

  lastSeenMs(sessionId: string): number | null {
    return this.states.get(sessionId)?.lastSeenMs ?? null;
  }
}
