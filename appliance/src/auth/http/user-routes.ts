import { z } from 'zod';
import type { Context } from 'hono';
import { forbidden, notFound } from '../../kernel/errors.js';
import { runCommand } from '../../kernel/http/command-route.js';
import { ok, paged } from '../../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../../kernel/http/pagination.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../../kernel/http/validation.js';
import { hashSecret } from '../crypto/secret-hash.js';
import { verifyCredentials } from '../login/login.js';
import type { AppEnv } from '../../kernel/http/env.js';
import { clientAddress } from './client-address.js';
import { assertNotRecentlyUsed, assertPasswordPolicy } from '../password-policy.js';
import { assertPinPolicy } from '../pin-policy.js';
import { ROLES } from '../permissions.js';
import type { AuthRuntime } from '../runtime.js';
import { changeRole, createUser, setPassword, setPin, unlockUser, updateUser } from '../users/user-commands.js';
import { findUserById, toUser, userSchema, type UserRow } from '../users/user-store.js';
import { safeText } from '../../kernel/safe-text.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const role = lazySchema(() => z.enum(ROLES));
const createBody = lazySchema(() => z.object({
  username: z.string().regex(/^[a-zA-Z0-9._-]{3,32}$/, '3-32 letters, digits, dot, dash or underscore'),
  name: safeText(100),
  role,
  password: z.string().min(1).max(256),
  pin: z.string().optional(),
}));
const patchBody = lazySchema(() => z.object({ name: safeText(100).optional(), status: z.enum(['ACTIVE', 'INACTIVE']).optional() }));
const roleBody = lazySchema(() => z.object({ role }));
/** One's own password or PIN is set with the current password (see assertOwnCurrentPassword). */
const currentPassword = () => z.string().min(1).max(256).optional();
const passwordBody = lazySchema(() => z.object({ newPassword: z.string().min(1).max(256), currentPassword: currentPassword() }));
const pinBody = lazySchema(() => z.object({ pin: z.string().nullable(), currentPassword: currentPassword() }));
const listQuery = lazySchema(() => pageQuery(['username', 'name', 'role', 'created_at'], 'username:asc').extend({
  role: role.optional(),
  status: z.enum(['ACTIVE', 'INACTIVE']).optional(),
}));

