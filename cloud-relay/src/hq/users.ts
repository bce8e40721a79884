import crypto from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
import { newSecretToken, sha256Hex } from '../util/secrets.js';
import { hashPassword, verifyPassword } from './passwords.js';

export type HqRole = 'HQ_ADMIN' | 'HQ_ANALYST';

export interface HqUser {
  id: string;
  username: string;
  displayName: string;
  role: HqRole;
}

/**
 * A new HQ user, from the API or the portal's users page: one set of rules, so no account exists
 * that one of them would refuse. Usernames are lowercase, which is what lets a login match them
 * however the person capitalises theirs.
 */
export const hqUserInputSchema = z.object({
  username: z.string().trim().min(3).max(60).regex(/^[a-z0-9._-]+$/, 'Use letras minúsculas, dígitos, . _ -'),
  displayName: z.string().trim().min(1).max(120),
  password: z.string().min(8),
  role: z.enum(['HQ_ADMIN', 'HQ_ANALYST']),
});

const SESSION_HOURS = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toUser(row: { id: string; username: string; display_name: string; role: HqRole }): HqUser {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export async function createHqUser(
  db: RelayDb,
  input: { username: string; displayName: string; password: string; role: HqRole },
): Promise<HqUser> {
  // The unique username decides, in the insert itself: a check before it (and the slow hash
  // between them) let a double click or a retried request both pass, and the second failed on the
  // index with a 500.
  const row = await db
    .insertInto('relay.hq_users')
    .values({
      id: crypto.randomUUID(),
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password),
      role: input.role,
    })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .returning(['id', 'username', 'display_name', 'role'])
    .executeTakeFirst();
  if (!row) throw new RelayError('USERNAME_TAKEN', 409, { params: { username: input.username } });
  return toUser(row);
}

/** An HQ user as the users list shows them: deactivated ones stay listed (their past actions name them). */
export type ListedHqUser = HqUser & { active: boolean };

export async function listHqUsers(db: RelayDb): Promise<ListedHqUser[]> {
  const rows = await db.selectFrom('relay.hq_users').select(['id', 'username', 'display_name', 'role', 'active']).orderBy('username').execute();
  return rows.map((row: { active: boolean } & Parameters<typeof toUser>[0]) => ({ ...toUser(row), active: row.active }));
}

/**
 * Someone who left: they can no longer log in and the logins still open end at once, in one
 * transaction. Nobody deactivates themselves (the last administrator would lock HQ out).
 */
export async function deactivateHqUser(db: RelayDb, by: HqUser, userId: string): Promise<ListedHqUser> {
  if (userId === by.id) throw new RelayError('HQ_USER_SELF', 409);
  if (!UUID.test(userId)) throw new RelayError('HQ_USER_NOT_FOUND', 404);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('relay.hq_users')
      .set({ active: false })
      .where('id', '=', userId)
      .returning(['id', 'username', 'display_name', 'role', 'active'])
      .executeTakeFirst();
    if (!row) throw new RelayError('HQ_USER_NOT_FOUND', 404);
    await trx.deleteFrom('relay.hq_sessions').where('user_id', '=', userId).execute();
    return { ...toUser(row), active: row.active };
  });
}

/**
 * Creates the first HQ_ADMIN `admin` when the relay has no users yet; returns whether it did. The
 * nodes of a new installation start together and all find no user: the one whose insert lands
 * creates it, the others start with it.
 */
export async function ensureAdminUser(db: RelayDb, password: string): Promise<boolean> {
  const any = await db.selectFrom('relay.hq_users').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  try {
    await createHqUser(db, { username: 'admin', displayName: 'Administrador', password, role: 'HQ_ADMIN' });
    return true;
  } catch (error) {
    if (error instanceof RelayError && error.code === 'USERNAME_TAKEN') return false;
    throw error;
  }
}

/** Wrong passwords in a row that lock a username, and for how long: the portal faces the internet. */
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
/** Counts of names not tried for this long are dropped. */
const FORGET_AFTER_DAYS = 1;

