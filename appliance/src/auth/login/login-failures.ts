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

/** Journals a refused login and, on the limit, locks the account; returns the lock end if locked. */
export function recordLoginFailure(tx: CommandTx, attempt: FailedAttempt): string | null {
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
