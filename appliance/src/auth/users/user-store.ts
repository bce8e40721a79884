import { z } from 'zod';
import type { Db } from '../../kernel/db/open.js';
import { passwordExpiresAt } from '../password-policy.js';
import { permissionsOfRole } from '../permissions.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

export interface UserRow {
  id: string;
  username: string;
  name: string;
  role: string;
  status: 'ACTIVE' | 'INACTIVE';
  password_hash: string;
  password_changed_at: string;
  pin_hash: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** A user as the API shows it: never a hash. */
export const userSchema = lazySchema(() => z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.string(),
  status: z.enum(['ACTIVE', 'INACTIVE']),
  hasPin: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  passwordChangedAt: z.iso.datetime(),
  passwordExpiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}));
export type User = z.infer<typeof userSchema>;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    status: row.status,
    hasPin: row.pin_hash !== null,
    lockedUntil: row.locked_until,
    passwordChangedAt: row.password_changed_at,
    passwordExpiresAt: passwordExpiresAt(row.password_changed_at),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toProfile(row: UserRow) {
  return { ...toUser(row), permissions: permissionsOfRole(row.role) };
}

/**
 * The one spelling a username is stored and matched under: ASCII letters folded to lower case
 * (staff type on touch screens), nothing else changed. No trimming and no Unicode case folding:
 * ` gerente`, `gerente ` or `gerente` with a Kelvin sign are other, nonexistent names, so they can
 * neither reach a user nor open a fresh failure count for one.
 */
export function canonicalUsername(username: string): string {
  return username.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE username = ?').get(canonicalUsername(username)) as UserRow | undefined;
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

/**
 * The names of these actors, by id: users, and paired devices (a kiosk takes its own payments), for
 * reports that list who did what: an id is never shown alone.
 */
export function actorNames(db: Db, ids: readonly string[]): Record<string, string> {
  if (ids.length === 0) return {};
  const rows = db
    .prepare('SELECT id, name FROM users WHERE id IN (SELECT value FROM json_each(@ids)) UNION ALL SELECT id, name FROM devices WHERE id IN (SELECT value FROM json_each(@ids))')
    .all({ ids: JSON.stringify(ids) }) as { id: string; name: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

export function isLocked(row: UserRow, now: Date): boolean {
  return row.locked_until !== null && Date.parse(row.locked_until) > now.getTime();
}

export function countActiveAdmins(db: Db): number {
  return db.prepare("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE'").pluck().get() as number;
}