// An unknown username is checked against this hash too, so the answer takes as long as for a real
// user and does not tell which usernames exist.
let unknownUserHash: Promise<string> | undefined;

/**
 * Takes one of the username's password checks before it is made, in one statement: guesses sent
 * at once queue on the row, so at most MAX_FAILED_LOGINS are checked before the lock, however
 * many arrive together (a check counts as wrong until it succeeds). Counted per attempted name,
 * known or not, so the lock answers alike for both and does not tell which usernames exist; in
 * Postgres, so every node sees the same count. After a lock has passed the count starts again.
 * Returns the lock's end when the name is locked.
 */
async function claimPasswordCheck(db: RelayDb, usernameHash: string): Promise<Date | undefined> {
  const claimed = await sql<{ failed_logins: number }>`
    INSERT INTO relay.hq_login_failures AS f (username_hash, failed_logins) VALUES (${usernameHash}, 1)
    ON CONFLICT (username_hash) DO UPDATE SET
      failed_logins = CASE WHEN f.locked_until IS NULL THEN f.failed_logins + 1 ELSE 1 END,
      locked_until = CASE WHEN f.locked_until IS NULL AND f.failed_logins + 1 >= ${MAX_FAILED_LOGINS}
                          THEN now() + make_interval(mins => ${LOCK_MINUTES}) END,
      last_attempt_at = now()
    WHERE f.locked_until IS NULL OR f.locked_until <= now()
    RETURNING f.failed_logins`.execute(db);
  if (claimed.rows.length > 0) return undefined;
  const lock = await db.selectFrom('relay.hq_login_failures').select('locked_until').where('username_hash', '=', usernameHash).executeTakeFirst();
  return lock?.locked_until ?? new Date(Date.now() + LOCK_MINUTES * 60_000);
}

/** Checks the password and opens a session; the token is returned once and only its hash is stored. */
export async function login(db: RelayDb, username: string, password: string): Promise<{ token: string; user: HqUser }> {
  const usernameHash = sha256Hex(username.toLowerCase());
  const lockedUntil = await claimPasswordCheck(db, usernameHash);
  if (lockedUntil) {
    throw new RelayError('HQ_LOGIN_LOCKED', 429, { params: { minutes: LOCK_MINUTES }, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000)) });
  }
  const row = await db
    .selectFrom('relay.hq_users')
    .select(['id', 'username', 'display_name', 'role', 'password_hash'])
    // Every stored username is lowercase (hqUserInputSchema): "Maria.Silva" is maria.silva.
    .where('username', '=', username.toLowerCase())
    .where('active', '=', true)
    .executeTakeFirst();
  const valid = await verifyPassword(password, row?.password_hash ?? (await (unknownUserHash ??= hashPassword(newSecretToken('unknown')))));
  // A wrong guess stays counted by its claim.
  if (!row || !valid) throw new RelayError('INVALID_CREDENTIALS', 401);
  // The count starts again; and the names nobody tried for a day (long past any lock) are
  // forgotten here, so names an attacker sprays do not pile up. A login is rare enough to carry it.
  await sql`DELETE FROM relay.hq_login_failures
             WHERE username_hash = ${usernameHash} OR last_attempt_at < now() - make_interval(days => ${FORGET_AFTER_DAYS})`.execute(db);
  const token = newSecretToken('hqs');
  await db
    .insertInto('relay.hq_sessions')
    .values({ token_hash: sha256Hex(token), user_id: row.id, expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000) })
    .execute();
  return { token, user: toUser(row) };
}

export async function userForSession(db: RelayDb, token: string): Promise<HqUser | undefined> {
  const row = await db
    .selectFrom('relay.hq_sessions as s')
    .innerJoin('relay.hq_users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role'])
    .where('s.token_hash', '=', sha256Hex(token))
    .where('s.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function logout(db: RelayDb, token: string): Promise<void> {
  await db.deleteFrom('relay.hq_sessions').where('token_hash', '=', sha256Hex(token)).execute();
}
