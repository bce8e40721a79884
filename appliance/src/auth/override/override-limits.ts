import type { Db } from '../../kernel/db/open.js';
import { AppError } from '../../kernel/errors.js';

/** Who a failed override guess is counted against. */
export type OverrideScope = 'MANAGER' | 'REQUESTER' | 'TERMINAL';

export interface ScopeKey {
  scope: OverrideScope;
  key: string;
}

/**
 * Failed override guesses allowed within a sliding window; at the limit further attempts are
 * refused without checking the secret. Kept apart from the login limits: an unauthenticated
 * client failing logins cannot block a manager's overrides, and override guesses never lock a login.
 */
export const OVERRIDE_LIMITS: Record<OverrideScope, { failures: number; windowMs: number }> = {
  // Whatever the spelling of the name and whoever asks: a 6-digit PIN then takes years to guess.
  MANAGER: { failures: 10, windowMs: 60 * 60_000 },
  // One operator, or one till, cannot spend a manager's whole hour alone.
  REQUESTER: { failures: 5, windowMs: 15 * 60_000 },
  TERMINAL: { failures: 5, windowMs: 15 * 60_000 },
};

/** The failure within a scope's window that raises `auth.override_guessing_suspected`. */
export const OVERRIDE_ALERT_AT = 3;

export const LONGEST_OVERRIDE_WINDOW_MS = Math.max(...Object.values(OVERRIDE_LIMITS).map((l) => l.windowMs));

const COLUMN: Record<OverrideScope, string> = { MANAGER: 'manager_id', REQUESTER: 'requester_id', TERMINAL: 'terminal' };

/** Committed failures of one scope key inside its window, and when the oldest of them happened. */
export function failuresWithin(db: Db, { scope, key }: ScopeKey, nowMs: number): { count: number; oldestMs: number | null } {
  const since = new Date(nowMs - OVERRIDE_LIMITS[scope].windowMs).toISOString();
  const row = db.prepare(`SELECT COUNT(*) AS n, MIN(failed_at) AS oldest FROM override_failures WHERE ${COLUMN[scope]} = ? AND failed_at > ?`).get(key, since) as {
    n: number;
    oldest: string | null;
  };
  return { count: row.n, oldestMs: row.oldest === null ? null : Date.parse(row.oldest) };
}

function rateLimited(scope: OverrideScope, retryAfterMs: number): AppError {
  return new AppError('RATE_LIMITED', 429, 'RATE_LIMITED', { scope, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

/** One override check admitted under its scopes' limits, holding a slot in each until it is given back. */
export interface OverrideAdmission {
  /** Gives the slots back; safe to call more than once. */
  release(): void;
}

/**
 * Admission of override checks. Counts committed failures plus the checks still hashing, so
 * parallel requests cannot slip more guesses past a limit than it allows. A failed check gives its
 * slot back inside the transaction that records the failure (`recordOverrideFailure`): with
 * group-fsync the row is visible to the next check before the failing request resumes, and a slot
 * still held then would count that one guess twice.
 */
export class OverrideAttempts {
  private readonly running = new Map<string, number>();

  /** Throws 429 RATE_LIMITED (`details.scope`) when a scope is full; otherwise holds a slot in each until released. */
  admit(db: Db, scopes: ScopeKey[], nowMs: number): OverrideAdmission {
    const ids = scopes.map((s) => `${s.scope}:${s.key}`);
    scopes.forEach((s, i) => {
      const { count, oldestMs } = failuresWithin(db, s, nowMs);
      if (count + (this.running.get(ids[i]) ?? 0) < OVERRIDE_LIMITS[s.scope].failures) return;
      throw rateLimited(s.scope, oldestMs === null ? 1000 : oldestMs + OVERRIDE_LIMITS[s.scope].windowMs - nowMs);
    });
    for (const id of ids) this.running.set(id, (this.running.get(id) ?? 0) + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const id of ids) {
          const left = (this.running.get(id) ?? 1) - 1;
          if (left > 0) this.running.set(id, left);
          else this.running.delete(id);
        }
      },
    };
  }
}
