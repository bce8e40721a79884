import { businessRule, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { PASSWORD_HISTORY_SIZE } from '../password-policy.js';
import { OVERRIDE_ROLES, type Role } from '../permissions.js';
import type { AuthRuntime } from '../runtime.js';
import { revokePinSessions, revokeUserSessions } from '../sessions/session-commands.js';
import { countActiveAdmins, findUserById, findUserByUsername, canonicalUsername, toUser, type User, type UserRow } from './user-store.js';

function requireUser(tx: CommandTx, userId: string): UserRow {
  const row = findUserById(tx.db, userId);
  if (!row) throw notFound('USER_NOT_FOUND', { userId });
  return row;
}

/** Only an ADMIN may create, change or demote an ADMIN; a MANAGER manages the rest of the staff. */
/**
 * Only an ADMIN gives or takes override rights (MANAGER, ADMIN). A manager who could move a peer
 * manager to CASHIER, reset the password there (allowed on staff) and move them back would know a
 * working password of the peer and approve refunds in the peer's name; one who promoted a cashier
 * whose password they chose at its creation would hold a manager's password the same way.
 */
function assertMayManage(tx: CommandTx, roles: string[]): void {
  if (tx.actor?.type === 'system' || tx.actor?.role === 'ADMIN') return;
  if (roles.some((role) => OVERRIDE_ROLES.includes(role as Role))) throw forbidden('ROLE_ESCALATION_FORBIDDEN');
}

/**
 * A password or PIN of someone with override rights authorizes refunds and cancellations in their
 * name, so only an ADMIN sets one for another such user: a manager could otherwise reset a peer's
 * PIN and approve overrides as that peer.
 */
function assertMaySetCredentialsOf(tx: CommandTx, row: UserRow): void {
  if (tx.actor?.type === 'system' || tx.actor?.id === row.id) return;
  if (OVERRIDE_ROLES.includes(row.role as Role) && tx.actor?.role !== 'ADMIN') throw forbidden('CREDENTIAL_RESET_FORBIDDEN', { role: row.role });
}

function recordPasswordHash(tx: CommandTx, userId: string, hash: string): void {
  tx.db.prepare('INSERT INTO password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)').run(userId, hash, tx.nowIso);
  tx.db
    .prepare(
      `DELETE FROM password_history WHERE user_id = ? AND rowid NOT IN (
        SELECT rowid FROM password_history WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    )
    .run(userId, userId, PASSWORD_HISTORY_SIZE);
}

export interface NewUser {
  username: string;
  name: string;
  role: string;
  passwordHash: string;
  pinHash: string | null;
}

export function createUser(tx: CommandTx, input: NewUser): User {
  assertMayManage(tx, [input.role]);
  const username = canonicalUsername(input.username);
  if (findUserByUsername(tx.db, username)) throw conflict('USERNAME_TAKEN', { username });
  const id = newId();
  tx.db
    .prepare(
      `INSERT INTO users (id, username, name, role, status, password_hash, password_changed_at, pin_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)`,
    )
    .run(id, username, input.name, input.role, input.passwordHash, tx.nowIso, input.pinHash, tx.nowIso, tx.nowIso);
  recordPasswordHash(tx, id, input.passwordHash);
  tx.emit({ type: 'auth.user_created', aggregateType: 'user', aggregateId: id, payload: { userId: id, username, name: input.name, role: input.role } });
  return toUser(findUserById(tx.db, id)!);
}

/** Stores a new password (policy and history already checked) and ends every session of the user. */
export function setPassword(tx: CommandTx, rt: AuthRuntime, userId: string, hash: string): User {
  const row = requireUser(tx, userId);
  assertMaySetCredentialsOf(tx, row);
  tx.db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?').run(hash, tx.nowIso, tx.nowIso, userId);
  recordPasswordHash(tx, userId, hash);
  tx.emit({ type: 'auth.password_changed', aggregateType: 'user', aggregateId: userId, payload: { userId, byUserId: tx.actor?.id ?? null } });
  revokeUserSessions(tx, rt.sessions, userId, 'PASSWORD_CHANGED');
  rt.forgetUser(userId);
  return toUser(findUserById(tx.db, userId)!);
}

/** Stores a new PIN (or none) and ends the sessions the old one opened. */
export function setPin(tx: CommandTx, rt: AuthRuntime, userId: string, pinHash: string | null): User {
  const row = requireUser(tx, userId);
  assertMaySetCredentialsOf(tx, row);
  tx.db.prepare('UPDATE users SET pin_hash = ?, updated_at = ? WHERE id = ?').run(pinHash, tx.nowIso, userId);
  tx.emit({ type: pinHash ? 'auth.pin_changed' : 'auth.pin_removed', aggregateType: 'user', aggregateId: userId, payload: { userId, byUserId: tx.actor?.id ?? null } });
  revokePinSessions(tx, rt.sessions, userId);
  return toUser(findUserById(tx.db, userId)!);
}

export function changeRole(tx: CommandTx, rt: AuthRuntime, userId: string, role: string): User {
  const row = requireUser(tx, userId);
  if (row.role === role) return toUser(row);
  assertMayManage(tx, [row.role, role]);
  if (tx.actor?.id === userId) throw businessRule('CANNOT_CHANGE_OWN_ACCOUNT');
  if (row.role === 'ADMIN' && row.status === 'ACTIVE' && countActiveAdmins(tx.db) <= 1) throw businessRule('LAST_ADMIN');
  tx.db.prepare('UPDATE users SET role = ?, updated_at = ? WHERE id = ?').run(role, tx.nowIso, userId);
  tx.emit({ type: 'auth.role_changed', aggregateType: 'user', aggregateId: userId, payload: { userId, username: row.username, fromRole: row.role, toRole: role } });
  // A PIN set under the staff rules (4 digits) would start authorizing overrides: the promoted
  // user sets a new one under the managers' rules (pin-policy.ts).
  const gainsOverride = OVERRIDE_ROLES.includes(role as Role) && !OVERRIDE_ROLES.includes(row.role as Role);
  if (gainsOverride && row.pin_hash !== null) {
    tx.db.prepare('UPDATE users SET pin_hash = NULL WHERE id = ?').run(userId);
    tx.emit({ type: 'auth.pin_removed', aggregateType: 'user', aggregateId: userId, payload: { userId, byUserId: tx.actor?.id ?? null, reason: 'ROLE_CHANGED' } });
    // A session opened with that PIN would otherwise go on with the new role's rights.
    revokePinSessions(tx, rt.sessions, userId);
  }
  rt.forgetUser(userId);
  return toUser(findUserById(tx.db, userId)!);
}

export function updateUser(tx: CommandTx, rt: AuthRuntime, userId: string, changes: { name?: string; status?: 'ACTIVE' | 'INACTIVE' }): User {
  const row = requireUser(tx, userId);
  assertMayManage(tx, [row.role]);
  if (changes.name !== undefined && changes.name !== row.name) {
    tx.db.prepare('UPDATE users SET name = ?, updated_at = ? WHERE id = ?').run(changes.name, tx.nowIso, userId);
    tx.emit({ type: 'auth.user_updated', aggregateType: 'user', aggregateId: userId, payload: { userId, name: changes.name } });
  }
  if (changes.status !== undefined && changes.status !== row.status) {
    if (tx.actor?.id === userId) throw businessRule('CANNOT_CHANGE_OWN_ACCOUNT');
    if (changes.status === 'INACTIVE' && row.role === 'ADMIN' && countActiveAdmins(tx.db) <= 1) throw businessRule('LAST_ADMIN');
    tx.db.prepare('UPDATE users SET status = ?, updated_at = ? WHERE id = ?').run(changes.status, tx.nowIso, userId);
    const type = changes.status === 'INACTIVE' ? 'auth.user_deactivated' : 'auth.user_activated';
    tx.emit({ type, aggregateType: 'user', aggregateId: userId, payload: { userId, username: row.username } });
    if (changes.status === 'INACTIVE') revokeUserSessions(tx, rt.sessions, userId, 'USER_DEACTIVATED');
  }
  rt.forgetUser(userId);
  return toUser(findUserById(tx.db, userId)!);
}

export function unlockUser(tx: CommandTx, rt: AuthRuntime, userId: string): User {
  const row = requireUser(tx, userId);
  assertMayManage(tx, [row.role]);
  if (row.locked_until === null) return toUser(row);
  tx.db.prepare('UPDATE users SET locked_until = NULL, updated_at = ? WHERE id = ?').run(tx.nowIso, userId);
  tx.emit({ type: 'auth.account_unlocked', aggregateType: 'user', aggregateId: userId, payload: { userId, username: row.username } });
  rt.userFailures.reset(`user:${row.username}`);
  return toUser(findUserById(tx.db, userId)!);
}
