import { AppError } from '../../kernel/errors.js';
import type { Db } from '../../kernel/db/open.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Actor } from '../../kernel/journal/event.js';
import { verifySecret, verifySecretSync } from '../crypto/secret-hash.js';
import { FailureWindow } from '../login/failure-window.js';
import { OVERRIDE_ROLES, type Role } from '../permissions.js';
import { findUserById, findUserByUsername, isLocked, type UserRow } from '../users/user-store.js';

/** A manager's PIN or password, as typed at the terminal. */
export interface OverrideCredentials {
  username?: string;
  userId?: string;
  pin?: string;
  password?: string;
}

/** Credentials already checked off the event loop; consumable once, within GRANT_TTL_MS. */
export interface VerifiedManagerOverride {
  grantId: string;
  managerId: string;
  method: 'pin' | 'password';
}

export interface GrantedOverride {
  grantId: string;
  managerId: string;
  managerName: string;
  action: string;
}

const GRANT_TTL_MS = 2 * 60_000;
const pendingGrants = new Map<string, { managerId: string; method: 'pin' | 'password'; expiresMs: number }>();
// Shared across the process and timed in real time: guessing a manager's 4-digit PIN through
// overrides stalls after 5 misses a minute.
const overrideFailures = new FailureWindow(5, 60_000);

function invalid(reason: string): AppError {
  return new AppError('MANAGER_OVERRIDE_INVALID', 403, 'MANAGER_OVERRIDE_INVALID', { reason });
}

function findManager(db: Db, credentials: OverrideCredentials): UserRow | undefined {
  if (credentials.userId) return findUserById(db, credentials.userId);
  return credentials.username ? findUserByUsername(db, credentials.username) : undefined;
}

function checkManager(manager: UserRow | undefined, now: Date): UserRow {
  if (!manager || manager.status !== 'ACTIVE') throw invalid('NOT_A_MANAGER');
  if (!OVERRIDE_ROLES.includes(manager.role as Role)) throw invalid('NOT_A_MANAGER');
  if (isLocked(manager, now)) throw invalid('ACCOUNT_LOCKED');
  return manager;
}

function secretOf(credentials: OverrideCredentials, manager: UserRow): { secret: string; hash: string | null; method: 'pin' | 'password' } {
  if (credentials.pin !== undefined) return { secret: credentials.pin, hash: manager.pin_hash, method: 'pin' };
  return { secret: credentials.password ?? '', hash: manager.password_hash, method: 'password' };
}

function throttleKey(credentials: OverrideCredentials): string {
  return `override:${credentials.userId ?? credentials.username?.toLowerCase() ?? ''}`;
}

/**
 * Verifies a manager's PIN or password asynchronously (before the command) and returns a grant
 * that `consumeManagerOverride` accepts exactly once. Prefer this on HTTP paths: verifying inside
 * the command would hold the writer for the length of a scrypt hash.
 */
export async function verifyManagerOverride(db: Db, credentials: OverrideCredentials, now: Date = new Date()): Promise<VerifiedManagerOverride> {
  const key = throttleKey(credentials);
  if (overrideFailures.exceeded(key, Date.now())) throw new AppError('RATE_LIMITED', 429);
  const manager = checkManager(findManager(db, credentials), now);
  const { secret, hash, method } = secretOf(credentials, manager);
  if (!(await verifySecret(secret, hash))) {
    overrideFailures.record(key, Date.now());
    throw invalid('BAD_SECRET');
  }
  const grantId = newId();
  // The grant's lifetime is real elapsed time (Date.now), not the store clock: it only bridges
  // the verification and the command of the same request.
  pendingGrants.set(grantId, { managerId: manager.id, method, expiresMs: Date.now() + GRANT_TTL_MS });
  for (const [id, grant] of pendingGrants) if (grant.expiresMs <= Date.now()) pendingGrants.delete(id);
  return { grantId, managerId: manager.id, method };
}

function isVerified(value: OverrideCredentials | VerifiedManagerOverride): value is VerifiedManagerOverride {
  return 'grantId' in value;
}

/**
 * Authorizes ONE protected action (refund, withdrawal, cancellation...) inside the caller's
 * command: checks the manager, records the grant so it can never be used again, and journals
 * `auth.override_granted` with both the manager and the requesting actor. Throws 403
 * MANAGER_OVERRIDE_REQUIRED without an override, MANAGER_OVERRIDE_INVALID when it does not hold.
 */
export function consumeManagerOverride(
  tx: CommandTx,
  request: {
    action: string;
    override: OverrideCredentials | VerifiedManagerOverride | null | undefined;
    requestedBy?: Actor | null;
    subject?: { aggregateType: string; aggregateId: string };
  },
): GrantedOverride {
  const { override } = request;
  if (!override) throw new AppError('MANAGER_OVERRIDE_REQUIRED', 403, 'MANAGER_OVERRIDE_REQUIRED', { action: request.action });
  let manager: UserRow;
  let grantId: string;
  let method: 'pin' | 'password';
  if (isVerified(override)) {
    const pending = pendingGrants.get(override.grantId);
    if (!pending || pending.managerId !== override.managerId || pending.expiresMs <= Date.now()) throw invalid('GRANT_UNKNOWN_OR_EXPIRED');
    manager = checkManager(findUserById(tx.db, override.managerId), tx.now);
    grantId = override.grantId;
    method = pending.method;
  } else {
    const key = throttleKey(override);
    if (overrideFailures.exceeded(key, Date.now())) throw new AppError('RATE_LIMITED', 429);
    manager = checkManager(findManager(tx.db, override), tx.now);
    const secret = secretOf(override, manager);
    if (!verifySecretSync(secret.secret, secret.hash)) {
      overrideFailures.record(key, Date.now());
      throw invalid('BAD_SECRET');
    }
    grantId = newId();
    method = secret.method;
  }
  const used = tx.db.prepare('SELECT 1 FROM manager_overrides WHERE id = ?').get(grantId);
  if (used) throw invalid('ALREADY_USED');
  const requestedBy = request.requestedBy ?? tx.actor;
  tx.db
    .prepare('INSERT INTO manager_overrides (id, action, manager_id, requested_by, granted_at) VALUES (?, ?, ?, ?, ?)')
    .run(grantId, request.action, manager.id, requestedBy?.id ?? null, tx.nowIso);
  tx.emit({
    type: 'auth.override_granted',
    aggregateType: 'user',
    aggregateId: manager.id,
    payload: {
      grantId,
      action: request.action,
      method,
      manager: { id: manager.id, username: manager.username, role: manager.role },
      requestedBy: requestedBy ? { type: requestedBy.type, id: requestedBy.id, name: requestedBy.name ?? null } : null,
      subject: request.subject ?? null,
    },
  });
  return { grantId, managerId: manager.id, managerName: manager.name, action: request.action };
}
