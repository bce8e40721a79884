import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { ROLE_PERMISSIONS, PERMISSIONS, ROLES } from '../permissions.js';
import { ManualClock, startAuthAppliance } from '../testing/auth-test-client.js';

describe('users, roles and passwords', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('gives ADMIN every permission and every role only known permissions', () => {
    expect(ROLE_PERMISSIONS.ADMIN).toEqual(PERMISSIONS);
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    expect(ROLE_PERMISSIONS.MANAGER).toContain('payments.refund');
    // Cashiers refund into their own drawer within the cumulative limits; waiters never refund.
    expect(ROLE_PERMISSIONS.CASHIER).toContain('payments.refund');
    expect(ROLE_PERMISSIONS.WAITER).not.toContain('payments.refund');
    expect(ROLE_PERMISSIONS.KITCHEN).toContain('kds.operate');
  });

  it('creates, lists, updates and deactivates users; never shows a hash', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const created = await client.post('/users', { username: 'Maria.Caixa', name: 'Maria', role: 'CASHIER', password: 'Maria#2026', pin: '1357' }, admin);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ username: 'maria.caixa', role: 'CASHIER', hasPin: true, status: 'ACTIVE' });
    expect(JSON.stringify(created.body)).not.toContain('scrypt');
    const dup = await client.post('/users', { username: 'maria.caixa', name: 'Outra', role: 'CASHIER', password: 'Maria#2026' }, admin);
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('USERNAME_TAKEN');
    const weak = await client.post('/users', { username: 'fraco', name: 'Fraco', role: 'CASHIER', password: 'fraca' }, admin);
    expect(weak.status).toBe(422);
    expect(weak.body.error).toMatchObject({ code: 'PASSWORD_POLICY', details: { rules: ['MIN_LENGTH_8', 'UPPERCASE', 'DIGIT', 'SPECIAL_CHARACTER'] } });

    const list = await client.get('/users?size=1&sort=username:desc', admin);
    expect(list.body.metadata).toEqual({ page: 1, size: 1, total: 2 });
    expect(list.body.data[0].username).toBe('maria.caixa');
    expect((await client.get('/users?sort=password_hash:asc', admin)).status).toBe(400);

    const id = created.body.data.id;
    const patched = await client.call('PATCH', `/users/${id}`, { body: { name: 'Maria Silva' }, token: admin });
    expect(patched.body.data.name).toBe('Maria Silva');
    const maria = await client.login('maria.caixa', 'Maria#2026');
    const deleted = await client.call('DELETE', `/users/${id}`, { token: admin });
    expect(deleted.body.data.status).toBe('INACTIVE');
    expect((await client.get('/auth/me', maria.accessToken)).status).toBe(401);
    const inactive = await client.post('/auth/login', { username: 'maria.caixa', password: 'Maria#2026' });
    expect(inactive.body.error.code).toBe('ACCOUNT_INACTIVE');
    expect((await client.get('/users/does-not-exist', admin)).status).toBe(404);
  });

  it('changes a role with immediate effect on permissions and journals it', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const user = await client.createUser(admin, { username: 'joao', role: 'WAITER', password: 'Joao#2026x', pin: '2468' });
    const joao = await client.login('joao', 'Joao#2026x');
    expect((await client.get('/users', joao.accessToken)).status).toBe(403);
    const changed = await client.call('PUT', `/users/${user.id}/role`, { body: { role: 'MANAGER' }, token: admin });
    expect(changed.status).toBe(200);
    // The 4-digit staff PIN does not carry over into override rights.
    expect(changed.body.data.hasPin).toBe(false);
    expect(app.ctx.journal.readAfter(0, 1000).find((e) => e.type === 'auth.pin_removed')?.payload).toMatchObject({ userId: user.id, reason: 'ROLE_CHANGED' });
    expect((await client.get('/users', joao.accessToken)).status).toBe(200);
    const event = app.ctx.journal.readAfter(0, 1000).find((e) => e.type === 'auth.role_changed');
    expect(event?.payload).toMatchObject({ userId: user.id, fromRole: 'WAITER', toRole: 'MANAGER' });
    expect(event?.actor?.type).toBe('user');

    // A manager manages staff but cannot create or promote an ADMIN.
    const escalate = await client.post('/users', { username: 'novoadm', name: 'X', role: 'ADMIN', password: 'Admin#2027' }, joao.accessToken);
    expect(escalate.status).toBe(403);
    expect(escalate.body.error.code).toBe('ROLE_ESCALATION_FORBIDDEN');
    const self = await client.call('PUT', `/users/${user.id}/role`, { body: { role: 'ADMIN' }, token: joao.accessToken });
    expect(self.body.error.code).toBe('ROLE_ESCALATION_FORBIDDEN');
    const badRole = await client.call('PUT', `/users/${user.id}/role`, { body: { role: 'OWNER' }, token: admin });
    expect(badRole.status).toBe(400);
    const adminId = (await client.get('/auth/me', admin)).body.data.user.id;
    const lastAdmin = await client.call('DELETE', `/users/${adminId}`, { token: admin });
    expect(lastAdmin.body.error.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
  });

  it('refuses any of the last 5 passwords', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const user = await client.createUser(admin, { username: 'ana', role: 'CASHIER', password: 'Senha#001' });
    const reset = (newPassword: string) => client.post(`/users/${user.id}/password`, { newPassword }, admin);
    for (const next of ['Senha#002', 'Senha#003', 'Senha#004', 'Senha#005']) expect((await reset(next)).status).toBe(200);
    const reused = await reset('Senha#001');
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('PASSWORD_REUSED');
    expect((await reset('Senha#006')).status).toBe(200);
    // Senha#001 has now left the 5-entry history.
    expect((await reset('Senha#001')).status).toBe(200);
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM password_history WHERE user_id = ?').pluck().get(user.id)).toBe(5);
  });

  it('expires passwords after 90 days; a change needs the current password and ends every session', async () => {
    const clock = new ManualClock();
    const started = await startAuthAppliance({ clock });
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'ana', role: 'CASHIER', password: 'Senha#001' });
    const session = await client.login('ana', 'Senha#001');
    expect((await client.post('/auth/change-password', { username: 'ana', currentPassword: 'Senha#001', newPassword: 'Senha#002' })).status).toBe(200);
    expect((await client.get('/auth/me', session.accessToken)).status).toBe(401);
    const sameAgain = await client.post('/auth/change-password', { username: 'ana', currentPassword: 'Senha#002', newPassword: 'Senha#002' });
    expect(sameAgain.body.error.code).toBe('PASSWORD_REUSED');

    clock.advance(90 * 24 * 3600_000);
    const expired = await client.post('/auth/login', { username: 'ana', password: 'Senha#002' });
    expect(expired.status).toBe(403);
    expect(expired.body.error.code).toBe('PASSWORD_EXPIRED');
    expect(expired.body.error.message).toBe('Sua senha expirou. Defina uma nova senha para continuar.');
    // Nor does the expired password open the broker: a till listening in on MQTT logs in with it too.
    const connect = (password: string) => mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'ana', password, reconnectPeriod: 0, connectTimeout: 5_000 });
    await expect(connect('Senha#002')).rejects.toThrow();
    expect((await client.post('/auth/change-password', { username: 'ana', currentPassword: 'Senha#002', newPassword: 'Nova#2027' })).status).toBe(200);
    expect((await client.post('/auth/login', { username: 'ana', password: 'Nova#2027' })).status).toBe(200);
    await (await connect('Nova#2027')).endAsync(true);
    const wrongCurrent = await client.post('/auth/change-password', { username: 'ana', currentPassword: 'Errada#1', newPassword: 'Nova#2028' });
    expect(wrongCurrent.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('lets only an admin set the password or PIN of another manager; managers still manage the staff', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    await client.createUser(admin, { username: 'gerente1', role: 'MANAGER', password: 'Gerente#001' });
    const peer = await client.createUser(admin, { username: 'gerente2', role: 'MANAGER', password: 'Gerente#002' });
    const cashier = await client.createUser(admin, { username: 'caixa1', role: 'CASHIER', password: 'Caixa#0001' });
    const manager = (await client.login('gerente1', 'Gerente#001')).accessToken;

    const pinOfPeer = await client.call('PUT', `/users/${peer.id}/pin`, { body: { pin: '482915' }, token: manager });
    expect(pinOfPeer.status).toBe(403);
    expect(pinOfPeer.body.error.code).toBe('CREDENTIAL_RESET_FORBIDDEN');
    expect(pinOfPeer.body.error.message).toBe('Somente um administrador pode redefinir a senha ou o PIN de um gerente ou administrador.');
    expect((await client.post(`/users/${peer.id}/password`, { newPassword: 'Tomada#001' }, manager)).body.error.code).toBe('CREDENTIAL_RESET_FORBIDDEN');
    expect((await client.post('/auth/login', { username: 'gerente2', password: 'Gerente#002' })).status).toBe(200);

    expect((await client.call('PUT', `/users/${cashier.id}/pin`, { body: { pin: '2468' }, token: manager })).status).toBe(200);
    expect((await client.post(`/users/${cashier.id}/password`, { newPassword: 'Caixa#0002' }, manager)).status).toBe(200);
    expect((await client.call('PUT', `/users/${peer.id}/pin`, { body: { pin: '482915' }, token: admin })).status).toBe(200);
  });

  it('lets an admin reset a password and set a PIN', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const user = await client.createUser(admin, { username: 'bia', role: 'WAITER', password: 'Bia#20260' });
    expect((await client.post(`/users/${user.id}/password`, { newPassword: 'Bia#20260' }, admin)).body.error.code).toBe('PASSWORD_REUSED');
    expect((await client.post(`/users/${user.id}/password`, { newPassword: 'Bia#20261' }, admin)).status).toBe(200);
    expect((await client.call('PUT', `/users/${user.id}/pin`, { body: { pin: '975310' }, token: admin })).body.data.hasPin).toBe(true);
    expect((await client.post('/auth/pin-login', { username: 'bia', pin: '975310' })).status).toBe(200);
    expect((await client.post('/auth/login', { username: 'bia', password: 'Bia#20261' })).status).toBe(200);
    const types = client.journalTypes();
    expect(types).toEqual(expect.arrayContaining(['auth.user_created', 'auth.password_changed', 'auth.pin_changed']));
    expect(JSON.stringify(app.ctx.journal.readAfter(0, 1000))).not.toMatch(/scrypt|Bia#2026/);
  });
});
