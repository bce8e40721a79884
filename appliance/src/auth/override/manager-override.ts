import { AppError } from '../../kernel/errors.js';
import type { Db } from '../../kernel/db/open.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Actor } from '../../kernel/journal/event.js';
import { verifySecret } from '../crypto/secret-hash.js';
import { OVERRIDE_ROLES, type Role } from '../permissions.js';
import { isPasswordExpired } from '../password-policy.js';
import { authRuntimeOf, type AuthRuntime } from '../runtime.js';
import { canonicalUsername, findUserById, findUserByUsername, type UserRow } from '../users/user-store.js';
import { recordOverrideFailure, type OverrideFailure } from './override-failures.js';
import type { ScopeKey } from './override-limits.js';

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

/** Who asks for the override, and from where: the requesting session or device and its TCP peer. */
export interface OverrideRequester {
  actor: Actor | null;
  address: string | null;
  correlationId?: string | null;
}

function invalid(reason: string): AppError {
  // The manager typed the right password: tell them what to do instead of calling it invalid.
  const messageKey = reason === 'PASSWORD_EXPIRED' ? 'MANAGER_OVERRIDE_PASSWORD_EXPIRED' : 'MANAGER_OVERRIDE_INVALID';
  return new AppError('MANAGER_OVERRIDE_INVALID', 403, messageKey, { reason });
}

function findManager(db: Db, credentials: OverrideCredentials): UserRow | undefined {
  if (credentials.userId) return findUserById(db, credentials.userId);
  return credentials.username ? findUserByUsername(db, credentials.username) : undefined;
}

/**
 * An active MANAGER or ADMIN. A login lockout does not count here: failed network logins must not
 * switch off a manager's overrides, which have limits of their own (override-limits.ts).
 */
function mayOverride(user: UserRow | undefined): user is UserRow {
  return user !== undefined && user.status === 'ACTIVE' && OVERRIDE_ROLES.includes(user.role as Role);
}

function secretOf(credentials: OverrideCredentials, manager: UserRow | undefined): { secret: string; hash: string | null; method: 'pin' | 'password' } {
  if (credentials.pin !== undefined) return { secret: credentials.pin, hash: manager?.pin_hash ?? null, method: 'pin' };
  return { secret: credentials.password ?? '', hash: manager?.password_hash ?? null, method: 'password' };
}

/** A device is its own terminal; a user session is known by the address its requests come from. */
function terminalOf(requester: OverrideRequester): string {
  return requester.actor?.type === 'device' ? `device:${requester.actor.id}` : `address:${requester.address ?? 'unknown'}`;
}

/**
 * Why a manager's credentials approve nothing, or null when they do. An expired password opens no login (403 PASSWORD_EXPIRED) and approves
 * nothing either: a manager who signs in by PIN never meets the login's expiry, and the old
 * password would otherwise keep approving refunds for as long as nobody changed it.
 */
async function refusalOf(rt: AuthRuntime, manager: UserRow, given: { secret: string; hash: string | null; method: 'pin' | 'password' }): Promise<OverrideFailure['reason'] | null> {
  if (!(await verifySecret(given.secret, given.hash))) return 'BAD_SECRET';
  if (given.method === 'password' && isPasswordExpired(manager.password_changed_at, rt.now())) return 'PASSWORD_EXPIRED';
  return null;
}

/**
 * Verifies a manager's PIN or password asynchronously (before the command) and returns a grant
 * that `consumeManagerOverride` accepts exactly once; verifying inside the command would hold the
 * writer for the length of a scrypt hash. Failed guesses are counted per manager (by user id, so
 * no spelling of the name starts a new count), per requester and per terminal, and journaled with
 * all three before the refusal is answered; over a limit the secret is not even checked (429).
 */
export async function verifyManagerOverride(db: Db, credentials: OverrideCredentials, requester: OverrideRequester): Promise<VerifiedManagerOverride> {
  const rt = authRuntimeOf(db);
  const found = findManager(db, credentials);
  const manager = mayOverride(found) ? found : undefined;
  const { secret, hash, method } = secretOf(credentials, manager);
  const terminal = terminalOf(requester);
  const scopes: ScopeKey[] = [
    ...(manager ? [{ scope: 'MANAGER' as const, key: manager.id }] : []),
    { scope: 'REQUESTER', key: requester.actor ? `${requester.actor.type}:${requester.actor.id}` : 'anonymous' },
    { scope: 'TERMINAL', key: terminal },
  ];
  const admission = rt.overrideAttempts.admit(db, scopes, rt.now().getTime());
  try {
    const reason = manager ? await refusalOf(rt, manager, { secret, hash, method }) : 'NOT_A_MANAGER';
    if (!manager || reason !== null) {
      const username = credentials.username === undefined ? (found?.username ?? '') : canonicalUsername(credentials.username);
      const failure = { username, managerId: manager?.id ?? null, method, reason: reason ?? 'NOT_A_MANAGER', requestedBy: requester.actor, terminal, address: requester.address, scopes } as const;
      await rt.run('auth.record_override_failure', (tx) => recordOverrideFailure(tx, failure, admission), requester.actor, requester.correlationId ?? null);
      throw invalid(failure.reason);
    }
    const grantId = newId();
    // The grant's lifetime is real elapsed time (Date.now), not the store clock: it only bridges
    // the verification and the command of the same request.
    pendingGrants.set(grantId, { managerId: manager.id, method, expiresMs: Date.now() + GRANT_TTL_MS });
    for (const [id, grant] of pendingGrants) if (grant.expiresMs <= Date.now()) pendingGrants.delete(id);
    return { grantId, managerId: manager.id, method };
  } finally {
    admission.release();
  }
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
    override: VerifiedManagerOverride | null | undefined;
    requestedBy?: Actor | null;
    subject?: { aggregateType: string; aggregateId: string };
  },
): GrantedOverride {
  const { override } = request;
  if (!override) throw new AppError('MANAGER_OVERRIDE_REQUIRED', 403, 'MANAGER_OVERRIDE_REQUIRED', { action: request.action });
  const pending = pendingGrants.get(override.grantId);
  if (!pending || pending.managerId !== override.managerId || pending.expiresMs <= Date.now()) throw invalid('GRANT_UNKNOWN_OR_EXPIRED');
  const manager = findUserById(tx.db, override.managerId);
  if (!mayOverride(manager)) throw invalid('NOT_A_MANAGER');
  const { grantId } = override;
  const { method } = pending;
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
