import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { LOCKOUT_MS } from '../runtime.js';

export interface FailedAttempt {
  username: string;
  userId: string | null;
  method: 'password' | 'pin' | 'mqtt';
  reason: string;
  address: string | null;
  /** True when this failure reached the limit and the account must be locked now. */
  lock: boolean;
}

/** The longest username a login form takes; usernames themselves are 3–32 characters. */
const JOURNALED_USERNAME_MAX = 64;

/**
 * The username as journaled: an MQTT CONNECT may carry 64 KB of it, which the journal, its backups
 * and the relay would otherwise keep for every refused guess. Cut, it says so with an ellipsis.
 */
const journaledUsername = (typed: string) => (typed.length > JOURNALED_USERNAME_MAX ? `${typed.slice(0, JOURNALED_USERNAME_MAX - 1)}…` : typed);

/** Journals a refused login and, on the limit, locks the account; returns the lock end if locked. */
export function recordLoginFailure(tx: CommandTx, failed: FailedAttempt): string | null {
  const attempt = { ...failed, username: journaledUsername(failed.username) };
  const aggregateId = attempt.userId ?? `username:${attempt.username}`;
  tx.emit({
    type: 'auth.login_failed',
    aggregateType: 'user',
    aggregateId,
    payload: { userId: attempt.userId, username: attempt.username, method: attempt.method, reason: attempt.reason, address: attempt.address },
  });
  if (!attempt.lock || !attempt.userId) return null;
  const lockedUntil = new Date(tx.now.getTime() + LOCKOUT_MS).toISOString();
  tx.db.prepare('UPDATE users SET locked_until = ?, updated_at = ? WHERE id = ?').run(lockedUntil, tx.nowIso, attempt.userId);
  tx.emit({
    type: 'auth.account_locked',
    aggregateType: 'user',
    aggregateId: attempt.userId,
    payload: { userId: attempt.userId, username: attempt.username, lockedUntil, address: attempt.address },
  });
  return lockedUntil;
}