export function registerUserRoutes(rt: AuthRuntime): void {
  const { api, queryDb, db } = rt.ctx;
  const manage = requirePermission('users.manage');

  /**
   * A manager's password and PIN authorize overrides in their name: whoever finds a back office
   * left open (a token, no password) must not be able to choose them. Setting one's own therefore
   * takes the current password, checked as a login is (wrong guesses count towards the lock).
   */
  const assertOwnCurrentPassword = async (c: Context<AppEnv>, userId: string, current: string | undefined): Promise<void> => {
    const actor = c.get('actor');
    if (actor?.type !== 'user' || actor.id !== userId) return;
    if (current === undefined) throw forbidden('CURRENT_PASSWORD_REQUIRED');
    const row = findUserById(db, userId);
    if (!row) throw notFound('USER_NOT_FOUND');
    await verifyCredentials(rt, { username: row.username, secret: current, method: 'password', address: clientAddress(c), correlationId: c.get('correlationId') }, { allowExpiredPassword: true });
  };

  api.post('/users', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Create a user with a role, a password and optionally a PIN', body: createBody, status: 201, errors: { 409: ['USERNAME_TAKEN'], 422: ['PASSWORD_POLICY', 'PIN_POLICY'] } }), manage, async (c) => {
    const body = await readJson(c, createBody);
    assertPasswordPolicy(body.password);
    if (body.pin !== undefined) assertPinPolicy(body.pin, body.role);
    const [passwordHash, pinHash] = await Promise.all([hashSecret(body.password), body.pin ? hashSecret(body.pin) : null]);
    return runCommand(c, 'auth.create_user', (tx) => createUser(tx, { username: body.username, name: body.name, role: body.role, passwordHash, pinHash }), 201);
  });

  api.get('/users', routeDoc({ tag: 'users', response: () => userSchema, summary: 'List users', query: listQuery, paged: true }), manage, async (c) => {
    const q = readQuery(c, listQuery);
    let query = queryDb.selectFrom('users');
    if (q.role) query = query.where('role', '=', q.role);
    if (q.status) query = query.where('status', '=', q.status);
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return paged(c, (rows as UserRow[]).map(toUser), { page: q.page, size: q.size, total });
  });

  api.get('/users/:id', routeDoc({ tag: 'users', response: () => userSchema, summary: 'One user', errors: { 404: ['USER_NOT_FOUND'] } }), manage, (c) => {
    const row = findUserById(db, readParam(c, 'id'));
    if (!row) throw notFound('USER_NOT_FOUND');
    return ok(c, toUser(row));
  });

  api.patch('/users/:id', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Change a user\'s name or status', body: patchBody, errors: { 404: ['USER_NOT_FOUND'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, patchBody);
    return runCommand(c, 'auth.update_user', (tx) => updateUser(tx, rt, id, body));
  });

  // Deactivation, not deletion: the journal and old receipts keep pointing at the user.
  api.delete('/users/:id', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Deactivate a user (kept for the journal and old receipts)', errors: { 404: ['USER_NOT_FOUND'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'auth.deactivate_user', (tx) => updateUser(tx, rt, id, { status: 'INACTIVE' }));
  });

  api.put('/users/:id/role', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Change a user\'s role', body: roleBody, errors: { 404: ['USER_NOT_FOUND'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, roleBody);
    return runCommand(c, 'auth.change_role', (tx) => changeRole(tx, rt, id, body.role));
  });

  api.post('/users/:id/password', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Reset a user\'s password (one\'s own with the current password; sessions revoked)', body: passwordBody, errors: { 401: ['INVALID_CREDENTIALS'], 403: ['CREDENTIAL_RESET_FORBIDDEN', 'CURRENT_PASSWORD_REQUIRED'], 404: ['USER_NOT_FOUND'], 422: ['PASSWORD_POLICY', 'PASSWORD_REUSED'], 423: ['ACCOUNT_LOCKED'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, passwordBody);
    assertPasswordPolicy(body.newPassword);
    if (!findUserById(db, id)) throw notFound('USER_NOT_FOUND');
    await assertOwnCurrentPassword(c, id, body.currentPassword);
    await assertNotRecentlyUsed(db, id, body.newPassword);
    const hash = await hashSecret(body.newPassword);
    return runCommand(c, 'auth.reset_password', (tx) => setPassword(tx, rt, id, hash));
  });

  api.put('/users/:id/pin', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Set or clear (null) a user\'s PIN (one\'s own with the current password)', body: pinBody, errors: { 401: ['INVALID_CREDENTIALS'], 403: ['CREDENTIAL_RESET_FORBIDDEN', 'CURRENT_PASSWORD_REQUIRED'], 404: ['USER_NOT_FOUND'], 422: ['PIN_POLICY'], 423: ['ACCOUNT_LOCKED'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, pinBody);
    if (body.pin !== null) {
      const row = findUserById(db, id);
      if (!row) throw notFound('USER_NOT_FOUND');
      assertPinPolicy(body.pin, row.role);
    }
    await assertOwnCurrentPassword(c, id, body.currentPassword);
    const pinHash = body.pin === null ? null : await hashSecret(body.pin);
    return runCommand(c, 'auth.set_pin', (tx) => setPin(tx, rt, id, pinHash));
  });

  api.post('/users/:id/unlock', routeDoc({ tag: 'users', response: () => userSchema, summary: 'Unlock a user locked out by failed logins', errors: { 404: ['USER_NOT_FOUND'] } }), manage, (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'auth.unlock_user', (tx) => unlockUser(tx, rt, id));
  });
}
