import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Actor } from '../../kernel/journal/event.js';
import { failuresWithin, LONGEST_OVERRIDE_WINDOW_MS, OVERRIDE_ALERT_AT, type OverrideAdmission, type OverrideScope, type ScopeKey } from './override-limits.js';

export interface OverrideFailure {
  /** The name as sent (canonical spelling), which may match no user. */
  username: string;
  managerId: string | null;
  method: 'pin' | 'password';
  /** A wrong secret, nobody who may override, or the right password past its expiry. */
  reason: 'BAD_SECRET' | 'NOT_A_MANAGER' | 'PASSWORD_EXPIRED';
  requestedBy: Actor | null;
  terminal: string;
  address: string | null;
  scopes: ScopeKey[];
}

/**
 * Journals a refused override (`auth.override_failed`, on the `audit/` MQTT branch like every
 * `auth.*` event) and counts it; the failure that is the 3rd inside a scope's window also raises
 * `auth.override_guessing_suspected`, so a manager hears of a guessing cashier or till at once.
 * The check's admission is given back here, in the same transaction as the row that now counts the
 * guess: no other check can see the row while the slot is still held (see `OverrideAttempts`).
 */
export function recordOverrideFailure(tx: CommandTx, failure: OverrideFailure, admission: OverrideAdmission): void {
  const nowMs = tx.now.getTime();
  tx.db.prepare('DELETE FROM override_failures WHERE failed_at <= ?').run(new Date(nowMs - LONGEST_OVERRIDE_WINDOW_MS).toISOString());
  const key = (scope: OverrideScope) => failure.scopes.find((s) => s.scope === scope)?.key ?? null;
  tx.db
    .prepare('INSERT INTO override_failures (failed_at, manager_id, requester_id, terminal) VALUES (?, ?, ?, ?)')
    .run(tx.nowIso, key('MANAGER'), key('REQUESTER'), key('TERMINAL'));
  const failures = Object.fromEntries(failure.scopes.map((s) => [s.scope, failuresWithin(tx.db, s, nowMs).count])) as Partial<Record<OverrideScope, number>>;
  const { requestedBy } = failure;
  const common = {
    username: failure.username,
    managerId: failure.managerId,
    requestedBy: requestedBy ? { type: requestedBy.type, id: requestedBy.id, name: requestedBy.name ?? null, sessionId: requestedBy.sessionId ?? null } : null,
    terminal: failure.terminal,
    address: failure.address,
    failures,
  };
  const aggregateId = failure.managerId ?? `username:${failure.username}`;
  tx.emit({ type: 'auth.override_failed', aggregateType: 'user', aggregateId, payload: { ...common, method: failure.method, reason: failure.reason } });
  const alerting = failure.scopes.filter((s) => failures[s.scope] === OVERRIDE_ALERT_AT).map((s) => s.scope);
  if (alerting.length > 0) tx.emit({ type: 'auth.override_guessing_suspected', aggregateType: 'user', aggregateId, payload: { ...common, scopes: alerting } });
  admission.release();
}
